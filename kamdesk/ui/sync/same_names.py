"""Accounts two laptops made under one name, shown beside the sync conflicts: every edit of
either still works; renaming one (or deleting the twin) ends the pair everywhere with the next
sync."""

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk.domain.account import AccountSummary
from kamdesk.i18n.labels import status_level_label
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import read_only_view


class SameNameModel(ListTableModel[AccountSummary]):
    NAME, STATUS, OWNER, INDUSTRY = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Status"), self.tr("Owner"), self.tr("Industry"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        account = self.rows[index.row()]
        return (
            account.name,
            status_level_label(account.status_level),
            account.owner,
            account.industry,
        )[index.column()]


class SameNames(QWidget):
    """Hidden while no two accounts share a name."""

    rename_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SameNameModel(self)
        self.view = read_only_view(self.model, SameNameModel.INDUSTRY, self._open)
        heading = QLabel(
            self.tr(
                "These accounts share a name: a colleague and you each created one. Open one "
                "and rename it, or delete the one you do not need; the next sync tells the team."
            )
        )
        heading.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open to &rename"))
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def show_accounts(self, accounts: list[AccountSummary]) -> None:
        self.model.set_rows(accounts)
        self.setVisible(bool(accounts))
        if accounts and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def _open(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            self.rename_requested.emit(self.model.rows[row].id)
