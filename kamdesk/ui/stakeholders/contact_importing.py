"""Import contacts: choose a vCard or CSV file, preview what it holds against the account's
contacts, and import what the user chose as one undoable step."""

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.domain.contact_import import DuplicatePolicy, ImportRow
from kamdesk.domain.errors import KamdeskError
from kamdesk.ui.stakeholders.contact_import_dialog import ContactImportDialog
from kamdesk.ui.widgets.remembered_folder import remember_folder, remembered_folder
from kamdesk.ui.widgets.undo_step import record_change

if TYPE_CHECKING:
    from kamdesk.services.stakeholders import ImportResult, StakeholderService

IMPORT_FOLDER = "contacts/folder"


class ContactImporting(QObject):
    failed = Signal(object)  # a KamdeskError to show

    def __init__(self, page: QWidget, undo_stack: QUndoStack, imported: Callable[[], None]) -> None:
        super().__init__(page)
        self._page, self._undo_stack, self._imported = page, undo_stack, imported

    def start(
        self, service: "StakeholderService", account_id: uuid.UUID, known: dict[uuid.UUID, str]
    ) -> None:
        """Ask for the file, then preview it; `known` names the account's contacts by id."""
        path, _ = QFileDialog.getOpenFileName(
            self._page,
            self.tr("Import contacts"),
            remembered_folder(IMPORT_FOLDER),
            self.tr("Contacts (*.vcf *.vcard *.csv);;All files (*)"),
        )
        if not path:
            return
        remember_folder(IMPORT_FOLDER, path)
        try:
            preview = service.preview_import(account_id, Path(path))
        except KamdeskError as error:
            self.failed.emit(error)
            return
        dialog = ContactImportDialog(preview, known, Path(path).name, self._page)
        if dialog.exec():
            self.run(service, account_id, dialog.rows(), dialog.policy())

    def run(
        self,
        service: "StakeholderService",
        account_id: uuid.UUID,
        rows: list[ImportRow],
        policy: DuplicatePolicy,
    ) -> None:
        """One undoable step: undo removes the new contacts and restores the merged ones."""
        done: list[ImportResult] = []

        def run() -> None:
            if done:
                service.redo_import(account_id, done[0])
            else:
                done.append(service.import_contacts(account_id, rows, policy))

        record_change(
            self._undo_stack,
            self.tr("Import contacts"),
            run,
            lambda: service.undo_import(account_id, done[0]),
            self.failed.emit,
            then=self._imported,
        )
