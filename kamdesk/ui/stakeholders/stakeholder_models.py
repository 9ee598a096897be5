"""The stakeholder lists: the account's contacts with their counterparts, and the findings of
the match analysis with their suggested fixes."""

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kamdesk.documents.stakeholder_map import FINDING_COLOURS
from kamdesk.domain.hierarchy_match import Finding
from kamdesk.domain.stakeholders import Contact
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.labels import hierarchy_label
from kamdesk.i18n.stakeholder_words import (
    attitude_label,
    finding_text,
    role_label,
    suggestion_text,
)
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel

if TYPE_CHECKING:
    from kamdesk.services.stakeholders import StakeholderMap

NAME, UNIT, FUNCTION, LEVEL, ROLE, ATTITUDE, QUALITY, LAST_CONTACT, COUNTERPARTS = range(9)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactsModel(ListTableModel[Contact]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stakeholders: StakeholderMap | None = None
        self._flagged: set[uuid.UUID] = set()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Function"),
            self.tr("Level"),
            self.tr("Buying role"),
            self.tr("Attitude"),
            self.tr("Quality"),
            self.tr("Last contact"),
            self.tr("Counterparts"),
        )

    def show_map(self, stakeholders: "StakeholderMap") -> None:
        self.stakeholders = stakeholders
        self._flagged = {f.contact_id for f in stakeholders.analysis.findings if f.contact_id}
        self.set_rows(stakeholders.contacts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(contact, column)
        if role == SORT_ROLE:
            return self._sort_key(contact, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == NAME:
            return QColor("#c62828") if contact.id in self._flagged else None
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and contact.id in self._flagged:
            return self.tr("The match analysis has a finding for this contact.")
        return None

    def _text(self, contact: Contact, column: int) -> str:
        if column == COUNTERPARTS:
            if self.stakeholders is None:
                return ""
            return ", ".join(m.name for m in self.stakeholders.counterparts(contact.id))
        return {
            NAME: contact.name,
            UNIT: contact.unit,
            FUNCTION: contact.function,
            LEVEL: hierarchy_label(contact.level),
            ROLE: role_label(contact.role),
            ATTITUDE: attitude_label(contact.attitude),
            QUALITY: "" if contact.quality is None else "●" * contact.quality,
            LAST_CONTACT: format_date(contact.last_contact_on),
        }[column]

    def _sort_key(self, contact: Contact, column: int) -> Any:
        if column == LEVEL:
            return contact.level.rank
        if column == ROLE:
            return contact.role.rank
        if column == QUALITY:
            return contact.quality or 0
        if column == LAST_CONTACT:
            return contact.last_contact_on.toordinal() if contact.last_contact_on else 0
        return self._text(contact, column).casefold()


TEXT = 0


class FindingsModel(ListTableModel[Finding]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[uuid.UUID, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Finding and suggested fix"),)

    def show_map(self, stakeholders: "StakeholderMap") -> None:
        self.names = stakeholders.names
        self.set_rows(list(stakeholders.analysis.findings))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            fix = suggestion_text(finding, self.names)
            return f"{finding_text(finding, self.names)}\n→ {fix}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(FINDING_COLOURS[finding.kind])
        return None
