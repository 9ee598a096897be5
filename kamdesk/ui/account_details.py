"""The right side of the main window: the selected account's Overview, Status, Plan,
Stakeholders and Lifecycle."""

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from kamdesk.domain.account import Account
from kamdesk.domain.reminders import ReminderKind
from kamdesk.ui.account_form import AccountForm
from kamdesk.ui.annual_plan_page import AnnualPlanPage
from kamdesk.ui.lifecycle_page import LifecyclePage
from kamdesk.ui.penetration_page import PenetrationPage
from kamdesk.ui.plan_tab import PlanTab
from kamdesk.ui.projects_page import ProjectsPage
from kamdesk.ui.stakeholders_page import StakeholdersPage
from kamdesk.ui.status_tab import StatusTab

if TYPE_CHECKING:
    from kamdesk.services.workspace import Workspace


class AccountDetails(QTabWidget):
    account_changed = Signal(object)  # the id of an account whose status, score or figures moved
    failed = Signal(object)  # a KamdeskError to show
    exported = Signal(object)  # the Path of a document written
    noticed = Signal(str)  # a short message for the status bar

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = AccountForm()
        self.nothing_selected = QLabel(
            self.tr("Select an account in the list, or create one with Ctrl+N.")
        )
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_selected.setWordWrap(True)
        self.overview = QStackedWidget()
        self.overview.addWidget(self.nothing_selected)
        self.overview.addWidget(self.form)
        self.status_tab = StatusTab()
        self.status_tab.status_changed.connect(self.account_changed)
        self.status_tab.exported.connect(self.exported)
        self.plan_tab = PlanTab(undo_stack)
        self.plan_tab.figures_changed.connect(self.account_changed)
        self.annual_plan = AnnualPlanPage(undo_stack)
        self.projects = ProjectsPage(undo_stack)
        self.penetration = PenetrationPage(undo_stack)
        self.stakeholders = StakeholdersPage(undo_stack)
        self.lifecycle = LifecyclePage(undo_stack)
        self.lifecycle.account_changed.connect(self.account_changed)
        self.lifecycle.action_added.connect(self._action_added)
        pages = (
            self.status_tab,
            self.plan_tab,
            self.annual_plan,
            self.projects,
            self.penetration,
            self.stakeholders,
            self.lifecycle,
        )
        for page in pages:
            page.failed.connect(self.failed)
        self.plan_pages = QTabWidget()
        self.plan_pages.setDocumentMode(True)
        self.plan_pages.addTab(self.penetration, self.tr("Penetration plan"))
        self.plan_pages.addTab(self.plan_tab, self.tr("Key figures and margin"))
        self.plan_pages.addTab(self.annual_plan, self.tr("Annual plan"))
        self.plan_pages.addTab(self.projects, self.tr("Joint projects"))
        self.addTab(self.overview, self.tr("Overview"))
        self.addTab(self.status_tab, self.tr("Status"))
        self.addTab(self.plan_pages, self.tr("Plan"))
        self.addTab(self.stakeholders, self.tr("Stakeholders"))
        self.addTab(self.lifecycle, self.tr("Lifecycle"))

    def attach(self, workspace: "Workspace") -> None:
        self.status_tab.attach(workspace.status)
        for page in (self.plan_tab, self.annual_plan, self.projects):
            page.attach(workspace.plan)
        self.penetration.attach(workspace.penetration)
        self.stakeholders.attach(workspace)
        self.lifecycle.attach(workspace)

    def show_account(self, account: Account | None) -> None:
        """Show the account on every tab; raises KamdeskError when a part cannot be read."""
        shown = account is not None
        self.status_tab.setEnabled(shown)
        self.plan_pages.setEnabled(shown)
        self.stakeholders.setEnabled(shown)
        self.lifecycle.setEnabled(shown)
        if account is None:
            self.overview.setCurrentWidget(self.nothing_selected)
            self.form.clear()
            return
        self.form.show_account(account)
        self.status_tab.show_account(account.id, account.fields.name)
        for page in (self.plan_tab, self.annual_plan, self.projects):
            page.show_account(account.id)
        self.penetration.show_account(account.id, account.fields.name)
        self.stakeholders.show_account(account.id, account.fields.name)
        self.lifecycle.show_account(account.id)
        self.overview.setCurrentWidget(self.form)

    def shows(self, account_id: uuid.UUID) -> bool:
        return self.form.account is not None and self.form.account.id == account_id

    def show_page_for(self, kind: ReminderKind) -> None:
        """Bring up the tab where a reminder of this kind is dealt with."""
        match kind:
            case ReminderKind.STATUS_REVIEW:
                self.setCurrentWidget(self.status_tab)
            case ReminderKind.VISIT:
                self.setCurrentWidget(self.lifecycle)
                self.lifecycle.pages.setCurrentWidget(self.lifecycle.visits)
            case ReminderKind.ACTION:
                self.setCurrentWidget(self.plan_pages)
                self.plan_pages.setCurrentWidget(self.annual_plan)
            case ReminderKind.COMPLAINT:
                self.setCurrentWidget(self.lifecycle)
                self.lifecycle.pages.setCurrentWidget(self.lifecycle.complaints)
            case ReminderKind.JOUR_FIXE:
                self.setCurrentWidget(self.stakeholders)
                self.stakeholders.pages.setCurrentWidget(self.stakeholders.jour_fixe)
            case ReminderKind.CONTACT:
                self.setCurrentWidget(self.stakeholders)
                self.stakeholders.pages.setCurrentIndex(1)  # the contacts list

    def _action_added(self, title: str) -> None:
        if self.form.account is not None:
            self.annual_plan.show_account(self.form.account.id)
        self.noticed.emit(self.tr("“{title}” was added to the annual plan.").format(title=title))
