"""The Lifecycle tab: the relationship's phase and how it got there, the warning signals and
the move to "endangered" they propose, the phase's playbook, the complaints and the visits."""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.annual_plan import Action
from kamdesk.domain.lifecycle import PLAYBOOK, Phase
from kamdesk.domain.warning_signals import SignalKind
from kamdesk.i18n.lifecycle_words import phase_label, play_text, signal_text
from kamdesk.ui.lifecycle.complaints_page import ComplaintsPage
from kamdesk.ui.lifecycle.lifecycle_models import REASON, HistoryModel, PlaybookModel
from kamdesk.ui.lifecycle.phase_dialog import PhaseDialog
from kamdesk.ui.lifecycle.visits_page import VisitsPage
from kamdesk.ui.widgets.spreadsheet_view import read_only_view
from kamdesk.ui.widgets.undo_step import record_change

if TYPE_CHECKING:
    from kamdesk.services.briefing import BriefingService
    from kamdesk.services.lifecycle import Lifecycle, LifecycleService
    from kamdesk.services.plan import PlanService
    from kamdesk.services.stakeholders import StakeholderService


@dataclass(frozen=True)
class _Services:
    lifecycle: "LifecycleService"
    plan: "PlanService"


class LifecyclePage(QWidget):
    account_changed = Signal(object)  # the phase moved: the list shows it
    failed = Signal(object)
    action_added = Signal(str)  # the title of a playbook action put into the plan

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._services: _Services | None = None
        self._account_id: uuid.UUID | None = None
        self.lifecycle: Lifecycle | None = None
        self.phase_label = QLabel()
        self.phase_label.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.change_button = QPushButton(self.tr("Change &phase…"))
        self.change_button.clicked.connect(self.change_phase)
        self.competitors = QCheckBox(self.tr("The customer is talking to &competitors"))
        self.competitors.clicked.connect(self._competitors_clicked)
        self.proposal = self._proposal_banner()
        self.history = HistoryModel(self)
        history_view = read_only_view(self.history, REASON)
        self.playbook = PlaybookModel(self)
        self.playbook_view = read_only_view(self.playbook, 0, self.add_play_to_plan)
        self.add_to_plan = QPushButton(self.tr("&Add to plan"))
        self.add_to_plan.clicked.connect(self.add_play_to_plan)
        self.complaints = ComplaintsPage(undo_stack)
        self.complaints.failed.connect(self.failed)
        self.complaints.complaints_changed.connect(self._reload)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._playbook_page(), self.tr("Playbook"))
        self.pages.addTab(history_view, self.tr("History"))
        self.pages.addTab(self.complaints, self.tr("Complaints"))
        self.visits = VisitsPage(undo_stack)
        self.visits.failed.connect(self.failed)
        self.pages.addTab(self.visits, self.tr("Visits"))
        header = QHBoxLayout()
        header.addWidget(self.phase_label)
        header.addStretch()
        header.addWidget(self.competitors)
        header.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.proposal)
        layout.addWidget(self.pages, 1)

    def _proposal_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("proposal")
        banner.setStyleSheet(
            "#proposal { background: #fff4e5; border: 1px solid #f0b429; border-radius: 4px }"
        )
        self.signals_label = QLabel()
        self.signals_label.setWordWrap(True)
        self.signals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_button = QPushButton(self.tr("Move to “endangered”"))
        self.confirm_button.clicked.connect(self.confirm_endangered)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss_proposal)
        buttons = QVBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch()
        layout = QHBoxLayout(banner)
        layout.addWidget(self.signals_label, 1)
        layout.addLayout(buttons)
        return banner

    def _playbook_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr("What helps in this phase. Add an action to the annual plan with its due date.")
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.add_to_plan)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.playbook_view, 1)
        return page

    def attach(
        self,
        lifecycle: "LifecycleService",
        plan: "PlanService",
        briefing: "BriefingService",
        stakeholders: "StakeholderService",
    ) -> None:
        self._services = _Services(lifecycle, plan)
        self.complaints.attach(lifecycle)
        self.visits.attach(briefing, stakeholders)

    def show_part(self, part: Literal["playbook", "history", "complaints", "visits"]) -> None:
        self.pages.setCurrentIndex(("playbook", "history", "complaints", "visits").index(part))

    def show_account(self, account_id: uuid.UUID) -> None:
        self._account_id = account_id
        self._reload()

    def _reload(self) -> None:
        services, account_id = self._services, self._account_id
        if services is None or account_id is None:
            return
        lifecycle = services.lifecycle.lifecycle(account_id, date.today())
        self.lifecycle = lifecycle
        self.phase_label.setText(phase_label(lifecycle.phase))
        self.competitors.setChecked(lifecycle.talks_to_competitors)
        self._show_signals(lifecycle)
        self.history.set_rows(lifecycle.history)
        self.playbook.set_rows(list(PLAYBOOK[lifecycle.phase]))
        self.playbook_view.selectRow(0)
        self.complaints.show_lifecycle(account_id, lifecycle)
        self.visits.show_account(account_id)

    def _show_signals(self, lifecycle: "Lifecycle") -> None:
        lines = "\n".join(f"• {signal_text(s)}" for s in lifecycle.signals)
        if lifecycle.proposed:
            intro = self.tr("Warning signals say this relationship is in danger:")
        else:
            intro = self.tr("Warning signals:")
        self.signals_label.setText(f"{intro}\n{lines}")
        self.proposal.setVisible(bool(lifecycle.signals))
        self.confirm_button.setVisible(lifecycle.proposed)
        self.dismiss_button.setVisible(lifecycle.proposed)

    # changes, each undoable

    def change_phase(self) -> None:
        if self.lifecycle is None:
            return
        dialog = PhaseDialog(self.lifecycle.phase, self)
        if dialog.exec():
            self._move(dialog.chosen(), dialog.reason.toPlainText())

    def confirm_endangered(self) -> None:
        if self.lifecycle is not None:
            reason = "; ".join(signal_text(s) for s in self.lifecycle.signals)
            self._move(Phase.ENDANGERED, reason)

    def _move(self, phase: Phase, reason: str) -> None:
        services, account_id = self._services, self._account_id
        if services is None or account_id is None:
            return
        entry: list[uuid.UUID] = []

        def do() -> None:
            entry[:] = [services.lifecycle.change_phase(account_id, phase, reason, date.today())]

        def undo() -> None:
            services.lifecycle.undo_phase_change(account_id, entry[0])

        text = self.tr("Move to “{phase}”").format(phase=phase_label(phase))
        record_change(self._undo_stack, text, do, undo, self.failed.emit, self._phase_moved)

    def _phase_moved(self) -> None:
        if self._account_id is not None:
            self.account_changed.emit(self._account_id)

    def dismiss_proposal(self) -> None:
        services, account_id, lifecycle = self._services, self._account_id, self.lifecycle
        if services is None or account_id is None or lifecycle is None:
            return
        before = services.lifecycle.dismissed(account_id)
        after: frozenset[SignalKind] = before | {s.kind for s in lifecycle.signals}
        record_change(
            self._undo_stack,
            self.tr("Dismiss warning"),
            lambda: services.lifecycle.set_dismissed(account_id, after),
            lambda: services.lifecycle.set_dismissed(account_id, before),
            self.failed.emit,
            self._reload,
        )

    def _competitors_clicked(self, talks: bool) -> None:
        services, account_id = self._services, self._account_id
        if services is None or account_id is None:
            return
        record_change(
            self._undo_stack,
            self.tr("Talking to competitors"),
            lambda: services.lifecycle.set_talks_to_competitors(account_id, talks),
            lambda: services.lifecycle.set_talks_to_competitors(account_id, not talks),
            self.failed.emit,
            self._reload,
        )

    def add_play_to_plan(self) -> None:
        services, account_id = self._services, self._account_id
        rows = self.playbook_view.selectionModel().selectedRows()
        if services is None or account_id is None or not rows:
            return
        entry = self.playbook.rows[rows[0].row()]
        due = date.today() + timedelta(days=entry.due_in_days)
        action = Action(uuid.uuid4(), play_text(entry.play), due)
        record_change(
            self._undo_stack,
            self.tr("Add to plan"),
            lambda: services.plan.save_action(account_id, due.year, action),
            lambda: services.plan.remove_action(action.id),
            self.failed.emit,
            lambda: self.action_added.emit(action.title),
        )
