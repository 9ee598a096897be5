"""File › Restore from backup…: the store's backups, newest first (daily ones, those before an
upgrade or a restore, the ones the user made), or any other backup file the user picks."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.backups import Backup
from kamdesk.i18n.formats import format_moment
from kamdesk.i18n.labels import backup_reason_label
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import read_only_view

TAKEN, REASON, FILE = range(3)


class BackupListModel(ListTableModel[Backup]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Taken"), self.tr("Why"), self.tr("File"))

    def row_key(self, row: Backup) -> object:
        return row.path

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self.rows[index.row()]
        return {
            TAKEN: taken_text(backup),
            REASON: backup_reason_label(backup.reason),
            FILE: backup.path.name,
        }[index.column()]


def taken_text(backup: Backup) -> str:
    return format_moment(backup.taken_at.astimezone())


class RestoreDialog(QDialog):
    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(760, 420)
        self.chosen: Path | None = None
        self.model = BackupListModel(self)
        self.model.set_rows(backups)
        self.view = read_only_view(self.model, FILE, opened=self._restore_selected)
        hint = QLabel(
            self.tr(
                "The store becomes the backup you choose; the store as it is now is backed up "
                "first. After the next sync, what your team changed since is here again."
            )
        )
        hint.setWordWrap(True)
        empty = QLabel(self.tr("No backups yet. kamdesk makes one each day you work with it."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = QStackedWidget()
        pages.addWidget(self.view)
        pages.addWidget(empty)
        pages.setCurrentIndex(0 if backups else 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_selected)
        other = buttons.addButton(self.tr("&Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.view.selectionModel().hasSelection())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(pages, 1)
        layout.addWidget(buttons)

    def _restore_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.chosen = self.model.rows[rows[0].row()].path
            self.accept()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            "",
            self.tr("kamdesk backups (*.sqlite3);;All files (*)"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()
