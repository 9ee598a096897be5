"""Deleted accounts, to restore one."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.account import AccountSummary
from kamdesk.ui.accounts.account_table_model import AccountTableModel


class TrashDialog(QDialog):
    """Deleted accounts, with Restore. Deleted rows stay as tombstones for sync."""

    def __init__(self, deleted: list[AccountSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        self.restored_id: uuid.UUID | None = None
        self.model = AccountTableModel(self)
        self.model.set_summaries(deleted)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.restore_selected)
        empty = QLabel(self.tr("The trash is empty."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = QStackedWidget()
        pages.addWidget(self.table)
        pages.addWidget(empty)
        pages.setCurrentIndex(0 if deleted else 1)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.table.selectionModel().hasSelection())
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(pages)
        layout.addWidget(buttons)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restored_id = self.model.account_id(rows[0].row())
            self.accept()
