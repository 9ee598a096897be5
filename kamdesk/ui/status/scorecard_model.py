"""Scorecard and status history as table models for the Status tab."""

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal

from kamdesk.domain.scorecard import Answer, CriterionKind, Scorecard, ScoreLine
from kamdesk.domain.status_review import StatusChange
from kamdesk.i18n.formats import format_date, format_money
from kamdesk.i18n.labels import criterion_label, reason_label, status_level_label
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel

CRITERION, ANSWER, POINTS, MAXIMUM = range(4)
CHANGED_ON, OLD_LEVEL, NEW_LEVEL, SCORE, REASON, CHANGED_BY = range(6)


class ScorecardModel(ListTableModel[ScoreLine]):
    """One line per criterion. Strategic answers are edited in place (yes/no as a check box,
    counts as numbers); hard figures come from the key figures and are read-only here."""

    answer_edited = Signal(str, object)  # criterion key, the new answer

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Criterion"), self.tr("Answer"), self.tr("Points"), self.tr("Maximum"))

    def set_card(self, card: Scorecard | None) -> None:
        self.set_rows(list(card.lines) if card else [])

    def line(self, row: int) -> ScoreLine:
        return self.rows[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == ANSWER:
            kind = self.rows[index.row()].criterion.kind
            if kind == CriterionKind.YES_NO:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            elif kind == CriterionKind.COUNT:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        kind = self.rows[index.row()].criterion.kind
        answer: Answer
        if role == Qt.ItemDataRole.CheckStateRole and kind == CriterionKind.YES_NO:
            answer = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and kind == CriterionKind.COUNT:
            answer = max(int(value), 0)
        else:
            return False
        self.answer_edited.emit(self.rows[index.row()].criterion.key, answer)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole and column == ANSWER:
            return line.answer if isinstance(line.answer, int) else 0
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and column == ANSWER
            and line.criterion.kind == CriterionKind.YES_NO
        ):
            return Qt.CheckState.Checked if line.answer else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CRITERION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and line.criterion.is_hard_figure:
            return self.tr("From the account's key figures")
        return None

    def _display(self, line: ScoreLine, column: int) -> str:
        if column == CRITERION:
            return criterion_label(line.criterion)
        if column == POINTS:
            return str(line.points)
        if column == MAXIMUM:
            return str(line.criterion.max_points)
        return _answer_text(line.criterion.kind, line.answer)


def _answer_text(kind: CriterionKind, answer: Answer) -> str:
    if kind == CriterionKind.YES_NO or answer is None:
        return ""
    if kind == CriterionKind.FIGURE:
        return format_money(Decimal(answer))
    return str(answer)


class StatusHistoryModel(ListTableModel[StatusChange]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Score"),
            self.tr("Reason"),
            self.tr("By"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        change = self.rows[index.row()]
        match index.column():
            case 0:
                return format_date(change.changed_on)
            case 1:
                return status_level_label(change.old_level) if change.old_level else ""
            case 2:
                return status_level_label(change.new_level)
            case 3:
                return "" if change.score is None else str(change.score)
            case 4:
                return reason_label(change.reason)
        return change.changed_by
