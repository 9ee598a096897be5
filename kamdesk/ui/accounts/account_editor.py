"""Every change to an account goes through here, so that each one can be undone (Ctrl+Z)."""

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kamdesk.domain.account import Account, AccountFields
from kamdesk.domain.status_review import Reason
from kamdesk.ui.widgets.undo_step import DoneStep

if TYPE_CHECKING:  # the services pull in SQLAlchemy; the window shows before they load
    from kamdesk.services.accounts import AccountService


class AccountEditor(QObject):
    account_changed = Signal(object)  # the UUID of an account created, edited, deleted, restored
    undo_failed = Signal(object)  # a KamdeskError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attached: AccountService | None = None
        self.undo_stack = QUndoStack(self)

    def attach(self, service: "AccountService") -> None:
        self._attached = service

    @property
    def _service(self) -> "AccountService":
        assert self._attached is not None, "the store is not open yet"
        return self._attached

    def create(self, fields: AccountFields) -> Account:
        account = self._service.create(fields)
        self._push(
            self.tr("Create “{name}”").format(name=account.fields.name),
            account.id,
            redo=lambda: self._service.restore(account.id),
            undo=lambda: self._service.delete(account.id),
        )
        return account

    def update(self, account_id: uuid.UUID, fields: AccountFields, reason: str = "") -> Account:
        before = self._service.get(account_id).fields
        account = self._service.update(account_id, fields, reason)
        self._push(
            self.tr("Edit “{name}”").format(name=account.fields.name),
            account_id,
            redo=lambda: self._service.update(account_id, account.fields, reason),
            undo=lambda: self._service.update(account_id, before, Reason.UNDONE),
        )
        return account

    def delete(self, account_id: uuid.UUID) -> None:
        name = self._service.get(account_id).fields.name
        self._service.delete(account_id)
        self._push(
            self.tr("Delete “{name}”").format(name=name),
            account_id,
            redo=lambda: self._service.delete(account_id),
            undo=lambda: self._service.restore(account_id),
        )

    def restore(self, account_id: uuid.UUID, name: str) -> None:
        self._service.restore(account_id)
        self._push(
            self.tr("Restore “{name}”").format(name=name),
            account_id,
            redo=lambda: self._service.restore(account_id),
            undo=lambda: self._service.delete(account_id),
        )

    def _push(
        self,
        text: str,
        account_id: uuid.UUID,
        redo: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        def announce(action: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                action()
                self.account_changed.emit(account_id)

            return run

        self.undo_stack.push(DoneStep(text, announce(redo), announce(undo), self.undo_failed.emit))
        self.account_changed.emit(account_id)
