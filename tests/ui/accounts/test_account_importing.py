"""File › Import accounts… as a user goes through it: the file, the preview, the column
mapping where kamdesk cannot tell, the import, undo."""

import csv
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.account_columns import Meaning, Target
from kamdesk.i18n.account_cells import NAME
from kamdesk.ui.accounts.account_import_dialog import (
    DETAILS,
    WHAT,
    AccountImportDialog,
)
from kamdesk.ui.accounts.account_importing import remembered_mapping
from kamdesk.ui.accounts.column_mapping_dialog import MEANING, ColumnMappingDialog
from kamdesk.ui.shell.main_window import MainWindow

from ...account_lists import GERMAN_HEADER, german_list, salesforce_report
from ..conftest import OpenWindow, when_modal_dialog

MUELLER = ["Müller GmbH", "10023", "Hauptstr. 5", "80331", "München", "DE", "Bau", "1.000,00", ""]
SUESS = ["Bäckerei Süß", "10024", "Markt 1", "01067", "Dresden", "DE", "", "", "Anna Groß"]
BAD = ["Kaputt AG", "10025", "", "", "", "", "", "viel", ""]


def names(window: MainWindow) -> set[str]:
    model = window.accounts_page.model
    return {model.index(row, NAME).data() for row in range(model.rowCount())}


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def import_from_menu(qtbot: QtBot, window: MainWindow, act: Callable[[QWidget], None]) -> None:
    when_modal_dialog(AccountImportDialog, act)
    with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
        window.importing.import_action.trigger()


def test_the_empty_state_offers_the_import(open_window: OpenWindow) -> None:
    window = open_window()
    buttons = [b.defaultAction() for b in window.empty_state.findChildren(QToolButton)]
    assert window.importing.import_action in buttons
    assert window.importing.import_action.isEnabled()


def test_a_german_list_is_imported_and_undone_with_ctrl_z(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    choose_file(monkeypatch, german_list(tmp_path / "kunden.csv", [MUELLER, SUESS]))

    def import_all(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountImportDialog)
        assert dialog.import_button.text() == "&Import 2 accounts"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    import_from_menu(qtbot, window, import_all)
    assert names(window) == {"Müller GmbH", "Bäckerei Süß"}
    assert window.pages.currentWidget() is window.workbench
    assert "2 accounts created" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.accounts_loaded):
        window.window_actions.undo_action.trigger()  # Ctrl+Z: no window is active offscreen
    assert names(window) == set()
    assert "Trash" in window.statusBar().currentMessage()


def test_the_preview_names_a_refused_row_and_all_or_nothing_blocks_the_import(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    choose_file(monkeypatch, german_list(tmp_path / "kunden.csv", [MUELLER, BAD]))
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountImportDialog)
        ModelTester(None).check(dialog.model)
        refused = [
            r
            for r in range(dialog.model.rowCount())
            if dialog.model.index(r, WHAT).data() == "Refused"
        ]
        seen.append(dialog.model.index(refused[0], DETAILS).data())
        dialog.all_or_nothing.setChecked(True)
        seen.append(str(dialog.import_button.isEnabled()))
        dialog.all_or_nothing.setChecked(False)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    import_from_menu(qtbot, window, look)
    assert seen == ["Column “Umsatz 2025”: “viel” is no amount", "False"]
    assert names(window) == {"Müller GmbH"}


def test_a_reimport_with_skip_leaves_the_matched_account_alone(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    choose_file(monkeypatch, german_list(tmp_path / "kunden.csv", [MUELLER]))
    import_from_menu(qtbot, window, lambda d: d.accept())
    changed = [*MUELLER[:6], "Maschinenbau", *MUELLER[7:]]
    choose_file(monkeypatch, german_list(tmp_path / "kunden2.csv", [changed, SUESS]))

    def skip(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountImportDialog)
        dialog.skip_option.setChecked(True)
        assert dialog.import_button.text() == "&Import 1 account"
        dialog.accept()

    import_from_menu(qtbot, window, skip)
    assert names(window) == {"Müller GmbH", "Bäckerei Süß"}
    assert window.workspace.accounts.find("Müller GmbH").fields.industry == "Bau"


def test_unknown_columns_are_mapped_once_and_remembered(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    path = tmp_path / "liste.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([["Bezeichnung", "Erlös"], ["Weiß & Co", "2500"]])
    choose_file(monkeypatch, path)

    def map_name(dialog: QWidget) -> None:
        assert isinstance(dialog, ColumnMappingDialog)
        assert not dialog.preview_button.isEnabled()  # no name column yet
        dialog.model.setData(dialog.model.index(0, MEANING), "name")
        dialog.model.setData(dialog.model.index(1, MEANING), "revenue:2024")
        assert dialog.model.index(1, MEANING).data() == "Revenue 2024"
        when_modal_dialog(AccountImportDialog, lambda d: d.accept())
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)

    when_modal_dialog(ColumnMappingDialog, map_name)
    with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
        window.importing.import_action.trigger()
    account = window.workspace.accounts.find("Weiß & Co")
    assert [f.revenue for f in window.workspace.plan.key_figures(account.id)] == [2500]
    assert remembered_mapping(["Erlös", "Bezeichnung"]) == {
        "bezeichnung": Meaning(Target.NAME),
        "erlös": Meaning(Target.REVENUE, 2024),
    }


def test_a_salesforce_report_needs_no_mapping_and_says_whose_it_is(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    row = [
        "Acme SE",
        "Jane Doe",
        "A-1",
        "1 Main St",
        "Boston",
        "02110",
        "USA",
        "Energy",
        "5000000",
        "Customer",
    ]
    choose_file(monkeypatch, salesforce_report(tmp_path / "report.csv", [row]))
    titles: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountImportDialog)
        titles.extend(
            [dialog.windowTitle(), dialog.summary.text(), dialog.model.index(0, DETAILS).data()]
        )
        dialog.accept()

    import_from_menu(qtbot, window, look)
    assert titles[0] == "Import accounts from report.csv"
    assert titles[1].startswith("Salesforce export: 1 new"), titles
    assert names(window) == {"Acme SE"}


def test_a_file_that_is_no_list_is_one_sentence_and_changes_nothing(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    path = tmp_path / "kunden.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    choose_file(monkeypatch, path)
    shown: list[str] = []
    monkeypatch.setattr(
        "kamdesk.ui.shell.error_report.show_error", lambda _w, e: shown.append(type(e).__name__)
    )
    with qtbot.waitSignal(window.importing.failed, timeout=10_000):
        window.importing.import_action.trigger()
    assert shown == ["InvalidAccountFile"]
    assert names(window) == set()


def test_a_german_workbook_of_200_accounts_then_a_salesforce_report_fill_the_store(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The journey the issue names: an Excel list of 200 in a few clicks, then a report whose
    rows match some of them by customer number and update them."""
    window = open_window()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(GERMAN_HEADER)
    for n in range(200):
        sheet.append(
            [
                f"Kunde {n} GmbH",
                f"K{n}",
                f"Weg {n}",
                "80331",
                "München",
                "DE",
                "Bau",
                1000.5 * n,
                "",
            ]
        )
    workbook.save(tmp_path / "kunden.xlsx")
    choose_file(monkeypatch, tmp_path / "kunden.xlsx")
    import_from_menu(qtbot, window, lambda d: d.accept())
    assert window.accounts_page.model.total_count() == 200
    report = [
        [
            "Kunde 7 GmbH",
            "Jane Doe",
            "K7",
            "Weg 7",
            "München",
            "80331",
            "DE",
            "Energie",
            "5000000",
            "Customer",
        ]
    ]
    choose_file(monkeypatch, salesforce_report(tmp_path / "report.csv", report))
    import_from_menu(qtbot, window, lambda d: d.accept())
    assert window.accounts_page.model.total_count() == 200
    assert window.workspace.accounts.find("Kunde 7 GmbH").fields.industry == "Energie"
