"""The main window's pages: Home, Accounts, Reminders and Portfolio. Home and Reminders are
refreshed together on the worker thread, shortly after any change (every change passes the
undo stack); the Portfolio then too, when it is shown (else when it is next shown)."""

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from kamdesk.i18n.formats import format_decimal
from kamdesk.ui.home.home_page import HomePage
from kamdesk.ui.home.reminders_page import RemindersPage
from kamdesk.ui.portfolio.portfolio_page import PortfolioPage
from kamdesk.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from kamdesk.services.attention import Attention, AttentionService
    from kamdesk.services.portfolio import PortfolioService
    from kamdesk.services.reminders import ReminderService

REFRESH_DELAY_MS = 300  # several quick edits cost one refresh


class Workbench(QTabWidget):
    account_requested = Signal(object, object)  # account id, ReminderKind or None
    attention_shown = Signal(object)  # the Attention now on screen
    failed = Signal(object)

    def __init__(
        self, accounts: QWidget, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self._attention: AttentionService | None = None
        self.due_count = 0
        self.home = HomePage()
        self.accounts = accounts
        self.reminders = RemindersPage(undo_stack)
        self.portfolio = PortfolioPage()
        for page in (self.home, self.reminders, self.portfolio):
            page.account_requested.connect(self.account_requested)
        self.reminders.failed.connect(self.failed)
        self.portfolio.failed.connect(self.failed)
        self.home.portfolio_wanted.connect(lambda: self.setCurrentWidget(self.portfolio))
        self.reminders.changed.connect(self.schedule_refresh)
        self.addTab(self.home, self.tr("Home"))
        self.addTab(accounts, self.tr("Accounts"))
        self.addTab(self.reminders, "")
        self.addTab(self.portfolio, self.tr("Portfolio"))
        self._show_count(0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        undo_stack.indexChanged.connect(self.schedule_refresh)

    def attach(
        self,
        reminders: "ReminderService",
        attention: "AttentionService",
        portfolio: "PortfolioService",
    ) -> None:
        self._attention = attention
        self.reminders.attach(reminders)  # the list, once shown, asks for a refresh
        self.portfolio.attach(portfolio)

    def detach(self) -> None:
        """The store closes: nothing more is refreshed, and results still on their way are
        dropped (their widgets may be gone by then)."""
        self._attention = None
        self._timer.stop()
        self.portfolio.detach()

    def schedule_refresh(self) -> None:
        if self._attention is not None:
            self._timer.start()

    def refresh(self) -> None:
        service = self._attention
        if service is None:
            return
        run_in_background(lambda _: service.attention(date.today()), self._show, self._failed)
        self.portfolio.data_changed()

    def _failed(self, error: Exception) -> None:
        if self._attention is not None:
            self.failed.emit(error)

    def _show(self, attention: "Attention") -> None:
        if self._attention is None:
            return
        self.home.show_glances(attention)
        self.home.portfolio.show_portfolio(attention.portfolio_glance)
        self.reminders.show_reminders(attention.reminders)
        self._show_count(attention.due_now)
        self.attention_shown.emit(attention)

    def _show_count(self, count: int) -> None:
        """The badge: what is due today or overdue, in the tab's title."""
        self.due_count = count
        title = (
            self.tr("Reminders ({count})").format(count=format_decimal(Decimal(count)))
            if count
            else self.tr("Reminders")
        )
        self.setTabText(self.indexOf(self.reminders), title)
