"""The home view: the KAM's accounts at a glance — key accounts, accounts in trouble and
accounts with something due — in the order of what needs attention."""

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kamdesk.i18n.formats import format_decimal
from kamdesk.ui.home.attention_models import NAME, GlanceModel
from kamdesk.ui.home.portfolio_glance import PortfolioGlance
from kamdesk.ui.widgets.empty_hint import EmptyHint
from kamdesk.ui.widgets.spreadsheet_view import read_only_view

if TYPE_CHECKING:
    from kamdesk.services.attention import Attention


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
        self.cut_note = QLabel()  # where the home view holds more than it shows
        self.cut_note.setWordWrap(True)
        self.cut_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.portfolio)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.cut_note)

    def show_glances(self, attention: "Attention") -> None:
        glances = attention.glances
        self.model.set_rows(glances)
        self.body.show_content(bool(glances))
        needing = attention.needing
        self.headline.setText(
            self.tr("%Ln account(s) need your attention", "", needing)
            if needing
            else self.tr("All your accounts are in good shape")
        )
        cut = attention.weighed > len(glances)
        self.cut_note.setVisible(cut)
        if cut:
            self.cut_note.setText(
                self.tr("Showing the %Ln most urgent of {all} accounts.", "", len(glances)).format(
                    all=format_decimal(Decimal(attention.weighed))
                )
            )

    def open_account(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.account_requested.emit(self.model.rows[rows[0].row()].account_id, None)
