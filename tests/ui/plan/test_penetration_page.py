"""The penetration plan page: a heat map edited like a spreadsheet, with Excel in and out."""

import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.penetration import Cell, CellState, Offering, Unit, UnitKind
from kamdesk.services.workspace import Workspace
from kamdesk.ui.plan.penetration_page import PenetrationPage
from kamdesk.ui.shell.main_window import MainWindow

OURS, POTENTIAL = CellState.OURS, CellState.POTENTIAL
NAME = "Stahlbau Jürgens GmbH"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    from kamdesk.domain.account import AccountFields

    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name=NAME)).id
        service = workspace.penetration
        screws, tools = (
            service.save_offering(Offering(uuid.uuid4(), name))
            for name in ("Schrauben", "Werkzeuge")
        )
        south = service.save_unit(account, Unit(uuid.uuid4(), "Werk Süd"))
        service.save_unit(
            account, Unit(uuid.uuid4(), "Instandhaltung", UnitKind.DEPARTMENT, south.id)
        )
        service.save_unit(account, Unit(uuid.uuid4(), "Werk Nord"))
        service.set_cells(account, {(south.id, screws.id): Cell(OURS, Decimal(1000))})
        del tools
    opened = MainWindow(data_dir)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.accounts_loaded):
        opened.show()
    opened.accounts_page.select_account(opened.accounts_page.model.account_id(0))
    yield opened
    opened.close_store()


@pytest.fixture
def page(window: MainWindow) -> PenetrationPage:
    window.accounts_page.details.setCurrentIndex(2)
    window.accounts_page.details.plan_pages.setCurrentWidget(
        window.accounts_page.details.penetration
    )
    return window.accounts_page.details.penetration


def stored(window: MainWindow, unit: int, offering: int) -> Cell:
    plan = window.workspace.penetration.plan(window.accounts_page.current_account_id())
    return plan.cell(plan.units[unit].id, plan.offerings[offering].id)


def go_to(qtbot: QtBot, page: PenetrationPage, row: int, column: int) -> None:
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, column))


def type_in_cell(qtbot: QtBot, page: PenetrationPage, text: str) -> None:
    """The first key opens the editor, as in Excel; the rest goes into it; Enter stores."""
    qtbot.keyClick(page.view, text[0])
    editor = page.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == text[0]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an editor's data on Return through a queued call.
    qtbot.waitUntil(lambda: page.view.state() != page.view.State.EditingState)


def test_the_model_passes_qt_checks(qtmodeltester: ModelTester, page: PenetrationPage) -> None:
    qtmodeltester.check(page.model)


def test_rows_show_units_indented_with_sums_right_and_below(page: PenetrationPage) -> None:
    model = page.model
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [
        "Werk Süd",
        "    Instandhaltung",
        "Werk Nord",
        "Σ Revenue",
        "Σ Potential",
    ]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Σ Revenue"
    assert model.index(0, 0).data() == "€1,000"
    assert model.index(0, 2).data() == "€1,000"  # the row's revenue
    assert model.index(3, 0).data() == "€1,000"  # the column's revenue
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # unknown: no colour


def test_typing_starts_editing_and_enter_stores_a_potential(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage
) -> None:
    go_to(qtbot, page, 2, 1)
    type_in_cell(qtbot, page, "p 5,000")  # the session is English
    assert stored(window, 2, 1) == Cell(POTENTIAL, Decimal(5000))
    assert page.model.index(2, 1).data() == "+€5,000"
    assert page.white_space.rows[0].unit.name == "Werk Nord"
    assert page.model.index(4, 1).data() == "€5,000"  # the column's potential follows


def test_arrows_move_and_enter_opens_the_cell(qtbot: QtBot, page: PenetrationPage) -> None:
    go_to(qtbot, page, 0, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (1, 1)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.view.state() == page.view.State.EditingState


def test_unreadable_text_is_refused_with_a_reason(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage
) -> None:
    go_to(qtbot, page, 2, 0)
    type_in_cell(qtbot, page, "w 5")
    assert stored(window, 2, 0).state is CellState.UNKNOWN
    assert "“w 5” says no state" in page.note.text()


def test_delete_clears_the_selection_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage
) -> None:
    go_to(qtbot, page, 0, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert stored(window, 0, 0).state is CellState.UNKNOWN
    assert page.model.index(0, 2).data() == "€0"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert stored(window, 0, 0) == Cell(OURS, Decimal(1000))
    assert page.model.index(0, 0).data() == "€1,000"


def test_a_tsv_block_from_excel_pastes_at_the_current_cell(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German))  # a German Excel's block
    QGuiApplication.clipboard().setText("Wettbewerb: Würth\t12.500\r\nn\tp 800\r\n")
    go_to(qtbot, page, 1, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_V, CTRL)
    assert stored(window, 1, 0) == Cell(CellState.COMPETITOR, None, "Würth")
    assert stored(window, 1, 1) == Cell(OURS, Decimal(12500))
    assert stored(window, 2, 0) == Cell(CellState.NOT_RELEVANT)
    assert stored(window, 2, 1) == Cell(POTENTIAL, Decimal(800))
    assert len(page.view.selectionModel().selectedIndexes()) == 4


def test_a_block_with_one_bad_cell_pastes_nothing(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage
) -> None:
    QGuiApplication.clipboard().setText("5\tkaputt\n")
    go_to(qtbot, page, 2, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_V, CTRL)
    assert stored(window, 2, 0).state is CellState.UNKNOWN
    assert "Werk Nord / Werkzeuge" in page.note.text()


def test_one_value_fills_the_selection(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage
) -> None:
    QGuiApplication.clipboard().setText("n")
    go_to(qtbot, page, 1, 0)
    page.view.selectAll()
    qtbot.keyClick(page.view, Qt.Key.Key_V, CTRL)
    assert {stored(window, u, o).state for u in range(3) for o in range(2)} == {
        CellState.NOT_RELEVANT
    }


def test_copy_puts_the_block_on_the_clipboard_as_it_pastes_back(
    qtbot: QtBot, page: PenetrationPage
) -> None:
    go_to(qtbot, page, 0, 0)
    page.view.selectAll()
    qtbot.keyClick(page.view, Qt.Key.Key_C, CTRL)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:2] == ["Ours: 1000", ""]
    assert len(lines) == 5


def test_units_are_added_below_removed_and_restored(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage, type_text: object
) -> None:
    go_to(qtbot, page, 2, 0)
    page.unit_name.setText("Lager Nord")
    page.add_unit(below_selected=True)
    names = [u.name for u in page.model.plan.units]
    assert names == ["Werk Süd", "Instandhaltung", "Werk Nord", "Lager Nord"]
    assert page.model.plan.units[3].parent_id == page.model.plan.units[2].id
    assert page.unit_name.text() == ""
    page.unit_name.setText("Werk West")
    qtbot.keyClick(page.unit_name, Qt.Key.Key_Return)
    assert page.model.plan.units[-1].name == "Werk West"
    go_to(qtbot, page, 0, 0)
    page.remove_selected_unit()
    assert [u.name for u in page.model.plan.units][:1] == ["Werk Nord"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert page.model.plan.units[1].name == "Instandhaltung"
    assert stored(window, 0, 0) == Cell(OURS, Decimal(1000))


def test_a_unit_is_renamed(
    qtbot: QtBot, page: PenetrationPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Werk Süd II", True))
    go_to(qtbot, page, 0, 1)
    page.rename_selected_unit()
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "Werk Süd II"


def test_an_offering_added_in_the_catalogue_becomes_a_column(page: PenetrationPage) -> None:
    page.edit_offerings()
    dialog = page._offerings_dialog
    assert dialog is not None
    dialog.add_offering()
    dialog.model.setData(dialog.model.index(2, 0), "Arbeitsschutz")
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Arbeitsschutz"
    dialog.view.selectRow(2)
    dialog.move_selected(-1)
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Arbeitsschutz"
    dialog.close()


def test_export_and_import_through_the_file_dialogs(
    qtbot: QtBot,
    window: MainWindow,
    page: PenetrationPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "plan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_xlsx()
    assert load_workbook(out)[NAME]["D2"].value == "Ours: 1000"
    book = Workbook()
    book.active.title = NAME  # the account's own sheet: imported without a question
    book.active.append(["Unit", "Level", "Kind", "Schrauben"])
    book.active.append(["Werk Ost", 1, "Site", "p 300"])
    book.save(tmp_path / "in.xlsx")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "in.xlsx"), "")
    )
    page.import_xlsx()
    assert [u.name for u in page.model.plan.units] == ["Werk Ost"]
    assert "Ctrl+Z" in page.note.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [u.name for u in page.model.plan.units] == ["Werk Süd", "Instandhaltung", "Werk Nord"]


def test_an_empty_plan_says_what_to_do(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QUndoStack

    with Workspace.open(tmp_path / "other") as workspace:
        from kamdesk.domain.account import AccountFields

        account = workspace.accounts.create(AccountFields(name="Leer AG")).id
        empty = PenetrationPage(QUndoStack())
        qtbot.addWidget(empty)
        empty.attach(workspace.penetration)
        empty.show_account(account, "Leer AG")
        assert "No offerings yet" in empty.empty.text()
        assert empty.matrix.currentWidget() is empty.empty


def test_a_block_larger_than_the_plan_says_what_was_not_pasted(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage
) -> None:
    rows = len(page.model.plan.units)
    QGuiApplication.clipboard().setText("5\t6\t7\t8\t9\r\n1\t2\t3\t4\t5\r\n")
    go_to(qtbot, page, rows - 1, 0)  # the last unit: the second row lies beyond
    qtbot.keyClick(page.view, Qt.Key.Key_V, CTRL)
    offerings = len(page.model.plan.offerings)
    beyond = 10 - min(5, offerings)
    assert f"{beyond} filled cells of the pasted block lie beyond the plan" in page.note.text()


@pytest.mark.parametrize(("answer", "replaced"), [("No", False), ("Yes", True)])
def test_a_sheet_made_for_another_account_is_imported_only_when_confirmed(
    page: PenetrationPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    replaced: bool,
) -> None:
    book = Workbook()
    book.active.title = "Bäckerei Süß KG"
    book.active.append(["Unit", "Level", "Kind", "Schrauben"])
    book.active.append(["Filiale Nord", 1, "Site", "p 300"])
    book.save(tmp_path / "other.xlsx")
    asked: list[str] = []

    def reply(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", reply)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "other.xlsx"), "")
    )
    before = [u.name for u in page.model.plan.units]
    page.import_xlsx()
    assert len(asked) == 1 and "Bäckerei Süß KG" in asked[0] and NAME in asked[0]
    units = [u.name for u in page.model.plan.units]
    assert units == (["Filiale Nord"] if replaced else before)


def test_an_edit_repaints_its_cell_and_the_sums_it_moves_only(
    qtbot: QtBot, window: MainWindow, page: PenetrationPage
) -> None:
    repainted: list[tuple[int, int]] = []
    page.model.dataChanged.connect(
        lambda top, bottom: (
            repainted.append((top.row(), top.column()))
            if top == bottom
            else repainted.append((-1, -1))
        )
    )
    go_to(qtbot, page, 1, 0)  # Instandhaltung, beneath Werk Süd
    type_in_cell(qtbot, page, "200")
    assert sorted(repainted) == [
        (0, 2),  # Werk Süd's sums: its department's revenue is its own too
        (0, 3),
        (1, 0),  # the cell
        (1, 2),
        (1, 3),
        (3, 0),  # the column's sums
        (3, 2),  # the totals
        (4, 0),
        (4, 3),
    ]
    assert page.model.index(0, 2).data() == "€1,200"
