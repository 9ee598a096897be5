"""The Stakeholders tab of an account: the map with its findings, the contacts as a list, and
the jour fixe. Contacts are added, edited, imported and linked here; everything is undoable."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.documents.stakeholder_map import StakeholderScene
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.stakeholders import INTERVAL_MAX_DAYS, Contact, Link
from kamdesk.ui.stakeholders.contact_dialog import ContactDialog
from kamdesk.ui.stakeholders.contact_export import export_contacts
from kamdesk.ui.stakeholders.contact_importing import ContactImporting
from kamdesk.ui.stakeholders.jour_fixe_page import JourFixePage
from kamdesk.ui.stakeholders.map_export import export_map
from kamdesk.ui.stakeholders.stakeholder_models import (
    COUNTERPARTS,
    NAME,
    SORT_ROLE,
    TEXT,
    ContactsModel,
    FindingsModel,
)
from kamdesk.ui.stakeholders.stakeholder_view import StakeholderView
from kamdesk.ui.stakeholders.team_dialog import TeamDialog
from kamdesk.ui.widgets.empty_hint import EmptyHint
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view
from kamdesk.ui.widgets.undo_step import record_change

if TYPE_CHECKING:
    from kamdesk.services.jour_fixe import JourFixeService
    from kamdesk.services.stakeholders import StakeholderMap, StakeholderService


@dataclass(frozen=True)
class _Services:
    stakeholders: "StakeholderService"
    jour_fixe: "JourFixeService"


class StakeholdersPage(QWidget):
    failed = Signal(object)  # a KamdeskError to show
    exported = Signal(object)  # the Path of the contacts written

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._services: _Services | None = None
        self.importing = ContactImporting(self, undo_stack, self.reload)
        self.importing.failed.connect(self.failed)
        self._account: tuple[uuid.UUID, str] | None = None
        self.stakeholders: StakeholderMap | None = None
        self.scene = StakeholderScene(self)
        self.map_view = StakeholderView(self.scene)
        self.map_view.contact_clicked.connect(self.edit_contact)
        self.map_view.link_dropped.connect(lambda c, m: self.link(Link(c, m)))
        self.findings = FindingsModel(self)
        self.findings_view = spreadsheet_view(self.findings, TEXT)
        self.findings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings_view.setWordWrap(True)
        self.findings_view.horizontalHeader().hide()
        self.findings_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.findings_view.doubleClicked.connect(self._open_finding)
        self.apply_button = QPushButton(self.tr("Apply suggestion"))
        self.apply_button.clicked.connect(self.apply_suggestion)
        self.apply_button.setEnabled(False)  # offered for a finding it can fix
        self.findings_view.selectionModel().selectionChanged.connect(self._offer_suggestion)
        self.findings.modelReset.connect(self._offer_suggestion)
        self.contacts = ContactsModel(self)
        self.sorted_contacts = QSortFilterProxyModel(self)
        self.sorted_contacts.setSourceModel(self.contacts)
        self.sorted_contacts.setSortRole(SORT_ROLE)
        self.sorted_contacts.setFilterKeyColumn(-1)
        self.sorted_contacts.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.contacts_view = spreadsheet_view(self.sorted_contacts, COUNTERPARTS)
        self.contacts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_view.setSortingEnabled(True)
        self.contacts_view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.contacts_view.doubleClicked.connect(
            lambda index: self.edit_contact(self._contact_at(index).id)
        )
        self.jour_fixe = JourFixePage(undo_stack)
        self.jour_fixe.failed.connect(self.failed)
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.interval = QSpinBox()
        self.interval.setRange(0, INTERVAL_MAX_DAYS)
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setToolTip(self.tr("How often the important people should be met"))
        self.interval.editingFinished.connect(self._interval_edited)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._map_page(), self.tr("Map"))
        self.pages.addTab(self._contacts_page(), self.tr("Contacts"))
        self.pages.addTab(self.jour_fixe, self.tr("Jour fixe"))
        self.body = EmptyHint(
            self.pages,
            self.tr(
                "No contacts yet. Add the customer's people with “Add contact”, or import the "
                "vCards or CSV file your mail program exports."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.body, 1)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.contacts_view)
        delete.activated.connect(self.remove_selected_contact)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add contact"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_button.setToolTip(self.tr("Add a contact (Ctrl+Shift+N)"))
        self.add_button.clicked.connect(self.add_contact)
        bar.addWidget(self.add_button)
        for text, slot in (
            (self.tr("Import contacts…"), self.import_contacts),
            (self.tr("Export contacts…"), self.export_contacts),
            (self.tr("Our team…"), self.edit_team),
            (self.tr("Export map…"), self.export_map),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch()
        bar.addWidget(self.coverage)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Contact interval:")))
        bar.addWidget(self.interval)
        return bar

    def _map_page(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Findings")))
        column.addWidget(self.findings_view, 1)
        column.addWidget(self.apply_button)
        hint = QLabel(
            self.tr(
                "Drag a colleague onto a contact to assign them. Click a contact to edit it. "
                "Ctrl+wheel zooms, Ctrl+0 fits."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("secondaryText")
        column.addWidget(hint)
        # The map is the page's main view: the whole width, the findings below it.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.map_view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        self.map_view.setMinimumHeight(line * 12)
        side.setMinimumHeight(line * 8)
        splitter.setSizes([line * 30, line * 14])  # shares of the height, kept when resized
        return splitter

    def _contacts_page(self) -> QWidget:
        search = QLineEdit()
        search.setPlaceholderText(self.tr("Filter contacts"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self.sorted_contacts.setFilterFixedString)
        remove = QPushButton(self.tr("Remove contact"))
        remove.clicked.connect(self.remove_selected_contact)
        bar = QHBoxLayout()
        bar.addWidget(search, 1)
        bar.addWidget(remove)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.contacts_view, 1)
        return page

    def attach(self, stakeholders: "StakeholderService", jour_fixe: "JourFixeService") -> None:
        self._services = _Services(stakeholders, jour_fixe)
        self.jour_fixe.attach(jour_fixe, stakeholders)

    def show_part(self, part: Literal["map", "contacts", "jour_fixe"]) -> None:
        self.pages.setCurrentIndex(("map", "contacts", "jour_fixe").index(part))

    def show_account(self, account_id: uuid.UUID, name: str) -> None:
        first = self._account is None or self._account[0] != account_id
        self._account = (account_id, name)
        self.reload()
        self.jour_fixe.show_account(account_id)
        if first:
            self.map_view.fit()

    def reload(self) -> None:
        if self._services is None or self._account is None:
            return
        stakeholders = self._services.stakeholders.stakeholder_map(self._account[0], date.today())
        self.stakeholders = stakeholders
        self.scene.show_map(stakeholders)
        self.findings.show_map(stakeholders)
        self.contacts.show_map(stakeholders)
        self.body.show_content(bool(stakeholders.contacts))
        coverage = stakeholders.analysis.coverage
        self.coverage.setText(
            self.tr("Coverage: {coverage}").format(
                coverage="–" if coverage is None else f"{coverage:.0%}"
            )
        )
        self.coverage.setToolTip(
            self.tr(
                "Share of decision makers, influencers and purchasers with a counterpart on "
                "their level"
            )
        )
        self.interval.blockSignals(True)
        self.interval.setValue(stakeholders.interval_days)
        self.interval.blockSignals(False)

    # contacts

    def _contact_at(self, index: QModelIndex) -> Contact:
        return self.contacts.rows[self.sorted_contacts.mapToSource(index).row()]

    def add_contact(self) -> None:
        self._open_contact(Contact(uuid.uuid4(), ""), is_new=True)

    def edit_contact(self, contact_id: uuid.UUID) -> None:
        contacts = {c.id: c for c in self.stakeholders.contacts} if self.stakeholders else {}
        if contact_id in contacts:
            self._open_contact(contacts[contact_id], is_new=False)

    def _open_contact(self, contact: Contact, is_new: bool) -> None:
        services, account, stakeholders = self._services, self._account, self.stakeholders
        if services is None or account is None or stakeholders is None:
            return
        linked = {m.id for m in stakeholders.counterparts(contact.id)}
        learnings = [] if is_new else services.jour_fixe.learnings(account[0], contact.id)
        dialog = ContactDialog(contact, stakeholders.members, linked, learnings, self)
        if not dialog.exec():
            return
        service = services.stakeholders
        after, chosen = dialog.edited(), dialog.counterparts()

        def put(state: Contact | None, members: set[uuid.UUID]) -> Callable[[], None]:
            def run() -> None:
                if state is None:
                    service.remove_contacts([contact.id])
                    return
                service.save_contact(account[0], state)
                for member_id in linked | chosen:
                    service.set_link(Link(contact.id, member_id), member_id in members)

            return run

        record_change(
            self._undo_stack,
            self.tr("Add contact") if is_new else self.tr("Edit contact"),
            put(after, chosen),
            put(None if is_new else contact, linked),
            self.failed.emit,
            then=self.reload,
        )

    def remove_selected_contact(self) -> None:
        services, rows = self._services, self.contacts_view.selectionModel().selectedRows()
        if services is None or not rows:
            return
        ids = [self._contact_at(rows[0]).id]
        service = services.stakeholders
        record_change(
            self._undo_stack,
            self.tr("Remove contact"),
            lambda: service.remove_contacts(ids),
            lambda: service.restore_contacts(ids),
            self.failed.emit,
            then=self.reload,
        )

    def link(self, link: Link, text: str = "") -> None:
        self._link_all([link], text or self.tr("Assign counterpart"))

    def _link_all(self, links: list[Link], text: str) -> None:
        """Assign counterparts in one undoable step."""
        if self._services is None or self.stakeholders is None:
            return
        new = [link for link in links if link not in self.stakeholders.links]
        if not new:
            return
        service = self._services.stakeholders

        def put(linked: bool) -> None:
            for link in new:
                service.set_link(link, linked=linked)

        record_change(
            self._undo_stack,
            text,
            lambda: put(True),
            lambda: put(False),
            self.failed.emit,
            then=self.reload,
        )

    def _suggested_links(self) -> list[Link]:
        """What the selected finding's suggestion assigns: its contact, or for a level with no
        link every contact on that level, to the suggested colleague."""
        rows = self.findings_view.selectionModel().selectedRows()
        if not rows or self.stakeholders is None:
            return []
        finding = self.findings.rows[rows[0].row()]
        if finding.suggestion is None:
            return []
        if finding.contact_id is not None:
            return [Link(finding.contact_id, finding.suggestion)]
        return [
            Link(contact.id, finding.suggestion)
            for contact in self.stakeholders.contacts
            if finding.level is not None and contact.level == finding.level
        ]

    def apply_suggestion(self) -> None:
        self._link_all(self._suggested_links(), self.tr("Apply suggestion"))

    def _offer_suggestion(self) -> None:
        self.apply_button.setEnabled(bool(self._suggested_links()))

    def _open_finding(self, index: QModelIndex) -> None:
        finding = self.findings.rows[index.row()]
        if finding.contact_id is not None:
            card = self.scene.contact_cards.get(finding.contact_id)
            if card is not None:
                self.map_view.centerOn(card)
            self.edit_contact(finding.contact_id)

    def _interval_edited(self) -> None:
        services, account, stakeholders = self._services, self._account, self.stakeholders
        if services is None or account is None or stakeholders is None:
            return
        days, before = self.interval.value() or None, stakeholders.own_interval_days
        if days == stakeholders.interval_days:
            return
        service = services.stakeholders
        record_change(
            self._undo_stack,
            self.tr("Change contact interval"),
            lambda: service.set_contact_interval(account[0], days),
            lambda: service.set_contact_interval(account[0], before),
            self.failed.emit,
            then=self.reload,
        )

    # team, import, export

    def edit_team(self) -> None:
        if self._services is None:
            return
        dialog = TeamDialog(self._services.stakeholders, self._undo_stack, self.failed.emit, self)
        dialog.team_changed.connect(self.reload)
        dialog.exec()

    def import_contacts(self) -> None:
        services, account, stakeholders = self._services, self._account, self.stakeholders
        if services is None or account is None or stakeholders is None:
            return
        known = {c.id: c.name for c in stakeholders.contacts}
        self.importing.start(services.stakeholders, account[0], known)

    def export_contacts(self) -> None:
        if self._services is not None and self._account is not None:
            services, done, failed = self._services, self.exported.emit, self.failed.emit
            export_contacts(self, services.stakeholders, self._account, done, failed)

    def export_map(self) -> None:
        if self._account is None:
            return
        try:
            export_map(self, self.scene, self._account[1])
        except KamdeskError as error:
            self.failed.emit(error)
