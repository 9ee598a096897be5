"""The Lifecycle tab: phase, proposal, playbook, history and complaints, on a real store."""

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.complaints import Complaint, ComplaintStatus
from kamdesk.domain.lifecycle import Phase
from kamdesk.i18n.account_cells import PHASE
from kamdesk.services.workspace import Workspace
from kamdesk.ui.lifecycle.complaint_dialog import ComplaintDialog
from kamdesk.ui.lifecycle.lifecycle_page import LifecyclePage
from kamdesk.ui.lifecycle.phase_dialog import PhaseDialog
from kamdesk.ui.shell.main_window import MainWindow

from ..conftest import WhenDialog

NAME = "Müller Maschinenbau GmbH"


@pytest.fixture
def account(data_dir: Path) -> uuid.UUID:
    """A customer in retention with two open complaints: the signals propose "endangered"."""
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name=NAME)).id
        workspace.lifecycle.change_phase(account, Phase.RETENTION, "Erster Auftrag", date.today())
        for topic in ("Lieferverzug", "Falsche Ware"):
            complaint = Complaint(uuid.uuid4(), date.today() - timedelta(days=3), topic)
            workspace.lifecycle.save_complaint(account, complaint)
    return account


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, account: uuid.UUID) -> Iterator[MainWindow]:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.workbench.setCurrentWidget(window.accounts_page)
    window.accounts_page.select_account(account)
    window.accounts_page.details.setCurrentWidget(window.accounts_page.details.lifecycle)
    yield window
    window.close_store()


def page_of(window: MainWindow) -> LifecyclePage:
    return window.accounts_page.details.lifecycle


def phase_in_list(window: MainWindow) -> str:
    return str(window.accounts_page.model.index(0, PHASE).data())


def test_the_proposal_names_its_signals(window: MainWindow) -> None:
    page = page_of(window)
    assert page.phase_label.text() == "Penetration and retention"
    assert page.proposal.isVisible() and page.confirm_button.isVisible()
    assert "2 open complaints (warning from 2)" in page.signals_label.text()


def test_confirming_the_proposal_moves_to_endangered_with_history(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_of(window)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.phase_label.text() == "Endangered"
    assert not page.confirm_button.isVisible()  # signals still shown, nothing more to propose
    assert page.history.rowCount() == 2
    assert page.history.index(0, 2).data() == "Endangered"
    assert "2 open complaints" in page.history.index(0, 3).data()
    assert phase_in_list(window) == "Endangered"


def test_undo_takes_the_confirmation_back(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    window.window_actions.undo_action.trigger()
    assert page.phase_label.text() == "Penetration and retention"
    assert page.history.rowCount() == 1
    assert page.confirm_button.isVisible()


def test_a_dismissed_proposal_stays_away_after_a_restart(
    qtbot: QtBot, window: MainWindow, data_dir: Path, account: uuid.UUID
) -> None:
    qtbot.mouseClick(page_of(window).dismiss_button, Qt.MouseButton.LeftButton)
    assert not page_of(window).confirm_button.isVisible()
    window.close_store()
    with Workspace.open(data_dir) as workspace:
        assert not workspace.lifecycle.lifecycle(account, date.today()).proposed


def test_talking_to_competitors_brings_a_dismissed_proposal_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_of(window)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.competitors, Qt.MouseButton.LeftButton)
    assert page.confirm_button.isVisible()
    assert "talking to competitors" in page.signals_label.text()


def test_a_phase_change_needs_a_reason(
    qtbot: QtBot, window: MainWindow, when_dialog: WhenDialog
) -> None:
    page = page_of(window)
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PhaseDialog)
        dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.RECOVERY))
        dialog.accept()  # no reason yet: refused, the dialog stays
        seen.append(dialog.error.text())
        dialog.reason.setPlainText("Gespräch mit der Geschäftsführung")
        dialog.accept()

    when_dialog(PhaseDialog, answer)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert seen == ["A change of Phase needs a reason for the history."]
    assert page.phase_label.text() == "Securing and recovery"
    assert page.history.index(0, 3).data() == "Gespräch mit der Geschäftsführung"


def test_a_playbook_action_goes_into_the_plan(
    qtbot: QtBot, window: MainWindow, data_dir: Path, account: uuid.UUID
) -> None:
    page = page_of(window)
    page.pages.setCurrentIndex(0)
    page.playbook_view.selectRow(1)
    qtbot.mouseClick(page.add_to_plan, Qt.MouseButton.LeftButton)
    title = "Check that every promise made was kept"
    due = date.today() + timedelta(days=30)
    actions = window.workspace.plan.actions(account, due.year)
    assert [(a.title, a.due_on) for a in actions] == [(title, due)]
    assert title in window.statusBar().currentMessage()


def test_a_complaint_is_logged_through_the_dialog(
    qtbot: QtBot, window: MainWindow, when_dialog: WhenDialog
) -> None:
    page = page_of(window).complaints
    errors: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        dialog.accept()  # no topic: refused
        errors.append(dialog.error.text())
        dialog.topic.setText("Rechnung doppelt gestellt")
        dialog.accept()

    when_dialog(ComplaintDialog, fill)
    page.add_complaint()
    assert errors == ["Topic must not be empty."]
    assert page.model.rowCount() == 3
    assert "Rechnung doppelt gestellt" in [c.topic for c in page.model.rows]
    assert page.summary.text() == "3 open"


def test_resolving_a_complaint_shows_the_average_and_ends_the_proposal(
    qtbot: QtBot, window: MainWindow, when_dialog: WhenDialog
) -> None:
    page = page_of(window)
    page.complaints.view.selectRow(0)

    def resolve(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        dialog.status.setCurrentIndex(dialog.status.findData(ComplaintStatus.RESOLVED))
        dialog.accept()

    when_dialog(ComplaintDialog, resolve)
    page.complaints.edit_selected()
    assert page.complaints.summary.text() == "1 open · resolved in 3.0 days on average"
    assert not page.proposal.isVisible()


def test_the_lifecycle_models_pass_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = page_of(window)
    for model in (page.history, page.playbook, page.complaints.model, page.visits.model):
        qtmodeltester.check(model, force_py=True)


def test_a_double_click_opens_the_complaint_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    page.pages.setCurrentWidget(page.complaints)
    opened: list[str] = []
    monkeypatch.setattr(ComplaintDialog, "exec", lambda dialog: opened.append("x") or 0)
    view = page.complaints.view
    qtbot.waitExposed(view)
    spot = view.visualRect(view.model().index(0, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened == ["x"]
