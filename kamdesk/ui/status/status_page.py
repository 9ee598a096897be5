"""The Status tab: level and dates, the transparent scorecard, benefits, and the history."""

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.scorecard import Answer, Catalogue
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.labels import benefit_label, status_level_label
from kamdesk.ui.status.funnel_wizard import FunnelWizard
from kamdesk.ui.status.scorecard_model import CRITERION, REASON, ScorecardModel, StatusHistoryModel
from kamdesk.ui.widgets.remembered_folder import DOCUMENTS, remember_folder, remembered_folder

if TYPE_CHECKING:  # the services load SQLAlchemy, after the window has painted
    from kamdesk.services.portfolio import PortfolioService
    from kamdesk.services.status import AccountStatus, StatusService


def _table(model: ScorecardModel | StatusHistoryModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class StatusPage(QWidget):
    """Shows one account's status and carries out what the KAM does here: answering criteria,
    confirming a review, exporting the scorecard."""

    status_changed = Signal(object)  # the account id: its level, dates or score changed
    exported = Signal(object)  # the Path of a scorecard written
    failed = Signal(object)  # a KamdeskError to show
    figures_wanted = Signal()  # the funnel was left to enter the hard figures

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: StatusService | None = None
        self._portfolio: PortfolioService | None = None
        self._account: tuple[uuid.UUID, str] | None = None
        self.level = QLabel()
        self.level.setObjectName("accountTitle")
        self.dates = QLabel()
        self.dates.setObjectName("secondaryText")
        self.pending_text = QLabel(
            self.tr(
                "The review date has passed and the account still reaches its level. "
                "Confirm it to start the next period."
            )
        )
        self.pending_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm review"))
        self.confirm_button.clicked.connect(self.confirm_review)
        self.pending = QFrame()
        self.pending.setObjectName("notice")
        banner = QHBoxLayout(self.pending)
        banner.addWidget(self.pending_text, 1)
        banner.addWidget(self.confirm_button)
        self.card_model = ScorecardModel(self)
        self.card_model.answer_edited.connect(self._answer_edited)
        self.card_view = _table(self.card_model, CRITERION)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.benefits = QLabel()
        self.benefits.setWordWrap(True)
        self.benefits.setObjectName("secondaryText")
        self.history_model = StatusHistoryModel(self)
        self.history_view = _table(self.history_model, REASON)
        layout = QVBoxLayout(self)
        layout.addWidget(self.level)
        layout.addWidget(self.dates)
        layout.addWidget(self.pending)
        layout.addWidget(self._heading(self.tr("Scorecard")))
        layout.addWidget(self.card_view, 3)
        layout.addWidget(self.total)
        layout.addWidget(self.benefits)
        self.export_button = QPushButton(self.tr("Export scorecard for the customer…"))
        self.export_button.setToolTip(
            self.tr("PDF or HTML with criteria, points, thresholds and benefits; no internal notes")
        )
        self.export_button.clicked.connect(self.export_scorecard)
        self.funnel_button = QPushButton(self.tr("Selection funnel…"))
        self.funnel_button.setToolTip(
            self.tr("Strategic criteria, hard figures and the customer's consent, gate by gate")
        )
        self.funnel_button.clicked.connect(self.start_funnel)
        self.funnel_wizard: FunnelWizard | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.funnel_button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        layout.addWidget(self._heading(self.tr("History")))
        layout.addWidget(self.history_view, 2)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("heading")
        return label

    def attach(self, service: "StatusService", portfolio: "PortfolioService") -> None:
        self._service, self._portfolio = service, portfolio

    def show_account(self, account_id: uuid.UUID, name: str) -> None:
        """Show the account's status; raises KamdeskError when it cannot be read."""
        assert self._service is not None, "the store is not open yet"
        self._account = (account_id, name)
        self.show_status(self._service.status(account_id), self._service.catalogue())

    def _answer_edited(self, key: str, answer: Answer) -> None:
        self._run(lambda service, account_id: service.set_answer(account_id, key, answer))

    def confirm_review(self) -> None:
        self._run(lambda service, account_id: service.confirm_review(account_id, date.today()))

    def _run(self, action: Callable[["StatusService", uuid.UUID], object]) -> None:
        if self._service is None or self._account is None:
            return
        try:
            action(self._service, self._account[0])
        except KamdeskError as error:
            self.failed.emit(error)
        self.status_changed.emit(self._account[0])

    def start_funnel(self) -> None:
        if self._service is None or self._account is None:
            return
        account_id, name = self._account
        try:
            portfolio = self._portfolio
            placement = portfolio.placement(account_id, date.today()) if portfolio else None
            self.funnel_wizard = FunnelWizard(self._service, account_id, name, self, placement)
        except KamdeskError as error:
            self.failed.emit(error)
            return
        self.funnel_wizard.accepted.connect(lambda: self.status_changed.emit(account_id))
        self.funnel_wizard.figures_wanted.connect(self.figures_wanted)
        self.funnel_wizard.open()

    def export_scorecard(self) -> None:
        if self._service is None or self._account is None:
            return
        account_id, name = self._account
        folder = remembered_folder(DOCUMENTS)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export scorecard"),
            str(Path(folder) / f"{name} – Scorecard.pdf"),
            self.tr("PDF document (*.pdf);;Web page (*.html)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        remember_folder(DOCUMENTS, chosen)
        from kamdesk.documents.output import write_pdf, write_text
        from kamdesk.documents.scorecard import scorecard_html  # loaded when first used

        try:
            html = scorecard_html(
                name, self._service.status(account_id), self._service.catalogue(), date.today()
            )
            if path.suffix.lower() == ".html":
                write_text(html, path)
            else:
                path = path.with_suffix(".pdf")
                write_pdf(html, path, name)
        except KamdeskError as error:
            self.failed.emit(error)
            return
        self.exported.emit(path)

    def show_status(self, status: "AccountStatus", catalogue: Catalogue) -> None:
        card = status.card
        self.level.setText(status_level_label(status.level))
        if status.granted_on and status.review_due_on:
            self.dates.setText(
                self.tr("Granted on {granted} · review due on {due}").format(
                    granted=format_date(status.granted_on), due=format_date(status.review_due_on)
                )
            )
        elif status.granted_on:
            self.dates.setText(
                self.tr("Since {granted}").format(granted=format_date(status.granted_on))
            )
        else:
            self.dates.setText(self.tr("No key-account status granted"))
        self.pending.setVisible(status.review_pending)
        self.card_model.set_card(card)
        reached = (
            self.tr("reaches {level}").format(level=status_level_label(card.level))
            if card.level
            else self.tr("reaches no key-account level")
        )
        gap = (
            self.tr("{gap} more for {level}").format(
                gap=card.gap, level=status_level_label(card.next_level)
            )
            if card.next_level
            else self.tr("the top level")
        )
        thresholds = " · ".join(
            f"{status_level_label(level)} {points}" for level, points in card.thresholds.items()
        )
        group = (
            self.tr(
                "<br>Scored as a group: the hard figures are this account's and its "
                "%Ln member(s)' summed.",
                "",
                status.members_scored,
            )
            if status.members_scored
            else ""
        )
        self.total.setText(
            self.tr("<b>{total} points</b>: {reached}; {gap}.<br>Thresholds: {thresholds}").format(
                total=card.total, reached=reached, gap=gap, thresholds=thresholds
            )
            + group
        )
        rule = catalogue.levels.get(status.level)
        benefits = ", ".join(benefit_label(b) for b in rule.benefits) if rule else ""
        self.benefits.setText(
            self.tr("Benefits at this level: {benefits}").format(benefits=benefits)
            if benefits
            else ""
        )
        self.history_model.set_rows(status.history)
