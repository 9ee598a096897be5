"""Key figures in the Plan tab: typed like a spreadsheet, in the user's number format,
undoable, and feeding revenue column and scorecard."""

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.i18n.account_cells import REVENUE, SCORE
from kamdesk.services.workspace import Workspace
from kamdesk.ui.plan.key_figures_page import COLUMNS, KeyFiguresModel
from kamdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Zahlenwerk GmbH"))
    opened = MainWindow(data_dir)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.accounts_loaded):
        opened.show()
    opened.accounts_page.select_account(opened.accounts_page.model.account_id(0))
    opened.accounts_page.details.setCurrentWidget(opened.accounts_page.details.plan_pages)
    yield opened
    opened.close_store()


def test_key_figures_model_keeps_qts_contracts(qtmodeltester: ModelTester) -> None:
    model = KeyFiguresModel()
    model.set_rows([KeyFigures(2024, Decimal(1000)), KeyFigures(2025)])
    qtmodeltester.check(model)


def test_add_a_year_and_type_revenue(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.accounts_page.details.key_figures
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    revenue = tab.model.index(0, COLUMNS.index("revenue"))
    assert tab.model.setData(revenue, "6000000")
    assert window.accounts_page.model.index(0, REVENUE).data() != ""
    assert (
        window.accounts_page.model.index(0, SCORE).data() == "30"
    )  # the revenue band of 5 million
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.accounts_page.model.index(0, SCORE).data() == "0"
    assert tab.model.index(0, COLUMNS.index("revenue")).data() == ""


def test_german_number_format_is_understood(qtbot: QtBot, window: MainWindow) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    tab = window.accounts_page.details.key_figures
    tab.add_year()
    tab.model.setData(tab.model.index(0, COLUMNS.index("revenue")), "1.234.567,89 €")
    figures = window.workspace.plan.key_figures(window.accounts_page.model.account_id(0))
    assert figures[0].revenue == Decimal("1234567.89")


def test_nonsense_and_out_of_range_entries_are_refused(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    tab = window.accounts_page.details.key_figures
    tab.add_year()
    assert not tab.model.setData(tab.model.index(0, COLUMNS.index("revenue")), "viel")
    assert "is not an amount" in tab.note.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    tab.model.setData(tab.model.index(0, COLUMNS.index("satisfaction")), "7")
    assert shown and "Satisfaction" in shown[0]
    assert (
        window.workspace.plan.key_figures(window.accounts_page.model.account_id(0))[0].satisfaction
        is None
    )


def test_contribution_margin_costs_are_typed_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    from kamdesk.ui.plan.margin_model import LINES

    tab = window.accounts_page.details.key_figures
    tab.add_year()
    tab.model.setData(tab.model.index(0, COLUMNS.index("revenue")), "100000")
    margin = tab.margin_model
    assert margin.columnCount() == 1
    row = {name: number for number, (name, _) in enumerate(LINES)}
    assert margin.setData(margin.index(row["variable_costs"], 0), "60000")
    assert margin.setData(margin.index(row["care_costs"], 0), "45000")
    db2 = margin.index(row["db2"], 0).data()
    assert "5,000" in db2 and "(-5.0 %)" in db2  # en_GB shows negative money as (€5,000)
    assert "does not pay" in tab.care_note.text()
    assert not margin.setData(margin.index(row["db2"], 0), "1")  # results are computed
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "40,000" in margin.index(row["db2"], 0).data()


def test_a_year_without_cost_lines_shows_the_typed_margin_as_its_db2(
    qtbot: QtBot, window: MainWindow
) -> None:
    from kamdesk.ui.plan.margin_model import LINES

    tab, margin = (
        window.accounts_page.details.key_figures,
        window.accounts_page.details.key_figures.margin_model,
    )
    row = {name: number for number, (name, _) in enumerate(LINES)}
    tab.add_year()
    tab.model.setData(tab.model.index(0, COLUMNS.index("revenue")), "2400000")
    tab.model.setData(tab.model.index(0, COLUMNS.index("contribution_margin")), "620000")
    assert "620,000" in margin.index(row["db2"], 0).data()
    assert margin.index(row["db1"], 0).data() == "–"
    assert "enter the revenue and the costs" in tab.care_note.text()
    assert margin.setData(margin.index(row["variable_costs"], 0), "2000000")
    assert "400,000" in tab.model.index(0, COLUMNS.index("contribution_margin")).data()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "620,000" in tab.model.index(0, COLUMNS.index("contribution_margin")).data()
    assert "620,000" in margin.index(row["db2"], 0).data()
    margin_cell = tab.model.index(0, COLUMNS.index("contribution_margin"))
    assert tab.model.flags(margin_cell) & Qt.ItemFlag.ItemIsEditable


def test_zero_revenue_says_not_applicable(qtbot: QtBot, window: MainWindow) -> None:
    from kamdesk.ui.plan.margin_model import LINES

    tab = window.accounts_page.details.key_figures
    tab.add_year()
    names = [name for name, _ in LINES]
    tab.margin_model.setData(tab.margin_model.index(names.index("variable_costs"), 0), "1000")
    db1 = names.index("db1")
    assert "n/a" in tab.margin_model.index(db1, 0).data()


def test_chart_shows_revenue_margin_and_care_per_year(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.accounts_page.details.key_figures
    tab.add_year()
    tab.add_year()
    tab.model.setData(tab.model.index(1, COLUMNS.index("revenue")), "250000")
    assert tab.chart is not None
    series = tab.chart.chart().series()[0]
    assert [bars.label() for bars in series.barSets()] == [
        "Revenue",
        "Contribution margin II",
        "Cost of care",
    ]
    assert series.barSets()[0].at(1) == 250.0  # thousand €
    image = tab.chart.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()


def test_margin_with_cost_lines_is_computed_not_typed(qtbot: QtBot, window: MainWindow) -> None:
    from kamdesk.ui.plan.margin_model import LINES

    tab = window.accounts_page.details.key_figures
    tab.add_year()
    tab.model.setData(tab.model.index(0, COLUMNS.index("revenue")), "100000")
    margin_cell = tab.model.index(0, COLUMNS.index("contribution_margin"))
    assert tab.model.flags(margin_cell) & Qt.ItemFlag.ItemIsEditable
    variable = [name for name, _ in LINES].index("variable_costs")
    tab.margin_model.setData(tab.margin_model.index(variable, 0), "30000")
    margin_cell = tab.model.index(0, COLUMNS.index("contribution_margin"))
    assert not tab.model.flags(margin_cell) & Qt.ItemFlag.ItemIsEditable
    assert "70,000" in margin_cell.data()
    assert margin_cell.data(Qt.ItemDataRole.ToolTipRole)


def test_an_english_session_reads_a_german_amount_and_refuses_an_ambiguous_one(
    window: MainWindow,
) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    tab = window.accounts_page.details.key_figures
    tab.add_year()
    account = window.accounts_page.model.account_id(0)
    assert tab.model.setData(tab.model.index(0, COLUMNS.index("revenue")), "12.000,50")
    assert window.workspace.plan.key_figures(account)[0].revenue == Decimal("12000.50")
    assert not tab.model.setData(tab.model.index(0, COLUMNS.index("potential")), "12.000")
    assert window.workspace.plan.key_figures(account)[0].potential is None
    assert "12.000" in tab.note.text() and "12000" in tab.note.text()


def _visible_editor(view: QTableView) -> QLineEdit:
    """The cell editor open now (a closed one lingers hidden until it is deleted)."""
    (editor,) = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def test_typing_a_figure_then_tab_then_the_next_keeps_both(
    qtbot: QtBot, window: MainWindow
) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    tab = window.accounts_page.details.key_figures
    window.accounts_page.details.plan_pages.setCurrentWidget(tab)
    tab.add_year()
    view = tab.view
    revenue = view.visualRect(tab.model.index(0, COLUMNS.index("revenue"))).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=revenue)
    editor = _visible_editor(view)
    qtbot.keyClicks(editor, "12,000.50")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = _visible_editor(view)  # the next cell's, in the table still
    qtbot.keyClicks(editor, "3,000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits on the next turn of the loop
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    (figures,) = window.workspace.plan.key_figures(window.accounts_page.model.account_id(0))
    assert (figures.revenue, figures.contribution_margin) == (Decimal("12000.50"), 3000)


def test_an_empty_year_gives_no_verdict_on_the_cost_of_care(window: MainWindow) -> None:
    tab = window.accounts_page.details.key_figures
    tab.add_year()
    assert "does not pay" not in tab.care_note.text()
    assert "enter the revenue" in tab.care_note.text()
