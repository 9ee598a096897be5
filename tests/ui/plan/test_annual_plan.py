"""The annual plan as a KAM fills it: goals with target and actual, actions with owner, due
date and status; overdue actions stand out; everything undoes with Ctrl+Z."""

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.account import AccountFields
from kamdesk.domain.annual_plan import ActionStatus, GoalKind
from kamdesk.services.workspace import Workspace
from kamdesk.ui.plan.annual_plan_models import (
    ACTION_CONTACT,
    ACTION_DUE,
    ACTION_GOAL,
    ACTION_OWNER,
    ACTION_STATUS,
    ACTION_TITLE,
    GOAL_ACTUAL,
    GOAL_PROGRESS,
    GOAL_TARGET,
)
from kamdesk.ui.shell.main_window import MainWindow

EditorT = TypeVar("EditorT", bound=QWidget)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 3, seed=2)  # brings the team
        workspace.accounts.create(AccountFields(name="Jahresplan AG"))
    opened = MainWindow(data_dir)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.accounts_loaded):
        opened.show()
    opened.accounts_page.select_account(opened.workspace.accounts.find("Jahresplan AG").id)
    yield opened
    opened.close_store()


def test_a_revenue_goal_shows_its_progress(qtbot: QtBot, window: MainWindow) -> None:
    page = window.accounts_page.details.annual_plan
    page.add_goal(GoalKind.REVENUE)
    goals = page.goal_model
    assert goals.setData(goals.index(0, GOAL_TARGET), "2000000")
    assert goals.setData(goals.index(0, GOAL_ACTUAL), "1500000")
    assert goals.index(0, GOAL_PROGRESS).data() == "75 %"
    stored = window.workspace.plan.goals(
        window.accounts_page.current_account_id(), page.year.value()
    )
    assert stored[0].target == Decimal(2_000_000)


def _click(qtbot: QtBot, view: QTableView, index: QModelIndex) -> None:
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def _open_editor(view: QTableView, kind: type[EditorT]) -> EditorT:
    """The cell editor open now (a closed one lingers hidden until it is deleted)."""
    (editor,) = [e for e in view.viewport().findChildren(kind) if e.isVisible()]
    return editor


def test_an_action_gets_owner_status_goal_and_stands_out_when_overdue(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.accounts_page.details.annual_plan
    page.add_goal(GoalKind.STRATEGIC)
    page.add_action()
    window.accounts_page.details.setCurrentWidget(window.accounts_page.details.plan_pages)
    window.accounts_page.details.plan_pages.setCurrentWidget(page)  # where the user types
    actions, view = page.action_model, page.actions_view
    team = window.workspace.plan.team_names()
    _click(qtbot, view, actions.index(0, ACTION_TITLE))
    title = _open_editor(view, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Rahmenvertrag verhandeln")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    _click(qtbot, view, actions.index(0, ACTION_OWNER))
    owner = _open_editor(view, QComboBox)  # the team to pick from
    owner.setCurrentIndex(owner.findData(team[0]))
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    actions.setData(actions.index(0, ACTION_GOAL), page.goal_model.rows[0].id)
    actions.setData(actions.index(0, ACTION_DUE), QDate(date.today() - timedelta(days=3)))
    overdue = actions.index(0, ACTION_TITLE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue, QBrush) and overdue.color().name() == "#b3261e"  # red
    assert actions.index(0, ACTION_TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Overdue"
    assert actions.index(0, ACTION_GOAL).data() == "New goal"
    actions.setData(actions.index(0, ACTION_STATUS), ActionStatus.DONE.value)
    assert actions.index(0, ACTION_TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    stored = window.workspace.plan.actions(
        window.accounts_page.current_account_id(), page.year.value()
    )[0]
    assert (stored.title, stored.owner, stored.status) == (
        "Rahmenvertrag verhandeln",
        team[0],
        ActionStatus.DONE,
    )


def test_an_action_concerns_one_of_the_accounts_contacts(data_dir: Path, qtbot: QtBot) -> None:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 3, seed=2)
        account = workspace.accounts.all()[0]
    opened = MainWindow(data_dir)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.accounts_loaded):
        opened.show()
    opened.accounts_page.select_account(account.id)
    page = opened.accounts_page.details.annual_plan
    page.add_action()
    contact_id, name = opened.workspace.plan.contacts(account.id)[0]
    actions = page.action_model
    row = next(r for r, a in enumerate(actions.rows) if a.title == "New action")
    actions.setData(actions.index(row, ACTION_CONTACT), contact_id)
    assert actions.index(row, ACTION_CONTACT).data() == name
    stored = opened.workspace.plan.actions(account.id, page.year.value())
    assert next(a for a in stored if a.title == "New action").contact_id == contact_id
    opened.close_store()


def test_changes_undo_one_by_one(qtbot: QtBot, window: MainWindow) -> None:
    page = window.accounts_page.details.annual_plan
    page.add_action()
    page.action_model.setData(page.action_model.index(0, ACTION_TITLE), "Besuch planen")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.action_model.index(0, ACTION_TITLE).data() == "New action"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.action_model.rowCount() == 0


def test_removing_a_goal_keeps_its_actions(qtbot: QtBot, window: MainWindow) -> None:
    page = window.accounts_page.details.annual_plan
    page.add_goal(GoalKind.MARGIN)
    page.add_action()
    page.action_model.setData(page.action_model.index(0, ACTION_GOAL), page.goal_model.rows[0].id)
    page.goals_view.selectRow(0)
    page.remove_selected_goal()
    assert page.goal_model.rowCount() == 0
    assert page.action_model.rowCount() == 1
    assert page.action_model.index(0, ACTION_GOAL).data() == ""


def test_models_keep_qts_contracts(qtmodeltester: ModelTester, window: MainWindow) -> None:
    window.accounts_page.details.annual_plan.add_goal(GoalKind.SHARE_OF_WALLET)
    window.accounts_page.details.annual_plan.add_action()
    qtmodeltester.check(window.accounts_page.details.annual_plan.goal_model)
    qtmodeltester.check(window.accounts_page.details.annual_plan.action_model)


def test_status_is_picked_from_a_list(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QComboBox

    page = window.accounts_page.details.annual_plan
    window.accounts_page.details.setCurrentWidget(window.accounts_page.details.plan_pages)
    window.accounts_page.details.plan_pages.setCurrentWidget(page)
    page.add_action()
    index = page.action_model.index(0, ACTION_STATUS)
    page.actions_view.edit(index)
    editor = page.actions_view.findChild(QComboBox)
    assert editor is not None
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Open",
        "In progress",
        "Done",
        "Cancelled",
    ]
    editor.setCurrentIndex(1)
    page.actions_view.commitData(editor)
    assert page.action_model.rows[0].status == ActionStatus.IN_PROGRESS
