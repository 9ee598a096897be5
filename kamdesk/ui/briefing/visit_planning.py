"""Prepare visit: the dialog for the account on show, and the visit it plans as an undoable
change."""

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from kamdesk.domain.briefing import VisitPlan
from kamdesk.ui.widgets.undo_step import DoneStep

if TYPE_CHECKING:
    from kamdesk.services.briefing import BriefingService
    from kamdesk.services.stakeholders import StakeholderService


class VisitPlanning(QObject):
    noticed = Signal(str, int)  # a message for the status bar, how long it shows (ms)
    failed = Signal(object)  # a KamdeskError to show

    def __init__(
        self,
        window: QWidget,
        undo_stack: QUndoStack,
        visits_changed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window, self._undo_stack, self._visits_changed = window, undo_stack, visits_changed
        self._services: tuple[BriefingService, StakeholderService] | None = None

    def attach(self, briefing: "BriefingService", stakeholders: "StakeholderService") -> None:
        self._services = briefing, stakeholders

    def prepare(self, account_id: uuid.UUID, name: str) -> None:
        from kamdesk.ui.briefing.visit_dialog import VisitDialog  # now and then: on demand

        assert self._services is not None, "visits are planned in an open store"
        dialog = VisitDialog(*self._services, account_id, name, self._window)
        dialog.visit_saved.connect(lambda visit_id, plan: self._planned(account_id, visit_id, plan))
        dialog.exported.connect(
            lambda path: self.noticed.emit(
                self.tr("Briefing saved as {path}.").format(path=path), 8000
            )
        )
        dialog.failed.connect(self.failed)
        dialog.exec()

    def _planned(self, account_id: uuid.UUID, visit_id: uuid.UUID, plan: VisitPlan) -> None:
        """Planning a visit is undoable like any other change."""
        assert self._services is not None
        briefing, changed = self._services[0], self._visits_changed

        def replan() -> None:
            briefing.plan_visit(account_id, visit_id, plan)
            changed()

        def unplan() -> None:
            briefing.remove_visit(visit_id)
            changed()

        self._undo_stack.push(DoneStep(self.tr("Plan visit"), replan, unplan, self.failed.emit))
        changed()
