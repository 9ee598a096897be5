"""The home view: the KAM's accounts at a glance — key accounts, accounts in trouble and
accounts with something due — in the order of what needs attention."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kamdesk.ui.home.attention_models import NAME, GlanceModel
from kamdesk.ui.home.portfolio_glance import PortfolioGlance
from kamdesk.ui.widgets.empty_hint import EmptyHint
from kamdesk.ui.widgets.spreadsheet_view import read_only_view

if TYPE_CHECKING:
    from kamdesk.services.attention import Glance


class HomePage(QWidget):
    account_requested = Signal(object, object)  # account id, None: no particular tab
    portfolio_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GlanceModel(self)
        self.view = read_only_view(self.model, NAME, self.open_account)
        self.headline = QLabel()
        self.headline.setStyleSheet("font-size: 13pt; font-weight: 600")
        self.portfolio = PortfolioGlance()
        self.portfolio.hide()
        self.portfolio.portfolio_wanted.connect(self.portfolio_wanted)
        self.body = EmptyHint(
            self.view,
            self.tr(
                "Your key accounts, accounts in danger and accounts with something due this "
                "week appear here. Give an account a key-account status, or load demo data."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.portfolio)
        layout.addWidget(self.body, 1)

    def show_glances(self, glances: "list[Glance]") -> None:
        self.model.set_rows(glances)
        self.body.show_content(bool(glances))
        needing = sum(g.proposed or g.phase.is_troubled or g.overdue > 0 for g in glances)
        self.headline.setText(
            self.tr("%n account(s) need your attention", "", needing)
            if needing
            else self.tr("All your accounts are in good shape")
        )

    def open_account(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.account_requested.emit(self.model.rows[rows[0].row()].account_id, None)
