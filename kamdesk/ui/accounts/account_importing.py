"""File › Import accounts…: choose a list, read it on the worker, say what the columns mean
where kamdesk cannot tell (remembered for lists with the same columns), preview every row,
import in one transaction on the worker, and put the import on the undo stack."""

import hashlib
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QStyle, QWidget

from kamdesk.domain.account_columns import Meaning, header_key, meaning_from_text, meaning_text
from kamdesk.domain.account_import import ImportChoice
from kamdesk.i18n.formats import decimal_point
from kamdesk.ui.accounts.account_import_dialog import (
    MAPPING_WANTED,
    SHEET_WANTED,
    AccountImportDialog,
)
from kamdesk.ui.accounts.column_mapping_dialog import ColumnMappingDialog
from kamdesk.ui.widgets.remembered_folder import remember_folder, remembered_folder
from kamdesk.ui.widgets.undo_step import DoneStep
from kamdesk.ui.widgets.worker import Progress, run_with_progress

if TYPE_CHECKING:
    from kamdesk.services.account_import import (
        AccountImportPreview,
        AccountImportResult,
        AccountImportService,
    )

IMPORT_FOLDER = "accounts/import-folder"
MAPPINGS = "accounts/import-mappings"  # a group of settings: header set → mapping


class AccountImporting(QObject):
    imported = Signal()  # accounts were created or changed, or an import was undone
    noticed = Signal(str)
    failed = Signal(object)

    def __init__(self, window: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window, self._undo_stack = window, undo_stack
        self._service: AccountImportService | None = None
        self.import_action = QAction(self.tr("&Import accounts…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setIcon(
            window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder)
        )
        self.import_action.triggered.connect(self.start)

    def attach(self, service: "AccountImportService") -> None:
        self._service = service

    @property
    def service(self) -> "AccountImportService":
        assert self._service is not None, "the store is not open yet"
        return self._service

    def start(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import accounts"),
            remembered_folder(IMPORT_FOLDER),
            self.tr("Account lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
        )
        if path:
            remember_folder(IMPORT_FOLDER, path)
            self.open_file(Path(path))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Read and preview the list on the worker; a remembered mapping is used."""
        service, point = self.service, decimal_point()

        def work(report: Progress) -> "AccountImportPreview":
            table = service.read(path, point, sheet)
            return service.plan(path, table, remembered_mapping(table.headers), progress=report)

        text = self.tr("Reading {file}…").format(file=path.name)
        self._in_background(text, work, self._review)

    def _review(self, preview: "AccountImportPreview") -> None:
        if preview.needs_mapping:
            self._map(preview)
            return
        dialog = AccountImportDialog(preview, self._window)
        result = dialog.exec()
        if result == QDialog.DialogCode.Accepted:
            self._import(preview, dialog.choice())
        elif result == MAPPING_WANTED:
            self._map(preview)
        elif result == SHEET_WANTED:
            self.open_file(preview.path, dialog.chosen_sheet)

    def _map(self, preview: "AccountImportPreview") -> None:
        last_year = date.today().year - 1
        dialog = ColumnMappingDialog(preview.table, preview.columns, last_year, self._window)
        if not dialog.exec():
            return
        mapping = dialog.mapping()
        remember_mapping(preview.headers, mapping)
        service = self.service

        def work(report: Progress) -> "AccountImportPreview":
            return service.plan(preview.path, preview.table, mapping, progress=report)

        self._in_background(self.tr("Reading the rows again…"), work, self._review)

    def _import(self, preview: "AccountImportPreview", choice: ImportChoice) -> None:
        service = self.service

        def work(_: Progress) -> "AccountImportResult":
            return service.import_accounts(preview, choice)

        def done(result: "AccountImportResult") -> None:
            self._undo_stack.push(
                DoneStep(
                    self.tr("Import accounts from {file}").format(file=preview.path.name),
                    self._then(lambda: service.redo(result)),
                    self._then(lambda: service.undo(result), self._undone_notice(result)),
                    self.failed.emit,
                )
            )
            self.imported.emit()
            self.noticed.emit(
                self.tr("{new} accounts created, {updated} updated.").format(
                    new=len(result.created), updated=len(result.updated)
                )
            )

        text = self.tr("Importing from {file}…").format(file=preview.path.name)
        self._in_background(text, work, done)

    def _then(self, action: Callable[[], None], notice: str = "") -> Callable[[], None]:
        def run() -> None:
            action()
            self.imported.emit()
            if notice:
                self.noticed.emit(notice)

        return run

    def _undone_notice(self, result: "AccountImportResult") -> str:
        if not result.created:
            return ""
        return self.tr("The import is undone; its new accounts are in the Trash.")

    def _in_background(
        self, text: str, work: Callable[[Progress], Any], done: Callable[[Any], None]
    ) -> None:
        """One reading or import at a time: the command waits for the one running."""
        self.import_action.setEnabled(False)

        def finished(result: object) -> None:
            self.import_action.setEnabled(True)
            done(result)

        def failed(error: Exception) -> None:
            self.import_action.setEnabled(True)
            self.failed.emit(error)

        run_with_progress(self._window, text, work, finished, failed)


def _settings_key(headers: tuple[str, ...] | list[str]) -> str:
    """Lists with the same columns, in any order, share a mapping."""
    keys = "\n".join(sorted(header_key(h) for h in headers))
    return f"{MAPPINGS}/{hashlib.sha256(keys.encode()).hexdigest()[:24]}"


def remembered_mapping(headers: list[str]) -> dict[str, Meaning] | None:
    """The mapping the user gave for a list with these columns, if any (a damaged setting
    counts as none)."""
    stored = QSettings().value(_settings_key(headers))
    if not isinstance(stored, str):
        return None
    try:
        return {key: meaning_from_text(text) for key, text in json.loads(stored).items()}
    except (ValueError, AttributeError, TypeError):
        return None


def remember_mapping(headers: tuple[str, ...], mapping: dict[str, Meaning]) -> None:
    texts = {key: meaning_text(meaning) for key, meaning in mapping.items()}
    QSettings().setValue(_settings_key(headers), json.dumps(texts, ensure_ascii=False))
