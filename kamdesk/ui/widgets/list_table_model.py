"""The shared shape of kamdesk's small table models: one row per item of a list, translated
column headers. Subclasses say what the headers are and what each cell shows."""

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ListTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._headers: tuple[str, ...] | None = None

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _header_texts(self) -> tuple[str, ...]:
        """Translated once: views ask for headers thousands of times while laying out."""
        if self._headers is None:
            self._headers = self.headers()
        return self._headers

    def row_key(self, row: Row) -> object:
        """What makes a row the same item when the list is read again: its id, where it has
        one (a subclass names another key); None, and the list is shown anew."""
        return getattr(row, "id", None)

    def set_rows(self, rows: list[Row]) -> None:
        """New rows; the same items as before keep their places and only their cells change,
        so that a list re-read after an edit neither re-sorts under the user's cursor nor
        closes the editor the user is tabbing into."""
        if self._same_items(rows):
            by_key = {self.row_key(row): row for row in rows}
            self.rows = [by_key[self.row_key(row)] for row in self.rows]
            if rows:
                last = self.index(len(rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _same_items(self, rows: list[Row]) -> bool:
        if len(rows) != len(self.rows) or (rows and self.row_key(rows[0]) is None):
            return False  # 50,000 reminders have no id: no key is read for them
        keys = [self.row_key(row) for row in rows]
        return (
            None not in keys
            and len(set(keys)) == len(keys) == len(self.rows)
            and set(keys) == {self.row_key(row) for row in self.rows}
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header_texts())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._header_texts()[section]
        return None
