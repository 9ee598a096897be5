"""Portfolio use cases: the accounts placed by value and potential, and the user's view of
it (the value basis and the two thresholds) kept in the store for the window and the command
line alike."""

import uuid
from datetime import date

from sqlalchemy.orm import Session

from kamdesk.domain.portfolio import (
    Placement,
    Portfolio,
    PortfolioField,
    Thresholds,
    ValueBasis,
    build_portfolio,
)
from kamdesk.services.transactions import Transactions
from kamdesk.store import portfolio as queries


def value_year(today: date) -> int:
    """ "Value today" is the last completed year's."""
    return today.year - 1


def read_portfolio(session: Session, today: date) -> Portfolio:
    year = value_year(today)
    basis, chosen = queries.view(session)
    return build_portfolio(queries.accounts(session, year), year, basis, chosen)


class PortfolioService:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def portfolio(self, today: date) -> Portfolio:
        with self._transactions.read() as session:
            return read_portfolio(session, today)

    def fields(self, today: date) -> dict[uuid.UUID, PortfolioField | None]:
        """Each live account's field (the account list's column, filled in after the list
        shows: at 50,000 accounts the portfolio takes seconds to weigh)."""
        return {p.account.id: p.field for p in self.portfolio(today).placements}

    def placement(self, account_id: uuid.UUID, today: date) -> Placement | None:
        """Where the account stands (gate 2 of the selection funnel shows it)."""
        placements = self.portfolio(today).placements
        return next((p for p in placements if p.account.id == account_id), None)

    def choose(self, basis: ValueBasis, thresholds: Thresholds | None) -> None:
        """Keep the user's view; no thresholds: the medians again."""
        with self._transactions.write() as session:
            queries.put_view(session, basis, thresholds)

    def view(self) -> tuple[ValueBasis, Thresholds | None]:
        with self._transactions.read() as session:
            return queries.view(session)
