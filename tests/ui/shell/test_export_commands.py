"""File › Export as the user uses it: the account list as shown, contacts, all plans."""

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.demo.data import load_demo_data
from kamdesk.files.contact_files import read_contact_file
from kamdesk.i18n.account_cells import NAME, OWNER, REVENUE
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow

from ..conftest import OpenWindow


@pytest.fixture
def window(data_dir: Path, open_window: OpenWindow) -> MainWindow:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 30, seed=5)
    return open_window()


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = "") -> None:
    def chosen(_p: QWidget, _t: str, _path: str, _filters: str) -> tuple[str, str]:
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)


def test_the_account_list_exports_as_shown_filtered_sorted_and_its_columns(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = window.accounts_page
    model = page.model
    word = model.index(0, NAME).data().split()[0]
    page.search.setText(word)
    header = page.account_list.table.horizontalHeader()
    header.setSectionHidden(OWNER, True)
    page.account_list.table.sortByColumn(REVENUE, Qt.SortOrder.DescendingOrder)
    shown = [model.index(row, NAME).data() for row in range(model.rowCount())]
    save_as(monkeypatch, tmp_path / "liste")  # no ending typed: the first type's
    window.exports.accounts_action.trigger()
    path = tmp_path / "liste.xlsx"
    qtbot.waitUntil(lambda: str(path) in window.statusBar().currentMessage())
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert "Owner" not in rows[0] and rows[0][0] == "Name"
    assert [row[0] for row in rows[1:]] == shown
    revenues = [row[rows[0].index("Revenue")] for row in rows[1:]]
    assert all(isinstance(r, float | None) for r in revenues)


def test_the_header_menu_hides_a_column(window: MainWindow) -> None:
    menu = window.accounts_page.account_list.column_menu()
    owner = next(a for a in menu.actions() if a.text() == "Owner")
    owner.trigger()
    assert OWNER not in window.accounts_page.account_list.shown_columns()


def test_all_contacts_export_as_vcards_that_kamdesk_reads_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "kontakte.vcf"
    save_as(monkeypatch, path)
    window.exports.contacts_action.trigger()
    qtbot.waitUntil(lambda: str(path) in window.statusBar().currentMessage())
    cards, refused = read_contact_file(path.read_bytes())
    book = window.workspace.stakeholders.address_book()
    assert refused == [] and [c.name for _, c in cards] == [c.name for c, _ in book]


def test_one_accounts_contacts_from_its_stakeholders_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    account = window.workspace.accounts.all()[0]
    window.accounts_page.select_account(account.id)
    page = window.accounts_page.details.stakeholders
    page.show_account(account.id, account.fields.name)
    path = tmp_path / "eins.csv"
    save_as(monkeypatch, path)
    with qtbot.waitSignal(window.accounts_page.details.exported, timeout=5000):
        page.export_contacts()
    cards, _ = read_contact_file(path.read_bytes())
    assert {c.organisation for _, c in cards} <= {account.fields.name}
    assert len(cards) == len(window.workspace.stakeholders.contacts(account.id))


def test_all_penetration_plans_go_into_one_workbook(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "plaene.xlsx"
    save_as(monkeypatch, path)
    window.exports.plans_action.trigger()
    qtbot.waitUntil(lambda: str(path) in window.statusBar().currentMessage())
    titles = openpyxl.load_workbook(path).sheetnames
    assert len(titles) > 2  # the demo's plans and the legend
