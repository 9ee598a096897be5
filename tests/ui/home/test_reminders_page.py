"""The Reminders and Home pages: done, snooze, undo, the badge, opening the account."""

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.annual_plan import Action
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.complaints import Complaint
from kamdesk.domain.jour_fixe import JourFixe
from kamdesk.services import attention
from kamdesk.services.workspace import Workspace
from kamdesk.ui.home.reminders_page import SnoozeDialog
from kamdesk.ui.shell.main_window import MainWindow

from ..conftest import WhenDialog

TODAY = date.today()


@pytest.fixture
def accounts(data_dir: Path) -> tuple[uuid.UUID, uuid.UUID]:
    """A key account with an overdue action and a jour fixe next week; a customer with a
    complaint open for 40 days."""
    with Workspace.open(data_dir) as workspace:
        key = workspace.accounts.create(
            AccountFields(name="Müller Maschinenbau GmbH", status_level=StatusLevel.KEY),
            reason="Schlüsselkunde",
        ).id
        action = Action(uuid.uuid4(), "Angebot nachfassen", TODAY - timedelta(days=2))
        workspace.plan.save_action(key, action.due_on.year, action)  # type: ignore[union-attr]
        workspace.jour_fixe.save_meeting(key, JourFixe(4, TODAY + timedelta(days=8)))
        other = workspace.accounts.create(AccountFields(name="Bäckerei Größ")).id
        complaint = Complaint(uuid.uuid4(), TODAY - timedelta(days=40), "Falsche Ware")
        workspace.lifecycle.save_complaint(other, complaint)
    return key, other


@pytest.fixture
def window(
    qtbot: QtBot, data_dir: Path, accounts: tuple[uuid.UUID, uuid.UUID]
) -> Iterator[MainWindow]:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workbench.attention_shown):
        window.show()
    window.workbench.setCurrentWidget(window.workbench.reminders)
    yield window
    window.close_store()


def texts(window: MainWindow) -> list[str]:
    model = window.workbench.reminders.model
    return [model.index(row, 3).data() for row in range(model.rowCount())]


def badge(window: MainWindow) -> str:
    workbench = window.workbench
    return workbench.tabText(workbench.indexOf(workbench.reminders))


def test_reminders_are_listed_soonest_first_with_a_badge(window: MainWindow) -> None:
    assert texts(window) == [
        "Complaint open too long: Falsche Ware",
        "Action: Angebot nachfassen",
        "Jour fixe",
    ]
    assert badge(window) == "Reminders (2)"


def test_done_removes_the_reminder_and_the_badge_follows(qtbot: QtBot, window: MainWindow) -> None:
    page = window.workbench.reminders
    page.view.selectRow(1)
    with qtbot.waitSignal(window.workbench.attention_shown):
        page.done_action.trigger()
    assert texts(window) == ["Complaint open too long: Falsche Ware", "Jour fixe"]
    assert badge(window) == "Reminders (1)"


def test_done_is_undoable(qtbot: QtBot, window: MainWindow) -> None:
    page = window.workbench.reminders
    page.view.selectRow(0)
    with qtbot.waitSignal(window.workbench.attention_shown):
        page.done_action.trigger()
    with qtbot.waitSignal(window.workbench.attention_shown):
        window.window_actions.undo_action.trigger()
    assert len(texts(window)) == 3
    assert badge(window) == "Reminders (2)"


def test_a_reminder_is_snoozed_to_a_date(
    qtbot: QtBot, window: MainWindow, when_dialog: WhenDialog
) -> None:
    page = window.workbench.reminders
    page.view.selectRow(0)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, SnoozeDialog)
        day = TODAY + timedelta(days=3)
        dialog.until.text.selectAll()
        QTest.keyClicks(dialog.until.text, f"{day.day}.{day.month}.{day.year % 100}")
        dialog.accept()

    when_dialog(SnoozeDialog, choose)
    with qtbot.waitSignal(window.workbench.attention_shown):
        page.snooze_action.trigger()
    snoozed = next(s for s in page.model.rows if s.snoozed)
    assert (snoozed.reminder.subject, snoozed.due_on) == ("Falsche Ware", TODAY + timedelta(days=3))
    assert badge(window) == "Reminders (1)"


def test_double_click_opens_the_account_at_the_right_tab(
    qtbot: QtBot, window: MainWindow, accounts: tuple[uuid.UUID, uuid.UUID]
) -> None:
    page = window.workbench.reminders
    page.view.selectRow(0)
    page.open_action.trigger()
    assert window.workbench.currentWidget() is window.accounts_page
    assert window.accounts_page.current_account_id() == accounts[1]
    lifecycle = window.accounts_page.details.lifecycle
    assert window.accounts_page.details.currentWidget() is lifecycle
    assert lifecycle.pages.currentWidget() is lifecycle.complaints


def test_home_puts_what_needs_attention_first_and_opens_it(
    qtbot: QtBot, window: MainWindow, accounts: tuple[uuid.UUID, uuid.UUID]
) -> None:
    home = window.workbench.home
    names = [home.model.index(row, 0).data() for row in range(home.model.rowCount())]
    # the old complaint proposes "endangered": that comes before an overdue action
    assert names == ["Bäckerei Größ", "Müller Maschinenbau GmbH"]
    assert home.model.index(0, 3).data() == "⚠ 1"
    assert home.headline.text() == "2 accounts need your attention"
    home.view.selectRow(0)
    home.open_account()
    assert window.accounts_page.current_account_id() == accounts[1]


def test_home_says_when_it_shows_fewer_accounts_than_it_holds(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = window.workbench.home
    assert home.cut_note.isHidden()
    monkeypatch.setattr(attention, "HOME_ROWS", 1)
    with qtbot.waitSignal(window.workbench.attention_shown):
        window.workbench.refresh()
    assert home.model.rowCount() == 1
    assert home.headline.text() == "2 accounts need your attention"
    assert home.cut_note.text() == "Showing the most urgent of 2 accounts."
    assert not home.cut_note.isHidden()


def test_the_calendar_export_writes_every_reminder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "termine.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    window.workbench.reminders.export_action.trigger()
    qtbot.waitUntil(lambda: "3 reminders exported" in window.statusBar().currentMessage())
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 3


def test_an_empty_list_says_what_appears_there(qtbot: QtBot, window: MainWindow) -> None:
    page = window.workbench.reminders
    page.show_reminders([])
    assert page.body.currentWidget() is page.body.hint
    hint = page.body.hint.text()
    assert hint.startswith("Nothing is due.")
    assert all(what in hint for what in ("Status reviews", "plan actions", "complaints"))
    assert not page.export_action.isEnabled()


def test_the_attention_models_pass_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    qtmodeltester.check(window.workbench.reminders.model, force_py=True)
    qtmodeltester.check(window.workbench.home.model, force_py=True)


def test_view_shortcuts_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.page_actions[0].trigger()
    assert window.workbench.currentWidget() is window.workbench.home
    assert window.window_actions.page_actions[2].shortcut().toString() == "Ctrl+3"
