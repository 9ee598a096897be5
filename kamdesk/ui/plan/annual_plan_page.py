"""The annual plan of one account and year: goals with target and actual, and the actions
that reach them. Every change can be undone; overdue actions stand out in red."""

import functools
import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.annual_plan import Action, ActionStatus, Goal, GoalKind
from kamdesk.i18n.labels import action_status_label, goal_kind_label
from kamdesk.ui.plan.annual_plan_models import (
    ACTION_CONTACT,
    ACTION_GOAL,
    ACTION_OWNER,
    ACTION_STATUS,
    ACTION_TITLE,
    GOAL_TITLE,
    ActionsModel,
    GoalsModel,
    goal_title,
)
from kamdesk.ui.widgets.choice_delegate import ChoiceDelegate
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view
from kamdesk.ui.widgets.undo_step import record_change

if TYPE_CHECKING:
    from kamdesk.services.plan import PlanService


class AnnualPlanPage(QWidget):
    failed = Signal(object)  # a KamdeskError to show

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._service: PlanService | None = None
        self._account_id: uuid.UUID | None = None
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.year.setPrefix(self.tr("Plan for "))
        self.year.valueChanged.connect(lambda _: self._reload())
        self.goal_model = GoalsModel(self)
        self.goal_model.goal_edited.connect(self._goal_edited)
        self.goal_model.edit_refused.connect(self.failed)
        self._contacts: list[tuple[uuid.UUID, str]] = []
        self.action_model = ActionsModel(lambda: self.goal_model.rows, lambda: self._contacts, self)
        self.action_model.action_edited.connect(self._action_edited)
        self.goals_view = spreadsheet_view(self.goal_model, GOAL_TITLE)
        self.actions_view = spreadsheet_view(self.action_model, ACTION_TITLE)
        goal_column = self.actions_view.horizontalHeader()
        goal_column.setSectionResizeMode(ACTION_GOAL, QHeaderView.ResizeMode.Interactive)
        goal_column.resizeSection(ACTION_GOAL, 140)
        self.actions_view.setItemDelegateForColumn(
            ACTION_STATUS,
            ChoiceDelegate(lambda: [(action_status_label(s), s.value) for s in ActionStatus], self),
        )
        self.actions_view.setItemDelegateForColumn(
            ACTION_OWNER,
            ChoiceDelegate(lambda: [("", ""), *((name, name) for name in self._team())], self),
        )
        self.actions_view.setItemDelegateForColumn(
            ACTION_GOAL,
            ChoiceDelegate(
                lambda: [("", None), *((goal_title(g), g.id) for g in self.goal_model.rows)], self
            ),
        )
        self.actions_view.setItemDelegateForColumn(
            ACTION_CONTACT, ChoiceDelegate(lambda: [("", None), *self._contact_choices()], self)
        )
        add_goal = QToolButton()
        add_goal.setText(self.tr("Add goal"))
        add_goal.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        kinds = QMenu(add_goal)
        for kind in GoalKind:
            kinds.addAction(goal_kind_label(kind), functools.partial(self.add_goal, kind))
        add_goal.setMenu(kinds)
        remove_goal = QPushButton(self.tr("Remove goal"))
        remove_goal.clicked.connect(self.remove_selected_goal)
        add_action = QPushButton(self.tr("Add action"))
        add_action.clicked.connect(self.add_action)
        remove_action = QPushButton(self.tr("Remove action"))
        remove_action.clicked.connect(self.remove_selected_action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.year)
        for heading, view, buttons in (
            (self.tr("Goals"), self.goals_view, (add_goal, remove_goal)),
            (self.tr("Actions"), self.actions_view, (add_action, remove_action)),
        ):
            label = QLabel(heading)
            label.setObjectName("heading")
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch()
            layout.addWidget(label)
            layout.addWidget(view, 1)
            layout.addLayout(row)

    def attach(self, service: "PlanService") -> None:
        self._service = service

    def _team(self) -> list[str]:
        return self._service.team_names() if self._service else []

    def _contact_choices(self) -> list[tuple[str, uuid.UUID]]:
        return [(name, contact_id) for contact_id, name in self._contacts]

    def show_account(self, account_id: uuid.UUID) -> None:
        self._account_id = account_id
        self._contacts = self._service.contacts(account_id) if self._service else []
        self._reload()

    def _reload(self) -> None:
        if self._service is None or self._account_id is None:
            return
        year = self.year.value()
        self.goal_model.set_rows(self._service.goals(self._account_id, year))
        self.action_model.set_rows(self._service.actions(self._account_id, year))

    # changes, each one undoable

    def add_goal(self, kind: GoalKind) -> None:
        title = self.tr("New goal") if kind == GoalKind.STRATEGIC else ""
        goal = Goal(uuid.uuid4(), self.year.value(), kind, title)
        self._goal_change(None, goal, self.tr("Add goal"))

    def remove_selected_goal(self) -> None:
        rows = self.goals_view.selectionModel().selectedRows()
        if rows:
            self._goal_change(self.goal_model.rows[rows[0].row()], None, self.tr("Remove goal"))

    def _goal_edited(self, before: Goal, after: Goal) -> None:
        self._goal_change(before, after, self.tr("Edit goal"))

    def _goal_change(self, before: Goal | None, after: Goal | None, text: str) -> None:
        service, account_id = self._service, self._account_id
        if service is None or account_id is None:
            return

        def put(goal: Goal | None, other: Goal | None) -> Callable[[], None]:
            if goal is not None:
                return lambda: service.save_goal(account_id, goal)
            assert other is not None
            return lambda: service.remove_goal(other.id)

        self._record(text, put(after, before), put(before, after))

    def add_action(self) -> None:
        action = Action(uuid.uuid4(), self.tr("New action"), date.today())
        self._action_change(None, action, self.tr("Add action"))

    def remove_selected_action(self) -> None:
        rows = self.actions_view.selectionModel().selectedRows()
        if rows:
            self._action_change(
                self.action_model.rows[rows[0].row()], None, self.tr("Remove action")
            )

    def _action_edited(self, before: Action, after: Action) -> None:
        self._action_change(before, after, self.tr("Edit action"))

    def _action_change(self, before: Action | None, after: Action | None, text: str) -> None:
        service, account_id, year = self._service, self._account_id, self.year.value()
        if service is None or account_id is None:
            return

        def put(action: Action | None, other: Action | None) -> Callable[[], None]:
            if action is not None:
                return lambda: service.save_action(account_id, year, action)
            assert other is not None
            return lambda: service.remove_action(other.id)

        self._record(text, put(after, before), put(before, after))

    def _record(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        record_change(self._undo_stack, text, do, undo, self.failed.emit, then=self._reload)
