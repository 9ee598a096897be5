"""The Lifecycle tab's lists: the phase history as a timeline, the playbook, the complaints."""

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from kamdesk.domain.complaints import Complaint, Severity
from kamdesk.domain.lifecycle import PhaseChange, PlaybookEntry
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.lifecycle_words import (
    complaint_status_label,
    phase_label,
    play_text,
    severity_label,
)
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.tints import WARNING

_DISPLAY = Qt.ItemDataRole.DisplayRole

CHANGED_ON, FROM, TO, REASON, BY = range(5)


class HistoryModel(ListTableModel[PhaseChange]):
    """Newest first: where the relationship is now, and each step that led there."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Reason"), self.tr("By"))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY:
            return None
        change = self.rows[index.row()]
        return (
            format_date(change.changed_on),
            "" if change.old_phase is None else phase_label(change.old_phase),
            phase_label(change.new_phase),
            change.reason,
            change.changed_by,
        )[index.column()]


PLAY, DUE_IN = range(2)


class PlaybookModel(ListTableModel[PlaybookEntry]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Recommended action"), self.tr("Due in"))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY:
            return None
        entry = self.rows[index.row()]
        if index.column() == PLAY:
            return play_text(entry.play)
        return self.tr("%Ln day(s)", "", entry.due_in_days)


RECEIVED, TOPIC, SEVERITY, STATUS, RESOLVED, DAYS, OWNER = range(7)


class ComplaintsModel(ListTableModel[Complaint]):
    """Open complaints older than the warning threshold are tinted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.warn_after_days = 30

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Received"),
            self.tr("Topic"),
            self.tr("Severity"),
            self.tr("Status"),
            self.tr("Resolved"),
            self.tr("Days"),
            self.tr("Owner"),
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        complaint = self.rows[index.row()]
        if role == _DISPLAY:
            return self._text(complaint, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and self._overdue(complaint):
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DAYS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DAYS:
            return (
                self.tr("Days to resolution")
                if complaint.resolution_days is not None
                else self.tr("Days open so far")
            )
        return None

    def _text(self, complaint: Complaint, column: int) -> str:
        days = complaint.resolution_days
        if days is None:
            days = complaint.open_days(self.today)
        return (
            format_date(complaint.received_on),
            complaint.topic,
            severity_label(complaint.severity),
            complaint_status_label(complaint.status),
            format_date(complaint.resolved_on),
            "" if days is None else str(days),
            complaint.owner,
        )[column]

    def _overdue(self, complaint: Complaint) -> bool:
        days = complaint.open_days(self.today)
        return days is not None and (
            days >= self.warn_after_days or complaint.severity == Severity.CRITICAL
        )
