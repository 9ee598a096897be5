"""The stakeholders of a whole corporate group on one map: every member's contacts with the
member's name on their card, the match analysed across the group, a filter for one member.
A map to read: a click on a contact opens it at its own account, where it is edited."""

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kamdesk.documents.stakeholder_map import StakeholderScene
from kamdesk.domain.groups import GroupRollUp, Member
from kamdesk.ui.stakeholders.stakeholder_view import StakeholderView

if TYPE_CHECKING:
    from kamdesk.services.stakeholders import StakeholderMap, StakeholderService


class GroupStakeholders(QWidget):
    account_requested = Signal(object, object)  # account id, ("stakeholders", None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: StakeholderService | None = None
        self._roll_up: GroupRollUp | None = None
        self.stakeholders: StakeholderMap | None = None
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Whose stakeholders"))
        self.member.activated.connect(self._refresh)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.scene = StakeholderScene(self)
        self.map_view = StakeholderView(self.scene, linking=False)
        self.map_view.contact_clicked.connect(self._open_contact)
        row = QHBoxLayout()
        shown = QLabel(self.tr("&Show:"))
        shown.setBuddy(self.member)
        row.addWidget(shown)
        row.addWidget(self.member)
        row.addWidget(self.findings, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.map_view, 1)

    def attach(self, service: "StakeholderService") -> None:
        self._service = service

    def show_roll_up(self, roll_up: GroupRollUp) -> None:
        """The group's map; the member filter kept where the same member is still there."""
        chosen = self.member.currentData()
        self._roll_up = roll_up
        self.member.clear()
        self.member.addItem(self.tr("The whole group"), None)
        for member in roll_up.members:
            self.member.addItem(member.name, member.id)
        self.member.setCurrentIndex(max(0, self.member.findData(chosen)))
        self._refresh()

    def _refresh(self) -> None:
        if self._service is None or self._roll_up is None:
            return
        chosen = self.member.currentData()
        labels = _short_labels(self._roll_up.members)
        shown = {m.id: labels[m.id] for m in self._roll_up.members if chosen in (None, m.id)}
        self.stakeholders = self._service.joint_map(shown, date.today())
        self.scene.show_map(self.stakeholders)
        self.map_view.fit()
        contacts = len(self.stakeholders.contacts)
        findings = len(self.stakeholders.analysis.findings)
        self.findings.setText(
            self.tr("%Ln contact(s)", "", contacts)
            + " · "
            + self.tr("%Ln finding(s) of the match analysis", "", findings)
            if contacts
            else self.tr("No contacts yet: add them on each member's Stakeholders tab.")
        )

    def _open_contact(self, contact_id: uuid.UUID) -> None:
        if self.stakeholders is not None and contact_id in self.stakeholders.owners:
            owner = self.stakeholders.owners[contact_id]
            self.account_requested.emit(owner.account_id, ("stakeholders", None))


def _short_labels(members: tuple[Member, ...]) -> dict[uuid.UUID, str]:
    """What a card says of its account: the member's country, which tells subsidiaries apart
    in a few letters, unless two share it; then the name."""
    countries = [m.country for m in members]
    unique = {c for c in countries if c and countries.count(c) == 1}
    return {m.id: m.country if m.country in unique else m.name for m in members}
