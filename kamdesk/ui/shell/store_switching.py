"""File › New empty store… and File › Open store…: another folder's store, in a window of its
own (a kamdesk started on that folder), so that this window and its store stay as they are.
A store already open elsewhere comes to the front instead (kamdesk's one window per store)."""

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kamdesk.files.location import store_path


class StoreSwitching(QObject):
    noticed = Signal(str)

    def __init__(self, window: QWidget, data_dir: Path) -> None:
        super().__init__(window)
        self._window, self._data_dir = window, data_dir
        self.new_action = QAction(self.tr("New empty &store…"), window)
        self.new_action.triggered.connect(self.new_store)
        self.open_action = QAction(self.tr("&Open store…"), window)
        self.open_action.triggered.connect(self.open_store)

    def actions(self) -> list[QAction]:
        return [self.new_action, self.open_action]

    def new_store(self) -> None:
        folder = self._folder(self.tr("Folder for the new store"))
        if folder is None:
            return
        if store_path(folder).exists():
            QMessageBox.information(
                self._window,
                self.tr("New empty store"),
                self.tr("{folder} holds a store already; it opens in its own window.").format(
                    folder=folder
                ),
            )
        self._launch(folder)

    def open_store(self) -> None:
        folder = self._folder(self.tr("Folder of the store to open"))
        if folder is None:
            return
        if not store_path(folder).exists():
            answer = QMessageBox.question(
                self._window,
                self.tr("Open store"),
                self.tr("{folder} holds no kamdesk store. Make an empty one there?").format(
                    folder=folder
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._launch(folder)

    def _folder(self, title: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self._window, title, str(self._data_dir.parent))
        return Path(chosen) if chosen else None

    def _launch(self, folder: Path) -> None:
        if folder.resolve() == self._data_dir.resolve():
            self.noticed.emit(self.tr("This window holds that store."))
            return
        program, arguments = kamdesk_command(["--data-dir", str(folder)])
        if QProcess.startDetached(program, arguments)[0]:
            self.noticed.emit(
                self.tr("{folder} opens in a window of its own.").format(folder=folder)
            )
        else:
            self.noticed.emit(
                self.tr("kamdesk could not be started for {folder}.").format(folder=folder)
            )


def kamdesk_command(arguments: list[str]) -> tuple[str, list[str]]:
    """How to start this kamdesk again: the bundle's own program, or this Python with the
    package (whichever way this one was started)."""
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return sys.executable, ["-m", "kamdesk", *arguments]
