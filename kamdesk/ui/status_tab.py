"""The Status tab: level and dates, the transparent scorecard, benefits, and the history."""

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.scorecard import Catalogue
from kamdesk.i18n.labels import benefit_label, status_level_label
from kamdesk.ui.scorecard_model import CRITERION, REASON, ScorecardModel, StatusHistoryModel

if TYPE_CHECKING:  # the services load SQLAlchemy, after the window has painted
    from kamdesk.services.status import AccountStatus


def _table(model: ScorecardModel | StatusHistoryModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _date(day: date) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)


class StatusTab(QWidget):
    review_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.confirm_button.clicked.connect(self.review_confirmed)
        self.pending = QFrame()
        self.pending.setObjectName("notice")
        banner = QHBoxLayout(self.pending)
        banner.addWidget(self.pending_text, 1)
        banner.addWidget(self.confirm_button)
        self.card_model = ScorecardModel(self)
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
        layout.addWidget(self._heading(self.tr("History")))
        layout.addWidget(self.history_view, 2)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("heading")
        return label

    def show_status(self, status: "AccountStatus", catalogue: Catalogue) -> None:
        card = status.card
        self.level.setText(status_level_label(status.level))
        if status.granted_on and status.review_due_on:
            self.dates.setText(
                self.tr("Granted on {granted} · review due on {due}").format(
                    granted=_date(status.granted_on), due=_date(status.review_due_on)
                )
            )
        elif status.granted_on:
            self.dates.setText(self.tr("Since {granted}").format(granted=_date(status.granted_on)))
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
        self.total.setText(
            self.tr("<b>{total} points</b>: {reached}; {gap}.<br>Thresholds: {thresholds}").format(
                total=card.total, reached=reached, gap=gap, thresholds=thresholds
            )
        )
        rule = catalogue.levels.get(status.level)
        benefits = ", ".join(benefit_label(b) for b in rule.benefits) if rule else ""
        self.benefits.setText(
            self.tr("Benefits at this level: {benefits}").format(benefits=benefits)
            if benefits
            else ""
        )
        self.history_model.set_changes(status.history)
