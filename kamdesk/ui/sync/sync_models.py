"""The lists of team sync: conflicts waiting for a decision, and the sync log."""

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from kamdesk.i18n.formats import format_moment
from kamdesk.i18n.sync_words import (
    conflict_side,
    conflict_subject,
    refusal_label,
    table_label,
)
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel

if TYPE_CHECKING:
    from kamdesk.services.sync_conflicts import ConflictView
    from kamdesk.services.sync_report import LogEntry

translate = QCoreApplication.translate


class ConflictTableModel(ListTableModel["ConflictView"]):
    ACCOUNT, SUBJECT, MINE, THEIRS, BY, ORIGINAL = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("sync", "Account"),
            translate("sync", "What"),
            translate("sync", "Mine"),
            translate("sync", "Theirs"),
            translate("sync", "Theirs by"),
            translate("sync", "Original"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c, column)
        if role == Qt.ItemDataRole.FontRole and column in (self.MINE, self.THEIRS):
            kept = c.kept_mine == (column == self.MINE)
            font = QFont()
            font.setBold(kept)  # the value the sync kept for now
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.MINE, self.THEIRS):
            kept = c.kept_mine == (column == self.MINE)
            return translate("sync", "Kept for now") if kept else translate("sync", "Set aside")
        return None

    def _text(self, c: "ConflictView", column: int) -> str:
        if column == self.ACCOUNT:
            return c.account_name or c.label
        if column == self.SUBJECT:
            subject = conflict_subject(c.table, c.field)
            return f"{subject}: {c.label}" if c.label and c.table != "accounts" else subject
        if column == self.BY:
            return c.theirs_by
        if column == self.ORIGINAL:
            if c.deletion or c.original is None:
                return ""
            return conflict_side(c.original, deleted=False)
        mine = column == self.MINE
        return conflict_side(c.mine if mine else c.theirs, c.deletion and c.mine_deleted == mine)


class SyncLogModel(ListTableModel["LogEntry"]):
    WHEN, RESULT, OUT, IN, FROM, CONFLICTS = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("sync", "When"),
            translate("sync", "Result"),
            translate("sync", "Went out"),
            translate("sync", "Came in"),
            translate("sync", "From"),
            translate("sync", "Conflicts"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.OUT, self.IN):
            key = "out" if column == self.OUT else "in"
            counts = entry.detail.get(key)
            if isinstance(counts, dict):
                return "\n".join(f"{table_label(t)}: {n}" for t, n in sorted(counts.items()))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FROM:
            return "\n".join(person.name for person in entry.came_from) or None
        return None

    def _text(self, entry: "LogEntry", column: int) -> str:
        if column == self.WHEN:
            return format_moment(datetime.fromtimestamp(entry.at).astimezone())
        if column == self.RESULT:
            if entry.refused:
                return translate("sync", "Refused: {reason}").format(
                    reason=refusal_label(entry.refused)
                )
            return translate("sync", "Synced")
        if entry.refused:
            return ""
        if column == self.FROM:
            return ", ".join(person.short for person in entry.came_from)
        return str({self.OUT: entry.went_out, self.IN: entry.came_in}.get(column, entry.conflicts))
