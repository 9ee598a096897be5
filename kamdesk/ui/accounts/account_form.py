"""The Overview tab: edit an account's fields, with validation and explicit save/revert."""

import uuid
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.account import (
    NAME_MAX,
    NUMBER_MAX,
    SHORT_TEXT_MAX,
    VAT_ID_MAX,
    Account,
    AccountFields,
)
from kamdesk.domain.classification import Scope, Segment, StatusLevel
from kamdesk.i18n.formats import format_moment
from kamdesk.i18n.labels import field_label, scope_label, segment_label, status_level_label
from kamdesk.ui.accounts.group_field import GroupField


def _enum_combo(members: Sequence[StrEnum], label: Callable[[Any], str]) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(label(member), member)
    return combo


class AccountForm(QWidget):
    save_requested = Signal(object, object)  # account id, AccountFields
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account: Account | None = None
        self._dirty = False
        self.title = QLabel()
        self.title.setObjectName("accountTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timestamps = QLabel()
        self.timestamps.setObjectName("secondaryText")
        self.name = QLineEdit(maxLength=NAME_MAX)
        self.industry = QLineEdit(maxLength=SHORT_TEXT_MAX)
        self.country = QLineEdit(maxLength=SHORT_TEXT_MAX)
        self.customer_number = QLineEdit(maxLength=NUMBER_MAX)
        self.vat_id = QLineEdit(maxLength=VAT_ID_MAX)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.segment = _enum_combo(list(Segment), segment_label)
        self.status_level = _enum_combo(list(StatusLevel), status_level_label)
        self.scope = _enum_combo(list(Scope), scope_label)
        self.owner = QLineEdit(maxLength=SHORT_TEXT_MAX)
        self.group = GroupField()
        self.group.textEdited.connect(self._mark_dirty)
        self.members = QLabel()
        self.members.setWordWrap(True)
        self.members.setObjectName("secondaryText")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.private_notes = QPlainTextEdit()
        self.private_notes.setTabChangesFocus(True)
        self.private_notes.setPlaceholderText(self.tr("Only on this computer: never synced"))
        self.private_notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes not saved yet"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.submit)
        self.revert_button.clicked.connect(self.revert)
        self.name.returnPressed.connect(self.submit)
        self._layout()
        for line in self._lines():
            line.textEdited.connect(self._mark_dirty)
        for text in (self.address, self.notes, self.private_notes):
            text.textChanged.connect(self._mark_dirty)
        for combo in (self.segment, self.status_level, self.scope):
            combo.activated.connect(self._mark_dirty)
        self._set_dirty(False)

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for widget_name in (
            "name",
            "industry",
            "country",
            "address",
            "customer_number",
            "vat_id",
            "segment",
            "status_level",
            "scope",
            "owner",
            "group",
            "notes",
            "private_notes",
        ):
            label = QLabel(field_label(widget_name) + ":")
            widget = getattr(self, widget_name)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if widget_name == "group":
                form.addRow("", self.members)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.timestamps)
        layout.addSpacing(8)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def account(self) -> Account | None:
        return self._account

    def is_dirty(self) -> bool:
        return self._dirty

    def show_account(self, account: Account) -> None:
        self._account = account
        f = account.fields
        self.title.setText(f.name)
        created, updated = format_moment(account.created_at), format_moment(account.updated_at)
        self.timestamps.setText(
            self.tr("Created {created} · last changed {updated}").format(
                created=created, updated=updated
            )
        )
        for line, text in zip(self._lines(), self._line_texts(f), strict=True):
            line.setText(text)
        for plain, text in (
            (self.address, f.address),
            (self.notes, f.notes),
            (self.private_notes, f.private_notes),
        ):
            plain.blockSignals(True)
            plain.setPlainText(text)
            plain.blockSignals(False)
        for combo, value in (
            (self.segment, f.segment),
            (self.status_level, f.status_level),
            (self.scope, f.scope),
        ):
            combo.setCurrentIndex(combo.findData(value))
        self.group.setText(self.group.name_of(f.group_id))
        members = self.group.members_of(account.id)
        self.members.setText(
            self.tr("Group account of: {members}").format(members=", ".join(members))
        )
        self.members.setVisible(bool(members))
        self.show_error("")
        self._set_dirty(False)

    def _lines(self) -> tuple[QLineEdit, ...]:
        return (
            self.name,
            self.industry,
            self.country,
            self.customer_number,
            self.vat_id,
            self.owner,
        )

    @staticmethod
    def _line_texts(f: AccountFields) -> tuple[str, ...]:
        return (f.name, f.industry, f.country, f.customer_number, f.vat_id, f.owner)

    def clear(self) -> None:
        self._account = None
        self._set_dirty(False)

    def fields(self) -> AccountFields:
        return AccountFields(
            name=self.name.text(),
            industry=self.industry.text(),
            country=self.country.text(),
            address=self.address.toPlainText(),
            customer_number=self.customer_number.text(),
            vat_id=self.vat_id.text(),
            # Qt hands enum members back as plain strings: make them members again.
            segment=Segment(self.segment.currentData()),
            status_level=StatusLevel(self.status_level.currentData()),
            scope=Scope(self.scope.currentData()),
            owner=self.owner.text(),
            notes=self.notes.toPlainText(),
            private_notes=self.private_notes.toPlainText(),
            group_id=self._group_id(),
        )

    def _group_id(self) -> uuid.UUID | None:
        """The group named; while the name is no account's, the group as it was."""
        typed = self.group.typed_group()
        if isinstance(typed, str):
            return None if self._account is None else self._account.fields.group_id
        return typed

    def submit(self) -> None:
        if self._account is None or not self._dirty:
            return
        typed = self.group.typed_group()
        if isinstance(typed, str):
            self.show_error(self.tr("No account is called “{name}”.").format(name=typed))
            self.group.setFocus()
            return
        self.save_requested.emit(self._account.id, self.fields())

    def revert(self) -> None:
        if self._account is not None:
            self.show_account(self._account)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def focus_name(self) -> None:
        self.name.setFocus()
        self.name.selectAll()

    def _mark_dirty(self) -> None:
        if self._account is not None:
            named = self.group.text().strip() != self.group.name_of(self._account.fields.group_id)
            self._set_dirty(named or self.fields() != self._account.fields)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
