"""The right side of the main window: the selected account's Overview, Status, Plan,
Stakeholders and Lifecycle. Only the Overview is built at start; each other tab is built (and
its code imported) the first time it is shown or asked for, so the window opens fast."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from kamdesk.domain.account import Account
from kamdesk.domain.reminders import ReminderKind
from kamdesk.ui.accounts.account_form import AccountForm

if TYPE_CHECKING:
    from kamdesk.services.workspace import Workspace
    from kamdesk.ui.groups.group_page import GroupPage
    from kamdesk.ui.lifecycle.lifecycle_page import LifecyclePage
    from kamdesk.ui.plan.annual_plan_page import AnnualPlanPage
    from kamdesk.ui.plan.key_figures_page import KeyFiguresPage
    from kamdesk.ui.plan.penetration_page import PenetrationPage
    from kamdesk.ui.plan.plan_pages import PlanPages
    from kamdesk.ui.plan.projects_page import ProjectsPage
    from kamdesk.ui.stakeholders.stakeholders_page import StakeholdersPage
    from kamdesk.ui.status.status_page import StatusPage


Tab = Literal["overview", "status", "plan", "stakeholders", "lifecycle", "group"]
AccountPart = tuple[Tab, str | None]  # a tab, and the part of it (its own tab) to bring up
PART_FOR_REMINDER: dict[ReminderKind, AccountPart] = {
    ReminderKind.STATUS_REVIEW: ("status", None),
    ReminderKind.VISIT: ("lifecycle", "visits"),
    ReminderKind.ACTION: ("plan", "annual_plan"),
    ReminderKind.COMPLAINT: ("lifecycle", "complaints"),
    ReminderKind.JOUR_FIXE: ("stakeholders", "jour_fixe"),
    ReminderKind.CONTACT: ("stakeholders", "contacts"),
}


class _PartedPage(Protocol):
    def show_part(self, part: Any) -> None: ...


@dataclass(frozen=True)
class _Built:
    page: QWidget
    attach: "Callable[[Workspace], None]"
    show: Callable[[Account], None]


class _Slot(QStackedWidget):
    """A tab's place, empty until its page is built."""

    def __init__(self, build: Callable[[], _Built]) -> None:
        super().__init__()
        self.build = build
        self.built: _Built | None = None

    @property
    def page(self) -> QWidget | None:
        return None if self.built is None else self.built.page


class AccountDetails(QTabWidget):
    account_changed = Signal(object)  # the id of an account whose status, score or figures moved
    failed = Signal(object)  # a KamdeskError to show
    exported = Signal(object)  # the Path of a document written
    noticed = Signal(str)  # a short message for the status bar
    account_requested = Signal(object, object)  # another account to show, and its AccountPart

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._workspace: Workspace | None = None
        self._account: Account | None = None
        self.form = AccountForm()
        self.nothing_selected = QLabel(
            self.tr("Select an account in the list, or create one with Ctrl+N.")
        )
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_selected.setWordWrap(True)
        self.overview = QStackedWidget()
        self.overview.addWidget(self.nothing_selected)
        self.overview.addWidget(self.form)
        self.addTab(self.overview, self.tr("Overview"))
        self._slots = {
            "status": _Slot(self._build_status),
            "plan": _Slot(self._build_plan),
            "stakeholders": _Slot(self._build_stakeholders),
            "lifecycle": _Slot(self._build_lifecycle),
            "group": _Slot(self._build_group),
        }
        titles = (
            self.tr("Status"),
            self.tr("Plan"),
            self.tr("Stakeholders"),
            self.tr("Lifecycle"),
            self.tr("Group"),
        )
        for slot, title in zip(self._slots.values(), titles, strict=True):
            slot.setEnabled(False)
            self.addTab(slot, title)
        self.currentChanged.connect(self._tab_shown)
        self.setTabVisible(self.indexOf(self._slots["group"]), False)

    # the pages, built on first use

    @property
    def status_page(self) -> "StatusPage":
        return cast("StatusPage", self._page("status"))

    @property
    def plan_pages(self) -> "PlanPages":
        return cast("PlanPages", self._page("plan"))

    @property
    def penetration(self) -> "PenetrationPage":
        return self.plan_pages.penetration

    @property
    def key_figures(self) -> "KeyFiguresPage":
        return self.plan_pages.key_figures

    @property
    def annual_plan(self) -> "AnnualPlanPage":
        return self.plan_pages.annual_plan

    @property
    def projects(self) -> "ProjectsPage":
        return self.plan_pages.projects

    @property
    def stakeholders(self) -> "StakeholdersPage":
        return cast("StakeholdersPage", self._page("stakeholders"))

    @property
    def lifecycle(self) -> "LifecyclePage":
        return cast("LifecyclePage", self._page("lifecycle"))

    @property
    def group_page(self) -> "GroupPage":
        return cast("GroupPage", self._page("group"))

    def _page(self, key: str) -> QWidget:
        slot = self._slots[key]
        if slot.built is None:
            slot.built = built = slot.build()
            slot.addWidget(built.page)
            if self._workspace is not None:
                built.attach(self._workspace)
            if self._account is not None:
                built.show(self._account)
        return slot.built.page

    def _tab_shown(self, index: int) -> None:
        slot = self.widget(index)
        if isinstance(slot, _Slot):
            self._page(next(k for k, s in self._slots.items() if s is slot))

    def _build_status(self) -> _Built:
        from kamdesk.ui.status.status_page import StatusPage

        page = StatusPage()
        page.status_changed.connect(self.account_changed)
        page.exported.connect(self.exported)
        page.failed.connect(self.failed)
        page.figures_wanted.connect(self.show_key_figures)
        return _Built(
            page,
            lambda services: page.attach(services.status, services.portfolio),
            lambda account: page.show_account(account.id, account.fields.name),
        )

    def _build_plan(self) -> _Built:
        from kamdesk.ui.plan.plan_pages import PlanPages

        page = PlanPages(self._undo_stack)
        page.figures_changed.connect(self.account_changed)
        page.failed.connect(self.failed)
        return _Built(
            page,
            lambda services: page.attach(services.plan, services.penetration),
            lambda account: page.show_account(account.id, account.fields.name),
        )

    def _build_stakeholders(self) -> _Built:
        from kamdesk.ui.stakeholders.stakeholders_page import StakeholdersPage

        page = StakeholdersPage(self._undo_stack)
        page.failed.connect(self.failed)
        page.exported.connect(self.exported)
        return _Built(
            page,
            lambda services: page.attach(services.stakeholders, services.jour_fixe),
            lambda account: page.show_account(account.id, account.fields.name),
        )

    def _build_lifecycle(self) -> _Built:
        from kamdesk.ui.lifecycle.lifecycle_page import LifecyclePage

        page = LifecyclePage(self._undo_stack)
        page.account_changed.connect(self.account_changed)
        page.action_added.connect(self._action_added)
        page.failed.connect(self.failed)
        return _Built(
            page,
            lambda services: page.attach(
                services.lifecycle, services.plan, services.briefing, services.stakeholders
            ),
            lambda account: page.show_account(account.id),
        )

    def _build_group(self) -> _Built:
        from kamdesk.ui.groups.group_page import GroupPage

        page = GroupPage()
        page.failed.connect(self.failed)
        page.account_requested.connect(self.account_requested)
        return _Built(
            page,
            lambda services: page.attach(services.groups, services.stakeholders),
            lambda account: page.show_account(account.id, self._live_group(account)),
        )

    def _live_group(self, account: Account) -> uuid.UUID | None:
        """The account's group, unless it is in the trash (then it has none)."""
        group_id = account.fields.group_id
        return group_id if group_id and self.form.group.name_of(group_id) else None

    def _in_a_group(self, account: Account | None) -> bool:
        """Whether the Group tab has something to show: a group, or the account is one."""
        if account is None:
            return False
        return self._live_group(account) is not None or bool(self.form.group.members_of(account.id))

    # showing

    def attach(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        for built in self._built():
            built.attach(workspace)

    def _built(self) -> list[_Built]:
        return [slot.built for slot in self._slots.values() if slot.built is not None]

    def show_account(self, account: Account | None) -> None:
        """Show the account on every built tab; raises KamdeskError when a part cannot be
        read."""
        self._account = account
        for slot in self._slots.values():
            slot.setEnabled(account is not None)
        grouped = self._in_a_group(account)
        self.setTabVisible(self.indexOf(self._slots["group"]), grouped)
        if account is None:
            self.overview.setCurrentWidget(self.nothing_selected)
            self.form.clear()
            return
        self.form.show_account(account)
        for key, slot in self._slots.items():
            if slot.built is not None and (key != "group" or grouped):
                slot.built.show(account)
        self.overview.setCurrentWidget(self.form)

    def shows(self, account_id: uuid.UUID) -> bool:
        return self.form.account is not None and self.form.account.id == account_id

    def setCurrentWidget(self, widget: QWidget) -> None:
        """A page lives inside its tab's slot: bring up the slot."""
        slot = next((s for s in self._slots.values() if s.page is widget), widget)
        super().setCurrentWidget(slot)

    def currentWidget(self) -> QWidget:
        current = super().currentWidget()
        return current.page if isinstance(current, _Slot) and current.page else current

    def show_part(self, part: AccountPart) -> None:
        """Bring up one tab, or one part of a tab, e.g. ("lifecycle", "visits")."""
        tab, inner = part
        page = self.overview if tab == "overview" else self._page(tab)
        self.setCurrentWidget(page)
        if inner is not None:
            cast("_PartedPage", page).show_part(inner)

    def show_page_for(self, kind: ReminderKind) -> None:
        """Bring up the tab where a reminder of this kind is dealt with."""
        self.show_part(PART_FOR_REMINDER[kind])

    def show_key_figures(self) -> None:
        """Where gate 2's hard figures are typed: the latest year's revenue, ready to edit."""
        self.show_part(("plan", "key_figures"))
        self.key_figures.edit_latest_year()
        self.noticed.emit(
            self.tr("Enter revenue, potential and margin, then run the selection funnel again.")
        )

    def visits_changed(self) -> None:
        """A visit was planned or its plan undone: the Visits list follows, once it is built."""
        if self._slots["lifecycle"].page is not None:
            self.lifecycle.visits.reload()

    def _action_added(self, title: str) -> None:
        if self.form.account is not None and self._slots["plan"].page is not None:
            self.annual_plan.show_account(self.form.account.id)
        self.noticed.emit(self.tr("“{title}” was added to the annual plan.").format(title=title))
