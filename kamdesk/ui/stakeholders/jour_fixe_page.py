"""The customer jour fixe of an account: when the team meets, and what it learned about the
customer's needs, satisfaction, ideas and developments, linked to the people concerned."""

import dataclasses
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.jour_fixe import INTERVAL_MAX_WEEKS, JourFixe, JourFixeNote, NoteSection
from kamdesk.domain.stakeholders import Contact
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.stakeholder_words import section_label
from kamdesk.ui.widgets.checklist import Checklist
from kamdesk.ui.widgets.date_edit import DateField, chosen_dates_valid
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view
from kamdesk.ui.widgets.undo_step import record_change, record_item_change

if TYPE_CHECKING:
    from kamdesk.services.jour_fixe import JourFixeService
    from kamdesk.services.stakeholders import StakeholderService

HELD_ON, SECTION, TEXT, CONCERNS = range(4)


class NotesModel(ListTableModel[JourFixeNote]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[uuid.UUID, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Section"), self.tr("Note"), self.tr("Concerns"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        note = self.rows[index.row()]
        return {
            HELD_ON: format_date(note.held_on),
            SECTION: section_label(note.section),
            TEXT: note.text if role == Qt.ItemDataRole.ToolTipRole else note.text.split("\n")[0],
            CONCERNS: ", ".join(self.names.get(c, "?") for c in note.contact_ids),
        }[index.column()]


class NoteDialog(QDialog):
    def __init__(
        self, note: JourFixeNote, contacts: list[Contact], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jour-fixe note"))
        self.resize(520, 460)
        self.note = note
        self.held_on = DateField(note.held_on)
        self.section = QComboBox()
        for section in NoteSection:
            self.section.addItem(section_label(section), section)
        self.section.setCurrentIndex(self.section.findData(note.section))
        self.text = QPlainTextEdit(note.text)
        self.people = Checklist(((c.id, c.name) for c in contacts), note.contact_ids, self)
        people_view = QListView()
        people_view.setModel(self.people)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Section:"), self.section)
        form.addRow(self.tr("&Note:"), self.text)
        form.addRow(self.tr("&Concerns:"), people_view)
        form.addRow(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        if chosen_dates_valid(self, self.held_on):
            super().accept()

    def edited(self) -> JourFixeNote:
        concerned = tuple(self.people.checked())
        return dataclasses.replace(
            self.note,
            held_on=self.held_on.day(),
            section=self.section.currentData(),
            text=self.text.toPlainText(),
            contact_ids=concerned,
        )


class JourFixePage(QWidget):
    failed = Signal(object)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._service: JourFixeService | None = None
        self._people: StakeholderService | None = None
        self._account_id: uuid.UUID | None = None
        self.meeting: JourFixe | None = None
        self.schedule = QLabel()
        self.weeks = QSpinBox()
        self.weeks.setRange(1, INTERVAL_MAX_WEEKS)
        self.weeks.setPrefix(self.tr("every "))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.editingFinished.connect(self._schedule_edited)
        self.next_on = DateField(date.today())
        self.next_on.editing_finished.connect(self._schedule_edited)
        self.set_up = QPushButton(self.tr("Set up jour fixe"))
        self.set_up.clicked.connect(self.start_meeting)
        self.held = QPushButton(self.tr("Held today"))
        self.held.setToolTip(self.tr("Moves the next date one interval on"))
        self.held.clicked.connect(self.mark_held)
        self.end = QPushButton(self.tr("End jour fixe"))
        self.end.clicked.connect(lambda: self._change_meeting(None, self.tr("End jour fixe")))
        self.model = NotesModel(self)
        self.view = spreadsheet_view(self.model, TEXT)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda index: self.edit_note(self.model.rows[index.row()]))
        add = QPushButton(self.tr("Add note"))
        add.clicked.connect(self.add_note)
        remove = QPushButton(self.tr("Remove note"))
        remove.clicked.connect(self.remove_selected_note)
        top = QHBoxLayout()
        for widget in (self.schedule, self.weeks, self.next_on, self.set_up, self.held, self.end):
            top.addWidget(widget)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(add)
        bottom.addWidget(remove)
        bottom.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def attach(self, service: "JourFixeService", people: "StakeholderService") -> None:
        self._service, self._people = service, people

    def show_account(self, account_id: uuid.UUID) -> None:
        self._account_id = account_id
        self._reload()

    def _reload(self) -> None:
        if self._service is None or self._people is None or self._account_id is None:
            return
        self.meeting = self._service.meeting(self._account_id)
        self.model.names = {c.id: c.name for c in self._people.contacts(self._account_id)}
        self.model.set_rows(self._service.notes(self._account_id))
        has_meeting = self.meeting is not None
        for widget in (self.weeks, self.next_on, self.held, self.end):
            widget.setVisible(has_meeting)
        self.set_up.setVisible(not has_meeting)
        if self.meeting is None:
            self.schedule.setText(self.tr("No recurring jour fixe for this account."))
            return
        self.schedule.setText(self.tr("Jour fixe"))
        for widget in (self.weeks, self.next_on):
            widget.blockSignals(True)
        self.weeks.setValue(self.meeting.interval_weeks)
        self.next_on.set_date(self.meeting.next_on or date.today())
        for widget in (self.weeks, self.next_on):
            widget.blockSignals(False)

    def start_meeting(self) -> None:
        self._change_meeting(JourFixe(4, date.today()), self.tr("Set up jour fixe"))

    def mark_held(self) -> None:
        if self.meeting is not None:
            self._change_meeting(self.meeting.held(date.today()), self.tr("Jour fixe held"))

    def _schedule_edited(self) -> None:
        if self.meeting is None:
            return
        edited = JourFixe(self.weeks.value(), self.next_on.day())
        if edited != self.meeting:
            self._change_meeting(edited, self.tr("Change jour fixe"))

    def _change_meeting(self, after: JourFixe | None, text: str) -> None:
        service, account_id, before = self._service, self._account_id, self.meeting
        if service is None or account_id is None:
            return
        record_change(
            self._undo_stack,
            text,
            lambda: service.save_meeting(account_id, after),
            lambda: service.save_meeting(account_id, before),
            self.failed.emit,
            then=self._reload,
        )

    def add_note(self) -> None:
        self._open_note(JourFixeNote(uuid.uuid4(), date.today(), NoteSection.NEEDS, ""), None)

    def edit_note(self, note: JourFixeNote) -> None:
        self._open_note(note, note)

    def _open_note(self, note: JourFixeNote, before: JourFixeNote | None) -> None:
        if self._people is None or self._account_id is None:
            return
        dialog = NoteDialog(note, self._people.contacts(self._account_id), self)
        if dialog.exec():
            text = self.tr("Add note") if before is None else self.tr("Edit note")
            self._change_note(before, dialog.edited(), text)

    def remove_selected_note(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._change_note(self.model.rows[rows[0].row()], None, self.tr("Remove note"))

    def _change_note(
        self, before: JourFixeNote | None, after: JourFixeNote | None, text: str
    ) -> None:
        service, account_id = self._service, self._account_id
        if service is None or account_id is None:
            return

        record_item_change(
            self._undo_stack,
            text,
            before,
            after,
            lambda note: service.save_note(account_id, note),
            lambda note: service.remove_note(note.id),
            self.failed.emit,
            then=self._reload,
        )
