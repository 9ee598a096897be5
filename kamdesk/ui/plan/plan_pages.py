"""The account's Plan tab: penetration plan, key figures and margin, annual plan, projects."""

import uuid
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from kamdesk.ui.plan.annual_plan_page import AnnualPlanPage
from kamdesk.ui.plan.key_figures_page import KeyFiguresPage
from kamdesk.ui.plan.penetration_page import PenetrationPage
from kamdesk.ui.plan.projects_page import ProjectsPage

if TYPE_CHECKING:
    from kamdesk.services.penetration import PenetrationService
    from kamdesk.services.plan import PlanService

PlanPart = Literal["penetration", "key_figures", "annual_plan", "projects"]


class PlanPages(QTabWidget):
    figures_changed = Signal(object)  # the account whose key figures moved
    failed = Signal(object)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.penetration = PenetrationPage(undo_stack)
        self.key_figures = KeyFiguresPage(undo_stack)
        self.key_figures.figures_changed.connect(self.figures_changed)
        self.annual_plan = AnnualPlanPage(undo_stack)
        self.projects = ProjectsPage(undo_stack)
        for page, title in (
            (self.penetration, self.tr("Penetration plan")),
            (self.key_figures, self.tr("Key figures and margin")),
            (self.annual_plan, self.tr("Annual plan")),
            (self.projects, self.tr("Joint projects")),
        ):
            page.failed.connect(self.failed)
            self.addTab(page, title)

    def attach(self, plan: "PlanService", penetration: "PenetrationService") -> None:
        for page in (self.key_figures, self.annual_plan, self.projects):
            page.attach(plan)
        self.penetration.attach(penetration)

    def show_part(self, part: PlanPart) -> None:
        self.setCurrentWidget(getattr(self, part))

    def show_account(self, account_id: uuid.UUID, name: str) -> None:
        for page in (self.key_figures, self.annual_plan, self.projects):
            page.show_account(account_id)
        self.penetration.show_account(account_id, name)
