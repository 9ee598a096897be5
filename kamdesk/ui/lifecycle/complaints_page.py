"""An account's complaints: log, edit, resolve and remove them (undoably), with the time to
resolution per complaint and on average."""

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk.domain.complaints import Complaint
from kamdesk.i18n.formats import format_decimal
from kamdesk.ui.lifecycle.complaint_dialog import ComplaintDialog
from kamdesk.ui.lifecycle.lifecycle_models import TOPIC, ComplaintsModel
from kamdesk.ui.widgets.spreadsheet_view import read_only_view
from kamdesk.ui.widgets.undo_step import record_item_change

if TYPE_CHECKING:
    from kamdesk.services.lifecycle import Lifecycle, LifecycleService


class ComplaintsPage(QWidget):
    failed = Signal(object)
    complaints_changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._service: LifecycleService | None = None
        self._account_id: uuid.UUID | None = None
        self.model = ComplaintsModel(self)
        self.view = read_only_view(self.model, TOPIC, self.edit_selected)
        remove = QAction(self.tr("Remove complaint"), self.view)
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.view.addAction(remove)
        self.summary = QLabel()
        add = QPushButton(self.tr("&Log complaint…"))
        add.clicked.connect(self.add_complaint)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit_selected)
        remove_button = QPushButton(self.tr("Remove"))
        remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (add, edit, remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def attach(self, service: "LifecycleService") -> None:
        self._service = service

    def show_lifecycle(self, account_id: uuid.UUID, lifecycle: "Lifecycle") -> None:
        self._account_id = account_id
        self.model.today = date.today()
        self.model.warn_after_days = lifecycle.complaint_days
        self.model.set_rows(lifecycle.complaints)
        open_count = sum(c.is_open for c in lifecycle.complaints)
        average = lifecycle.average_resolution_days
        parts = [self.tr("%Ln open", "", open_count)]
        if average is not None:
            parts.append(
                self.tr("resolved in {days} days on average").format(
                    days=format_decimal(average, 1)
                )
            )
        self.summary.setText(
            " · ".join(parts)
            if lifecycle.complaints
            else self.tr("No complaints logged. Log one as soon as the customer complains.")
        )

    def add_complaint(self) -> None:
        self._edit(Complaint(uuid.uuid4(), date.today(), ""), is_new=True)

    def edit_selected(self) -> None:
        complaint = self._selected()
        if complaint is not None:
            self._edit(complaint, is_new=False)

    def remove_selected(self) -> None:
        complaint = self._selected()
        if complaint is not None:
            self._change(complaint, None, self.tr("Remove complaint"))

    def _selected(self) -> Complaint | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _edit(self, complaint: Complaint, *, is_new: bool) -> None:
        dialog = ComplaintDialog(complaint, self)
        if dialog.exec() and dialog.complaint != complaint:
            text = self.tr("Log complaint") if is_new else self.tr("Edit complaint")
            self._change(None if is_new else complaint, dialog.complaint, text)

    def _change(self, before: Complaint | None, after: Complaint | None, text: str) -> None:
        service, account_id = self._service, self._account_id
        if service is None or account_id is None:
            return
        record_item_change(
            self._undo_stack,
            text,
            before,
            after,
            lambda complaint: service.save_complaint(account_id, complaint),
            lambda complaint: service.remove_complaint(complaint.id),
            self.failed.emit,
            then=self.complaints_changed.emit,
        )
