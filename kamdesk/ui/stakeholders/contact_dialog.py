"""Editing one customer contact: who they are, their level and buying role, how the
relationship stands, who on our side looks after them, and what the jour fixe learned."""

import dataclasses
import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QWidget,
)

from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.jour_fixe import JourFixeNote
from kamdesk.domain.stakeholders import (
    INTERVAL_MAX_DAYS,
    Attitude,
    BuyingRole,
    Contact,
    TeamMember,
)
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.labels import hierarchy_label
from kamdesk.i18n.stakeholder_words import attitude_label, role_label, section_label
from kamdesk.ui.widgets.checklist import Checklist
from kamdesk.ui.widgets.date_edit import DateField, chosen_dates_valid
from kamdesk.ui.widgets.form_width import open_wide_enough


def level_box(current: HierarchyLevel) -> QComboBox:
    box = QComboBox()
    for level in HierarchyLevel:
        box.addItem(hierarchy_label(level), level)
    box.setCurrentIndex(box.findData(current))
    return box


class ContactDialog(QDialog):
    def __init__(
        self,
        contact: Contact,
        team: list[TeamMember],
        counterparts: set[uuid.UUID],
        learnings: list[JourFixeNote],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        open_wide_enough(self)
        self.setWindowTitle(contact.name or self.tr("New contact"))
        self.contact = contact
        self.name = QLineEdit(contact.name)
        self.unit = QLineEdit(contact.unit)
        self.function = QLineEdit(contact.function)
        self.level = level_box(contact.level)
        self.role = QComboBox()
        for role in BuyingRole:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(contact.role))
        self.attitude = QComboBox()
        for attitude in Attitude:
            self.attitude.addItem(attitude_label(attitude), attitude)
        self.attitude.setCurrentIndex(self.attitude.findData(contact.attitude))
        self.quality = QComboBox()
        self.quality.addItem(self.tr("Not rated"), None)
        for value in range(1, 6):
            self.quality.addItem(f"{value} {'●' * value}", value)
        self.quality.setCurrentIndex(self.quality.findData(contact.quality))
        self.met = QCheckBox(self.tr("Met on"))
        self.last_contact = DateField(contact.last_contact_on or date.today())
        self.met.toggled.connect(self.last_contact.setEnabled)
        self.met.setChecked(contact.last_contact_on is not None)
        self.last_contact.setEnabled(self.met.isChecked())
        self.interval = QSpinBox()
        self.interval.setRange(0, INTERVAL_MAX_DAYS)
        self.interval.setSpecialValueText(self.tr("As the account"))
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setValue(contact.interval_days or 0)
        self.email = QLineEdit(contact.email)
        self.phone = QLineEdit(contact.phone)
        self.team = Checklist(
            ((m.id, f"{m.name} ({hierarchy_label(m.level)})") for m in team), counterparts, self
        )
        team_view = QListView()
        team_view.setModel(self.team)
        team_view.setMaximumHeight(130)
        met_row = QHBoxLayout()
        met_row.addWidget(self.met)
        met_row.addWidget(self.last_contact, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Function:"), self.function)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Buying role:"), self.role)
        form.addRow(self.tr("&Attitude:"), self.attitude)
        form.addRow(self.tr("Relationship &quality:"), self.quality)
        form.addRow(self.tr("Last contact:"), met_row)
        form.addRow(self.tr("Contact &interval:"), self.interval)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Looked after by:"), team_view)
        if learnings:
            form.addRow(self.tr("Learned in the jour fixe:"), _learnings_label(learnings))
        form.addRow(buttons)
        self.name.setFocus()

    def edited(self) -> Contact:
        return dataclasses.replace(
            self.contact,
            name=self.name.text(),
            unit=self.unit.text(),
            function=self.function.text(),
            level=self.level.currentData(),
            role=self.role.currentData(),
            attitude=self.attitude.currentData(),
            quality=self.quality.currentData(),
            last_contact_on=self._last_contact(),
            interval_days=self.interval.value() or None,
            email=self.email.text(),
            phone=self.phone.text(),
        )

    def accept(self) -> None:
        if chosen_dates_valid(self, self.last_contact):
            super().accept()

    def _last_contact(self) -> date | None:
        return self.last_contact.day() if self.met.isChecked() else None

    def counterparts(self) -> set[uuid.UUID]:
        return set(self.team.checked())


def _learnings_label(learnings: list[JourFixeNote]) -> QLabel:
    label = QLabel(
        "\n".join(
            f"{format_date(n.held_on)} · {section_label(n.section)}: {n.text}" for n in learnings
        )
    )
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
