"""Prepare visit: pick the people, export the briefing; the visit is planned on the account."""

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.domain.briefing import VisitPlan
from kamdesk.domain.reminders import ReminderKind
from kamdesk.ui.briefing.visit_dialog import VisitDialog
from kamdesk.ui.lifecycle.visits_page import ReportDialog
from kamdesk.ui.shell.main_window import MainWindow

from ..briefing_store import NAME, TODAY, RichAccount, rich_account
from ..conftest import WhenDialog


@pytest.fixture
def account(data_dir: Path) -> RichAccount:
    return rich_account(data_dir)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, account: RichAccount) -> Iterator[MainWindow]:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.workbench.setCurrentWidget(window.accounts_page)
    window.accounts_page.select_account(account.account_id)
    yield window
    window.close_store()


def tick(dialog: VisitDialog, *names: str) -> None:
    model = dialog.contacts
    for row in range(model.rowCount()):
        item = model.item(row)
        if item.text().split(" – ")[0] in names:
            item.setCheckState(Qt.CheckState.Checked)


def test_export_a_pdf_for_two_contacts_and_the_visit_is_planned(
    qtbot: QtBot,
    window: MainWindow,
    account: RichAccount,
    when_dialog: WhenDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "besuch.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))

    offered: list[date] = []

    def prepare(dialog: QWidget) -> None:
        assert isinstance(dialog, VisitDialog)
        offered.append(dialog.day.day())
        tick(dialog, "Dr. Katrin Weiß", "Jürgen Groß")
        dialog.purpose.setText("Jahresgespräch")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_dialog(VisitDialog, prepare)
    # Read the clock around the dialog: a run across midnight offers the later tomorrow.
    before = date.today()
    window.accounts_page.visit_action.trigger()
    after = date.today()
    assert offered[0] - timedelta(days=1) in {before, after}
    assert target.read_bytes().startswith(b"%PDF")
    assert "Briefing saved as" in window.statusBar().currentMessage()
    (visit,) = window.workspace.briefing.visits(account.account_id)
    plan = visit.plan
    assert set(plan.contact_ids) == set(account.contacts)
    assert (plan.visit_on, plan.purpose) == (offered[0], "Jahresgespräch")
    reminders = window.workspace.reminders.due(TODAY)
    assert [
        (s.reminder.kind, s.reminder.account_name)
        for s in reminders
        if s.reminder.kind == ReminderKind.VISIT
    ] == [(ReminderKind.VISIT, NAME)]


def test_planning_the_visit_is_undoable(
    qtbot: QtBot,
    window: MainWindow,
    account: RichAccount,
    when_dialog: WhenDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: ("", ""))  # cancelled

    def prepare(dialog: QWidget) -> None:
        assert isinstance(dialog, VisitDialog)
        dialog.export()  # the visit is planned even when the export is cancelled
        dialog.reject()

    when_dialog(VisitDialog, prepare)
    window.accounts_page.visit_action.trigger()
    assert len(window.workspace.briefing.visits(account.account_id)) == 1
    window.window_actions.undo_action.trigger()
    assert window.workspace.briefing.visits(account.account_id) == []


def test_the_shortcut_is_ctrl_b(window: MainWindow) -> None:
    assert window.accounts_page.visit_action.shortcut().toString() == "Ctrl+B"
    assert window.accounts_page.visit_action in window.accounts_page.account_list.table.actions()


def test_a_visit_report_ends_the_reminder_and_is_undoable(
    qtbot: QtBot, window: MainWindow, account: RichAccount, when_dialog: WhenDialog
) -> None:
    plan = VisitPlan(TODAY, account.contacts[:1], (), "Werksrundgang")
    window.workspace.briefing.plan_visit(account.account_id, uuid.uuid4(), plan)
    page = window.accounts_page.details.lifecycle.visits
    page.reload()
    assert page.model.index(0, 2).data() == "Dr. Katrin Weiß"
    page.view.selectRow(0)

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDialog)
        dialog.text.setPlainText("Wartungsvertrag zugesagt.\nAngebot bis Freitag.")
        dialog.accept()

    when_dialog(ReportDialog, write)
    page.write_report()
    assert page.model.index(0, 3).data() == "Wartungsvertrag zugesagt."
    kinds = [s.reminder.kind for s in window.workspace.reminders.due(TODAY)]
    assert ReminderKind.VISIT not in kinds
    window.window_actions.undo_action.trigger()
    assert page.model.index(0, 3).data() == ""
