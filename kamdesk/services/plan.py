"""Account-plan use cases. Key figures feed the scorecard, so every change re-scores."""

import uuid

from kamdesk.domain.key_figures import KeyFigures, validated
from kamdesk.services.status import StatusService
from kamdesk.services.transactions import Transactions
from kamdesk.store import key_figures as queries


class PlanService:
    def __init__(self, transactions: Transactions, status: StatusService) -> None:
        self._transactions = transactions
        self._status = status

    def key_figures(self, account_id: uuid.UUID) -> list[KeyFigures]:
        """Every year on record, oldest first."""
        with self._transactions.begin() as session:
            return queries.for_account(session, account_id)

    def save_key_figures(self, account_id: uuid.UUID, figures: KeyFigures) -> None:
        figures = validated(figures)
        with self._transactions.begin() as session:
            queries.put(session, account_id, figures)
        self._status.rescore([account_id])

    def remove_year(self, account_id: uuid.UUID, year: int) -> None:
        with self._transactions.begin() as session:
            queries.remove(session, account_id, year)
        self._status.rescore([account_id])
