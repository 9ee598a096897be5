"""The account list as a table model. Sorting and filtering happen here, on keys computed once
per row, so that 50,000 accounts sort and filter in milliseconds instead of calling back into
Python for every comparison as a QSortFilterProxyModel would."""

import functools
import re
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.portfolio import PortfolioField
from kamdesk.i18n.account_cells import (
    COLUMN_FIELDS,
    NAME,
    PORTFOLIO,
    REVENUE,
    SCORE,
    cell_text,
    column_header,
)

Index = QModelIndex | QPersistentModelIndex

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PHASE_ORDER = {phase: index for index, phase in enumerate(Phase)}
_FIELD_ORDER = {field: index for index, field in enumerate([*PortfolioField, None])}


_COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]")


def folded(text: str) -> str:
    """Case- and accent-blind form, so that "ö" sorts with "o" and "strasse" finds "Straße"."""
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))


@functools.lru_cache(maxsize=4096)
def _folded_often(text: str) -> str:
    """Owners, countries and industries repeat across thousands of accounts."""
    return folded(text)


@dataclass(slots=True, eq=False)  # compared by identity: list.index() stays a C-speed scan
class _Entry:
    summary: AccountSummary
    search_text: str = field(init=False)
    sort_keys: tuple[Any, ...] = field(init=False)

    def __post_init__(self) -> None:
        s = self.summary
        name, owner, country = folded(s.name), _folded_often(s.owner), _folded_often(s.country)
        self.search_text = " ".join((name, owner, country, _folded_often(s.industry)))
        revenue = s.revenue if s.revenue is not None else Decimal("-Infinity")
        self.sort_keys = (
            name,
            s.status_level.rank,
            _PHASE_ORDER[s.phase],
            -1 if s.score is None else s.score,
            s.scope.value,
            s.segment.value,
            owner,
            country,
            revenue,
        )


class AccountTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        self._visible: list[_Entry] = []
        self._words: list[str] = []
        # Weighed by the portfolio after the list was shown: looked up where a row is shown,
        # sorted or exported, so that a new portfolio costs no pass over 50,000 rows.
        self._fields: Mapping[uuid.UUID, PortfolioField | None] = {}
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # Qt's interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._visible[index.row()].summary
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == PORTFOLIO:
                summary = self._placed(summary)
            return cell_text(summary, index.column())
        if role == ACCOUNT_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (SCORE, REVENUE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_header(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._rearrange(resort=True)

    # kamdesk's interface

    def set_summaries(self, summaries: list[AccountSummary]) -> None:
        """The list anew. A line that did not change keeps its entry (the list read as the
        store opens is mostly the one read at start: 50,000 lines folded again, and held
        twice while they were)."""
        held = {entry.summary: entry for entry in self._entries}
        self.beginResetModel()
        self._entries = [held.get(summary) or _Entry(summary) for summary in summaries]
        self._sort_entries()
        self._visible = self._matching(self._entries)
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        words = folded(text).split()
        # Typing on narrows the search: only the rows shown now can still match.
        narrowing = all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._rearrange(resort=False, narrowing=narrowing)

    def upsert(self, summary: AccountSummary) -> None:
        """Add an account or refresh its line, keeping the current order and filter (and its
        portfolio field until the portfolio says it anew)."""
        old = next((e for e in self._entries if e.summary.id == summary.id), None)
        entry = _Entry(summary)
        if old is None:
            self._entries.append(entry)
        else:  # swap in place, so that a selection on the old line moves to the new one
            self._entries[self._entries.index(old)] = entry
            if old in self._visible:
                self._visible[self._visible.index(old)] = entry
        self._rearrange(resort=True)

    def set_portfolio_fields(self, fields: Mapping[uuid.UUID, PortfolioField | None]) -> None:
        """Each account's portfolio field, weighed after the list was shown."""
        self._fields = fields
        if self._sort_column == PORTFOLIO:
            self._rearrange(resort=True)
        elif self._visible:
            last = len(self._visible) - 1
            self.dataChanged.emit(self.index(0, PORTFOLIO), self.index(last, PORTFOLIO))

    def remove(self, account_id: uuid.UUID) -> None:
        self._entries = [e for e in self._entries if e.summary.id != account_id]
        self._rearrange(resort=False)

    def account_id(self, row: int) -> uuid.UUID:
        return self._visible[row].summary.id

    def row_of(self, account_id: uuid.UUID) -> int | None:
        return next(
            (row for row, e in enumerate(self._visible) if e.summary.id == account_id), None
        )

    def shown_summaries(self) -> list[AccountSummary]:
        """The accounts the list shows, in its order."""
        return [self._placed(entry.summary) for entry in self._visible]

    def all_summaries(self) -> list[AccountSummary]:
        """Every account of the list, whatever the search shows."""
        return [self._placed(entry.summary) for entry in self._entries]

    def total_count(self) -> int:
        return len(self._entries)

    # internals

    def _matching(self, entries: list[_Entry]) -> list[_Entry]:
        """The entries containing every search word; longest word first, as it rules out most."""
        for word in sorted(self._words, key=len, reverse=True):
            entries = [entry for entry in entries if word in entry.search_text]
        return entries

    def _placed(self, summary: AccountSummary) -> AccountSummary:
        return summary._replace(portfolio=self._fields.get(summary.id))

    def _sort_entries(self) -> None:
        column, fields = self._sort_column, self._fields

        def by_field(entry: _Entry) -> tuple[Any, ...]:
            return (_FIELD_ORDER[fields.get(entry.summary.id)], entry.sort_keys[NAME])

        def by_column(entry: _Entry) -> tuple[Any, ...]:
            return (entry.sort_keys[column], entry.sort_keys[NAME])

        self._entries.sort(
            key=by_field if column == PORTFOLIO else by_column,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _rearrange(self, *, resort: bool, narrowing: bool = False) -> None:
        """Re-sort and/or re-filter while keeping selection and current row (persistent indexes)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._visible[index.row()] for index in persistent]
        if resort:
            self._sort_entries()
        self._visible = self._matching(self._visible if narrowing else self._entries)
        shown = set(self._visible)
        self.changePersistentIndexList(
            persistent,
            [
                self.index(self._visible.index(entry), old.column())
                if entry in shown
                else QModelIndex()
                for old, entry in zip(persistent, held, strict=True)
            ],
        )
        self.layoutChanged.emit()
