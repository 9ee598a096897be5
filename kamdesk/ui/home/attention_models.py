"""The lists of what needs attention: reminders across accounts, and accounts at a glance."""

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont

from kamdesk.domain.reminders import Group, Shown
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.lifecycle_words import group_label, phase_label, reminder_text
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.tints import WARNING

if TYPE_CHECKING:
    from kamdesk.services.attention import Glance

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

WHEN, DUE, ACCOUNT, WHAT = range(4)


class RemindersModel(ListTableModel[Shown]):
    """Soonest first; overdue rows tinted, snoozed ones in italics."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Due"), self.tr("Account"), self.tr("What"))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        shown = self.rows[index.row()]
        if role == _DISPLAY:
            return (
                group_label(shown.group),
                format_date(shown.due_on),
                shown.reminder.account_name,
                reminder_text(shown.reminder),
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and shown.group == Group.OVERDUE:
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.FontRole and shown.snoozed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and shown.snoozed:
            return self.tr("Snoozed; first due on {date}").format(
                date=format_date(shown.reminder.due_on)
            )
        return None


NAME, LEVEL, PHASE, WARNINGS, COVERAGE, SCORE, OVERDUE, DUE_SOON = range(8)


class GlanceModel(ListTableModel["Glance"]):
    """The home view's table, in the order of what needs attention."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Account"),
            self.tr("Status"),
            self.tr("Phase"),
            self.tr("Warnings"),
            self.tr("Coverage"),
            self.tr("Score"),
            self.tr("Overdue"),
            self.tr("This week"),
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        glance = self.rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._text(glance, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= WARNINGS:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and _needs_care(glance, column):
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.ToolTipRole and column == WARNINGS and glance.proposed:
            return self.tr("Warning signals propose the move to “endangered”.")
        return None

    def _text(self, glance: "Glance", column: int) -> str:
        coverage = "" if glance.coverage is None else f"{round(glance.coverage * 100)} %"
        return (
            glance.name,
            status_level_label(glance.level),
            phase_label(glance.phase),
            f"⚠ {glance.signals}" if glance.proposed else str(glance.signals or ""),
            coverage,
            "" if glance.score is None else str(glance.score),
            str(glance.overdue or ""),
            str(glance.due or ""),
        )[column]


def _needs_care(glance: "Glance", column: int) -> bool:
    return (
        (column == PHASE and glance.phase.is_troubled)
        or (column == WARNINGS and glance.proposed)
        or (column == OVERDUE and glance.overdue > 0)
    )
