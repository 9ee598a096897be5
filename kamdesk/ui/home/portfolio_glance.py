"""The portfolio in small, on Home: how many accounts in each field, who moved since last
year, and the key accounts' figures summed with their trend. A link opens the Portfolio."""

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kamdesk.domain.portfolio import PortfolioAtAGlance, PortfolioField, change_in_percent
from kamdesk.i18n.formats import format_decimal, format_money
from kamdesk.i18n.portfolio_words import field_name, field_plural

MOVES_SHOWN = 3


class PortfolioGlance(QWidget):
    portfolio_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = QLabel()
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.linkActivated.connect(lambda _: self.portfolio_wanted.emit())
        self.moved = QLabel()
        self.moved.setWordWrap(True)
        self.key_accounts = QLabel()
        self.key_accounts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.fields, self.moved, self.key_accounts):
            layout.addWidget(label)

    def show_portfolio(self, portfolio: PortfolioAtAGlance) -> None:
        counts = portfolio.counts
        placed = " · ".join(
            f"{field_plural(f)} {format_decimal(Decimal(counts[f]))}" for f in PortfolioField
        )
        self.fields.setText(
            self.tr("Portfolio {year}: {fields} – <a href='portfolio'>open</a>").format(
                year=portfolio.year, fields=placed
            )
        )
        self.moved.setText(self._moves(portfolio))
        self.key_accounts.setText(self._key_accounts(portfolio))
        self.setVisible(any(counts.values()))

    def _moves(self, portfolio: PortfolioAtAGlance) -> str:
        counted = portfolio.moves
        if not counted:
            return self.tr("Nobody moved to another field since last year.")
        shown = [
            self.tr("%Ln from {old} to {new}", "", count).format(
                old=field_name(old), new=field_name(new)
            )
            for (old, new), count in counted[:MOVES_SHOWN]
        ]
        total = sum(count for _, count in counted)
        return self.tr("%Ln account(s) moved since last year: {moves}.", "", total).format(
            moves="; ".join(shown)
        )

    def _key_accounts(self, portfolio: PortfolioAtAGlance) -> str:
        totals = portfolio.key_accounts
        if not totals.count:
            return ""
        now, before = totals.this_year, totals.last_year
        return self.tr(
            "%Ln key account(s) in {year}: revenue {revenue}{revenue_trend}, contribution margin "
            "{margin}{margin_trend}, potential {potential}{potential_trend}.",
            "",
            totals.count,
        ).format(
            year=portfolio.year,
            revenue=format_money(now.revenue) or "–",
            revenue_trend=self._trend(now.revenue, before.revenue),
            margin=format_money(now.margin) or "–",
            margin_trend=self._trend(now.margin, before.margin),
            potential=format_money(now.potential) or "–",
            potential_trend=self._trend(now.potential, before.potential),
        )

    def _trend(self, now: Decimal | None, before: Decimal | None) -> str:
        change = change_in_percent(now, before)
        if change is None:
            return ""
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        return f" ({arrow} {format_decimal(abs(change), 1)} %)"
