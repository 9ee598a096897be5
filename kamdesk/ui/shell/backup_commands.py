"""File › Back up… and File › Restore from backup…: on the worker, with the result said in
the status bar. A restore clears the undo history: its steps were made on another store."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.ui.shell.restore_dialog import RestoreDialog
from kamdesk.ui.widgets.remembered_folder import remember_folder, remembered_folder
from kamdesk.ui.widgets.worker import run_with_progress

if TYPE_CHECKING:
    from kamdesk.services.backups import BackupService

BACKUP_FOLDER_KEY = "backups/folder"


class BackupCommands(QObject):
    restored = Signal()  # the store is another now: everything shown may differ
    noticed = Signal(str)
    failed = Signal(object)

    def __init__(
        self, window: QWidget, undo_stack: QUndoStack, backups: "Callable[[], BackupService]"
    ) -> None:
        super().__init__(window)
        self._window, self._undo_stack, self._backups = window, undo_stack, backups
        self.back_up_action = QAction(self.tr("&Back up…"), window)
        self.back_up_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.triggered.connect(self.restore)

    def actions(self) -> list[QAction]:
        return [self.back_up_action, self.restore_action]

    def back_up(self) -> None:
        backups = self._backups()
        name = self.tr("kamdesk-backup-{when}.sqlite3").format(
            when=datetime.now().strftime("%Y-%m-%d-%H%M")
        )
        folder = remembered_folder(BACKUP_FOLDER_KEY)
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back up the store"),
            str(Path(folder) / name),
            self.tr("kamdesk backups (*.sqlite3)"),
        )
        if not path:
            return
        remember_folder(BACKUP_FOLDER_KEY, path)

        def done(written: Path) -> None:
            self.noticed.emit(self.tr("The store was backed up to {path}.").format(path=written))

        run_with_progress(
            self._window,
            self.tr("Backing up…"),
            lambda _: backups.back_up(Path(path)),
            done,
            self.failed.emit,
        )

    def restore(self) -> None:
        backups = self._backups()
        dialog = RestoreDialog(backups.listed(), self._window)
        if not dialog.exec() or dialog.chosen is None:
            return
        chosen = dialog.chosen

        def done(before: Path) -> None:
            self._undo_stack.clear()
            self.restored.emit()
            self.noticed.emit(
                self.tr(
                    "The store is now the backup {backup}. The store as it was is kept as "
                    "{before} (File › Restore from backup… lists it)."
                ).format(backup=chosen.name, before=before.name)
            )

        run_with_progress(
            self._window,
            self.tr("Restoring…"),
            lambda _: backups.restore(chosen),
            done,
            self.failed.emit,
        )
