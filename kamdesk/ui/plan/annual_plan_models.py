"""Table models of the annual plan: goals (target, actual, progress) and actions."""

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kamdesk.domain.annual_plan import Action, ActionStatus, Goal, GoalKind
from kamdesk.domain.errors import InvalidAmount
from kamdesk.i18n.formats import format_date, format_decimal, format_money, parse_decimal, to_qdate
from kamdesk.i18n.labels import action_status_label, goal_kind_label
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel

GOAL_TITLE, GOAL_TARGET, GOAL_ACTUAL, GOAL_PROGRESS = range(4)
ACTION_TITLE, ACTION_OWNER, ACTION_DUE, ACTION_STATUS, ACTION_GOAL, ACTION_CONTACT = range(6)
_OVERDUE = QColor("#b3261e")
_EDIT = Qt.ItemDataRole.EditRole


def goal_title(goal: Goal) -> str:
    return goal.title or goal_kind_label(goal.kind)


def _amount(goal: Goal, value: Any) -> str:
    if value is None:
        return ""
    if goal.kind in (GoalKind.REVENUE, GoalKind.MARGIN):
        return format_money(value)
    return format_decimal(value, 1)


class GoalsModel(ListTableModel[Goal]):
    goal_edited = Signal(object, object)  # before, after
    edit_refused = Signal(object)  # the InvalidAmount

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Goal"), self.tr("Target"), self.tr("Actual"), self.tr("Reached"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.isValid() and index.column() != GOAL_PROGRESS
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        goal, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            progress = goal.progress
            return (
                goal_title(goal),
                _amount(goal, goal.target),
                _amount(goal, goal.actual),
                "" if progress is None else f"{progress} %",
            )[column]
        if role == _EDIT:
            value = (goal_title(goal), goal.target, goal.actual, None)[column]
            return value if isinstance(value, str) else format_decimal(value, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        before = self.rows[index.row()]
        change: dict[str, Any]
        if index.column() == GOAL_TITLE:
            change = {"title": str(value).strip()}
        else:
            try:
                number = parse_decimal(str(value))
            except InvalidAmount as error:
                self.edit_refused.emit(error)
                return False
            change = {("target" if index.column() == GOAL_TARGET else "actual"): number}
        after = dataclasses.replace(before, **change)
        if after != before:
            self.goal_edited.emit(before, after)
        return True


class ActionsModel(ListTableModel[Action]):
    action_edited = Signal(object, object)  # before, after

    def __init__(
        self,
        goals: Callable[[], list[Goal]],
        contacts: Callable[[], list[tuple[uuid.UUID, str]]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self._contacts = contacts
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("For goal"),
            self.tr("Contact"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def _contact_name(self, contact_id: uuid.UUID | None) -> str:
        return next((name for id_, name in self._contacts() if id_ == contact_id), "")

    def _goal_title(self, goal_id: uuid.UUID | None) -> str:
        return next((goal_title(g) for g in self._goals() if g.id == goal_id), "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            due = format_date(action.due_on)
            return (
                action.title,
                action.owner,
                due,
                action_status_label(action.status),
                self._goal_title(action.goal_id),
                self._contact_name(action.contact_id),
            )[column]
        if role == _EDIT:
            return (
                action.title,
                action.owner,
                to_qdate(action.due_on) if action.due_on else QDate.currentDate(),
                action.status.value,
                action.goal_id,
                action.contact_id,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and action.is_overdue(self.today):
            return QBrush(_OVERDUE)  # overdue actions stand out
        if role == Qt.ItemDataRole.ToolTipRole and action.is_overdue(self.today):
            return self.tr("Overdue")
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        before = self.rows[index.row()]
        field = ("title", "owner", "due_on", "status", "goal_id", "contact_id")[index.column()]
        converters: dict[str, Callable[[Any], Any]] = {
            "title": lambda v: str(v).strip(),
            "owner": str,
            "due_on": lambda v: v.toPython() if isinstance(v, QDate) else v,
            "status": ActionStatus,
        }
        change = {field: converters.get(field, lambda v: v)(value)}
        after = dataclasses.replace(before, **change)
        if after != before:
            self.action_edited.emit(before, after)
        return True
