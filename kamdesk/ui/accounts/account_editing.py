"""Saving, creating and deleting the account on the form, with the questions they ask: the
reason for a new status, what to do with changes that cannot be saved, whether to delete."""

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import KamdeskError
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.messages import error_message
from kamdesk.ui.accounts.account_editor import AccountEditor
from kamdesk.ui.accounts.account_form import AccountForm

if TYPE_CHECKING:
    from kamdesk.services.accounts import AccountService


class AccountEditing(QObject):
    noticed = Signal(str, int)  # a message for the status bar, how long it shows (ms)
    failed = Signal(object)  # a KamdeskError to show

    def __init__(
        self,
        window: QWidget,
        editor: AccountEditor,
        form: AccountForm,
        accounts: Callable[[], "AccountService"],
    ) -> None:
        super().__init__(window)
        self._window, self._editor, self._form, self._accounts = window, editor, form, accounts
        form.save_requested.connect(self.save)

    def settle(self) -> bool:
        """Save pending edits; if they cannot be saved, ask whether to discard them."""
        form = self._form
        account = form.account
        if account is None or not form.is_dirty():
            return True
        if self.save(account.id, form.fields()):
            return True
        answer = QMessageBox.warning(
            self._window,
            self.tr("Unsaved changes"),
            self.tr("The changes to “{name}” cannot be saved: {reason}\n\nDiscard them?").format(
                name=account.fields.name, reason=form.error.text()
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            form.revert()
            return True
        return False

    def save(self, account_id: uuid.UUID, fields: AccountFields) -> bool:
        reason = ""
        shown = self._form.account
        if shown is not None and fields.status_level != shown.fields.status_level:
            reason, confirmed = QInputDialog.getText(
                self._window,
                self.tr("Change of status"),
                self.tr(
                    "Why does the status change to “{level}”? The reason goes into the "
                    "status history."
                ).format(level=status_level_label(fields.status_level)),
            )
            if not confirmed:
                return False
        try:
            self._editor.update(account_id, fields, reason)
        except KamdeskError as error:
            self._form.show_error(error_message(error))
            return False
        self.noticed.emit(self.tr("Saved."), 3000)
        return True

    def create(self) -> uuid.UUID | None:
        """A new account under a name not taken yet; None when it could not be made."""
        name = self._accounts().unused_name(self.tr("New account"))
        try:
            return self._editor.create(AccountFields(name=name)).id
        except KamdeskError as error:
            self.failed.emit(error)
            return None

    def delete_shown(self) -> bool:
        """Delete the account on the form once the user said yes; whether it went."""
        account = self._form.account
        if account is None:
            return False
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete account"),
            self.tr(
                "Delete “{name}”?\n\nYou can undo this with Ctrl+Z or restore the account "
                "from the trash."
            ).format(name=account.fields.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._form.revert()
        try:
            self._editor.delete(account.id)
        except KamdeskError as error:
            self.failed.emit(error)
            return False
        self.noticed.emit(self.tr("Deleted “{name}”.").format(name=account.fields.name), 5000)
        return True
