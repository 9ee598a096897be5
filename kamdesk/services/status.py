"""Key-account status use cases: the catalogue, scorecards, manual changes, reviews, the funnel."""

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from kamdesk.domain.catalogue_codec import (
    catalogue_from_data,
    catalogue_to_data,
    decode_answer,
    encode_answer,
)
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.default_catalogue import DEFAULT_CATALOGUE
from kamdesk.domain.errors import AccountNotFound
from kamdesk.domain.groups import summed_figures
from kamdesk.domain.scorecard import (
    KEY_LEVELS,
    Answer,
    Catalogue,
    CriterionKind,
    Figure,
    Scorecard,
    score,
)
from kamdesk.domain.selection_funnel import FunnelDecision, FunnelOutcome
from kamdesk.domain.status_review import (
    Reason,
    ReviewOutcome,
    StatusChange,
    review_due,
    review_outcome,
)
from kamdesk.services.transactions import Transactions
from kamdesk.store import accounts as account_queries
from kamdesk.store import status as queries
from kamdesk.store.models import (
    AccountRow,
    CounterPerformanceRow,
    FunnelRecordRow,
    StatusChangeRow,
)

CATALOGUE_KEY = "scorecard_catalogue"


@dataclass(frozen=True)
class AccountStatus:
    account_id: uuid.UUID
    level: StatusLevel
    granted_on: date | None
    review_due_on: date | None
    review_pending: bool
    card: Scorecard
    history: list[StatusChange]
    members_scored: int = 0  # a group's hard figures are summed over this many members too


@dataclass(frozen=True)
class FunnelStages:
    """Where the accounts stand in the selection funnel, for its overview."""

    unassessed: int
    outcomes: dict[FunnelOutcome, int]  # by each account's latest pass
    key_accounts: dict[StatusLevel, int]
    large_customers: int


@dataclass(frozen=True)
class ReviewItem:
    account_id: uuid.UUID
    name: str
    review_due_on: date
    outcome: ReviewOutcome
    pending: bool  # kept its level and waits for the KAM to confirm


class StatusService:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    # the catalogue

    def catalogue(self) -> Catalogue:
        with self._transactions.read() as session:
            return _catalogue(session)

    def save_catalogue(self, catalogue: Catalogue) -> None:
        """Store the catalogue and re-score every account against it."""
        with self._transactions.write() as session:
            queries.put_setting(session, CATALOGUE_KEY, json.dumps(catalogue_to_data(catalogue)))
            _rescore(session, catalogue, None)

    # scorecards

    def answers(self, account_id: uuid.UUID) -> dict[str, Answer]:
        with self._transactions.read() as session:
            return _answers(session, _catalogue(session), [account_id])[account_id]

    def set_answer(self, account_id: uuid.UUID, key: str, answer: Answer) -> Scorecard:
        """Record a strategic criterion's answer; hard figures come from the key figures."""
        with self._transactions.write() as session:
            catalogue = _catalogue(session)
            _account(session, account_id)
            empty = answer is None or answer is False
            queries.put_answer(
                session,
                account_id,
                catalogue.criterion(key).key,
                None if empty else encode_answer(answer),
            )
            session.flush()
            return _rescore(session, catalogue, [account_id])[account_id]

    def rescore(self, account_ids: Iterable[uuid.UUID] | None = None) -> None:
        with self._transactions.write() as session:
            _rescore(session, _catalogue(session), account_ids)

    def status(self, account_id: uuid.UUID) -> AccountStatus:
        with self._transactions.read() as session:
            catalogue = _catalogue(session)
            row = _account(session, account_id)
            card = score(catalogue, _answers(session, catalogue, [account_id])[account_id])
            members = account_queries.group_members(session, [account_id]).get(account_id, [])
            return AccountStatus(
                account_id,
                row.status_level,
                row.status_granted_on,
                row.review_due_on,
                row.review_pending,
                card,
                [_change(entry) for entry in queries.history(session, account_id)],
                len(members),
            )

    # changes of status

    def change_level(
        self, account_id: uuid.UUID, level: StatusLevel, reason: str, today: date
    ) -> None:
        """A change by hand: allowed, but always with a reason in the history."""
        with self._transactions.write() as session:
            row = _account(session, account_id)
            grant_level(session, row, level, reason, today, self._transactions.user())

    def confirm_review(self, account_id: uuid.UUID, today: date) -> None:
        """The KAM confirms a level that still qualifies: the dates start again."""
        with self._transactions.write() as session:
            row = _account(session, account_id)
            grant_level(
                session,
                row,
                row.status_level,
                Reason.REVIEW_CONFIRMED,
                today,
                self._transactions.user(),
            )

    def reviews(self, today: date) -> list[ReviewItem]:
        """Accounts due for review and what the review does to each; changes nothing."""
        with self._transactions.read() as session:
            return _reviews(session, _catalogue(session), today)

    def apply_reviews(self, today: date) -> list[ReviewItem]:
        """Drop the accounts that no longer qualify, mark the others pending. Applying twice
        changes nothing more: dropped accounts get new dates, kept ones are already pending."""
        with self._transactions.write() as session:
            catalogue = _catalogue(session)
            items = [item for item in _reviews(session, catalogue, today) if not item.pending]
            for item in items:
                row = _account(session, item.account_id)
                if item.outcome.dropped:
                    grant_level(
                        session,
                        row,
                        item.outcome.new_level,
                        Reason.AUTOMATIC_REVIEW,
                        today,
                        self._transactions.user(),
                        item.outcome.score,
                    )
                else:
                    row.review_pending = True
            return [
                ReviewItem(
                    i.account_id, i.name, i.review_due_on, i.outcome, pending=not i.outcome.dropped
                )
                for i in items
            ]

    def record_funnel(
        self,
        account_id: uuid.UUID,
        decision: FunnelDecision,
        card: Scorecard,
        counter_performances: Mapping[str, str],
        today: date,
        note: str = "",
    ) -> None:
        """Keep the funnel's outcome; a granted level (or Großkunde) goes into the history."""
        with self._transactions.write() as session:
            row = _account(session, account_id)
            session.add(
                FunnelRecordRow(
                    account_id=account_id,
                    decided_on=today,
                    outcome=decision.outcome,
                    level=decision.level,
                    score=card.total,
                    decided_by=self._transactions.user(),
                    note=note,
                )
            )
            if decision.outcome == FunnelOutcome.KEY_ACCOUNT:
                for kind, text in counter_performances.items():
                    session.add(
                        CounterPerformanceRow(
                            account_id=account_id,
                            kind=kind,
                            text=text,
                            agreed_on=today,
                        )
                    )
            if decision.level is not None:
                grant_level(
                    session,
                    row,
                    decision.level,
                    Reason.SELECTION_FUNNEL,
                    today,
                    self._transactions.user(),
                    card.total,
                )

    def funnel_stages(self) -> "FunnelStages":
        with self._transactions.read() as session:
            levels = queries.level_counts(session)
            return FunnelStages(
                unassessed=queries.unassessed_count(session),
                outcomes=queries.funnel_counts(session),
                key_accounts={level: levels[level] for level in KEY_LEVELS},
                large_customers=levels[StatusLevel.LARGE],
            )


def _catalogue(session: Session) -> Catalogue:
    stored = queries.setting(session, CATALOGUE_KEY)
    return DEFAULT_CATALOGUE if stored is None else catalogue_from_data(json.loads(stored))


def _account(session: Session, account_id: uuid.UUID) -> AccountRow:
    row = session.get(AccountRow, account_id)
    if row is None or row.deleted_at is not None:
        raise AccountNotFound(str(account_id))
    return row


def _answers(
    session: Session,
    catalogue: Catalogue,
    account_ids: Iterable[uuid.UUID],
    *,
    everyone: bool = False,
) -> dict[uuid.UUID, dict[str, Answer]]:
    """Answers per account: stored ones for strategic criteria, key figures for the hard ones.
    `everyone` reads all rows at once instead of naming thousands of ids in the query."""
    return _scoring_inputs(session, catalogue, account_ids, everyone=everyone)[0]


def _scoring_inputs(
    session: Session,
    catalogue: Catalogue,
    account_ids: Iterable[uuid.UUID],
    *,
    everyone: bool = False,
) -> tuple[dict[uuid.UUID, dict[str, Answer]], dict[uuid.UUID, queries.Figures]]:
    """The answers, and the hard figures they were taken from (one read of each); a group
    account's hard figures are its own and its members' summed."""
    ids = list(account_ids)
    texts = queries.answer_texts(session, None if everyone else ids)
    groups = account_queries.group_members(session, None if everyone else ids)
    members = [member for group in groups.values() for member in group]
    figures = queries.figures(session, None if everyone else [*ids, *members])
    for group_id, group in groups.items():
        figures[group_id] = summed_figures(figures.get(i, {}) for i in (group_id, *group))
    result: dict[uuid.UUID, dict[str, Answer]] = {}
    for account_id in ids:
        answers: dict[str, Answer] = {}
        for criterion in catalogue.criteria:
            if criterion.kind == CriterionKind.FIGURE and criterion.figure is not None:
                answers[criterion.key] = figures.get(account_id, {}).get(criterion.figure)
            else:
                text = texts.get(account_id, {}).get(criterion.key)
                answers[criterion.key] = None if text is None else decode_answer(criterion, text)
        result[account_id] = answers
    return result, figures


def rescore_with_groups(session: Session, account_ids: Iterable[uuid.UUID]) -> None:
    """Rescore these accounts and their groups, in the caller's transaction: a member's
    figures, joining, leaving or deletion changes its group's score."""
    session.flush()  # the queries below read through the connection, past the session
    _rescore(session, _catalogue(session), account_ids)


def _rescore(
    session: Session, catalogue: Catalogue, account_ids: Iterable[uuid.UUID] | None
) -> dict[uuid.UUID, Scorecard]:
    if account_ids is not None:
        account_ids = list(account_ids)
        account_ids += account_queries.groups_of(session, account_ids) - set(account_ids)
    cached = queries.live_scores(session, account_ids)
    answers = _answers(session, catalogue, cached, everyone=account_ids is None)
    cards = {account_id: score(catalogue, given) for account_id, given in answers.items()}
    changed = {aid: card.total for aid, card in cards.items() if card.total != cached[aid]}
    queries.store_scores(session, changed)
    return cards


def _reviews(session: Session, catalogue: Catalogue, today: date) -> list[ReviewItem]:
    rows = [row for row in queries.reviews_due(session, today) if row.status_level.is_key_account]
    answers, figures = _scoring_inputs(session, catalogue, [row.id for row in rows])
    items = []
    for row in rows:
        card = score(catalogue, answers[row.id])
        revenue = figures.get(row.id, {}).get(Figure.REVENUE)
        outcome = review_outcome(row.status_level, card, revenue, catalogue)
        items.append(
            ReviewItem(row.id, row.name, row.review_due_on or today, outcome, row.review_pending)
        )
    return items


def grant_level(
    session: Session,
    row: AccountRow,
    level: StatusLevel,
    reason: str,
    today: date,
    by: str,
    score_now: int | None = None,
) -> None:
    """Set a level with fresh dates and write the history entry."""
    session.add(
        StatusChangeRow(
            account_id=row.id,
            changed_on=today,
            old_level=row.status_level,
            new_level=level,
            score=score_now if score_now is not None else row.score,
            reason=reason,
            changed_by=by,
        )
    )
    row.status_level = level
    row.review_pending = False
    row.status_granted_on = today
    row.review_due_on = (
        review_due(today, _catalogue(session).levels[level].review_months)
        if level.is_key_account
        else None
    )


def _change(row: StatusChangeRow) -> StatusChange:
    return StatusChange(
        row.changed_on, row.old_level, row.new_level, row.score, row.reason, row.changed_by
    )
