"""A list to tick: people a contact is looked after by, or a note concerns."""

import uuid
from collections.abc import Collection, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


class Checklist(QStandardItemModel):
    """One checkable row per (id, label), ticked where the id is in `checked`."""

    def __init__(
        self,
        entries: Iterable[tuple[uuid.UUID, str]],
        checked: Collection[uuid.UUID],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        for entry_id, label in entries:
            item = QStandardItem(label)
            item.setData(entry_id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            ticked = entry_id in checked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.appendRow(item)

    def checked(self) -> list[uuid.UUID]:
        """The ticked ids, in list order."""
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.rowCount())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
