"""Queries behind the key-account status: answers, figures, history, reviews due."""

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.scorecard import Figure
from kamdesk.domain.selection_funnel import FunnelOutcome
from kamdesk.store.column_types import utc_now
from kamdesk.store.models import (
    AccountRow,
    CriterionAnswerRow,
    FunnelRecordRow,
    KeyFigureRow,
    SettingRow,
    StatusChangeRow,
)

REVENUE_YEARS = 3  # hard figure "revenue": the average of the latest three years on record

Figures = dict[Figure, Decimal | None]


def setting(session: Session, key: str) -> str | None:
    return session.scalar(
        select(SettingRow.value).where(SettingRow.key == key, SettingRow.deleted_at.is_(None))
    )


def put_setting(session: Session, key: str, value: str) -> None:
    row = session.scalars(select(SettingRow).where(SettingRow.key == key)).one_or_none()
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value, row.deleted_at = value, None


def answer_texts(
    session: Session, account_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, dict[str, str]]:
    query = select(
        CriterionAnswerRow.account_id, CriterionAnswerRow.criterion_key, CriterionAnswerRow.value
    ).where(CriterionAnswerRow.deleted_at.is_(None))
    if account_ids is not None:
        query = query.where(CriterionAnswerRow.account_id.in_(list(account_ids)))
    answers: dict[uuid.UUID, dict[str, str]] = defaultdict(dict)
    for account_id, key, value in session.connection().execute(query):
        answers[account_id][key] = value
    return answers


def put_answer(session: Session, account_id: uuid.UUID, key: str, text: str | None) -> None:
    row = session.scalars(
        select(CriterionAnswerRow).where(
            CriterionAnswerRow.account_id == account_id, CriterionAnswerRow.criterion_key == key
        )
    ).one_or_none()
    if row is None and text is not None:
        session.add(CriterionAnswerRow(account_id=account_id, criterion_key=key, value=text))
    elif row is not None and text is None:
        row.deleted_at = utc_now()  # a tombstone, so that clearing an answer travels
    elif row is not None and text is not None:
        row.value, row.deleted_at = text, None


def figures(
    session: Session, account_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, Figures]:
    """Hard figures per account from its key figures: the one source of these numbers."""
    query = (
        select(
            KeyFigureRow.account_id,
            KeyFigureRow.revenue,
            KeyFigureRow.potential,
            KeyFigureRow.contribution_margin,
        )
        .where(KeyFigureRow.deleted_at.is_(None))
        .order_by(KeyFigureRow.account_id, KeyFigureRow.year.desc())
    )
    if account_ids is not None:
        query = query.where(KeyFigureRow.account_id.in_(list(account_ids)))
    years: dict[uuid.UUID, list[tuple[Decimal | None, ...]]] = defaultdict(list)
    for account_id, *values in session.connection().execute(query):
        years[account_id].append(tuple(values))
    return {account_id: _hard_figures(rows) for account_id, rows in years.items()}


def _hard_figures(rows: list[tuple[Decimal | None, ...]]) -> Figures:
    revenues = [r[0] for r in rows[:REVENUE_YEARS] if r[0] is not None]
    latest = rows[0]
    return {
        Figure.REVENUE: sum(revenues, Decimal(0)) / len(revenues) if revenues else None,
        Figure.POTENTIAL: latest[1],
        Figure.CONTRIBUTION_MARGIN: latest[2],
    }


def live_scores(
    session: Session, account_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, int | None]:
    """The cached score of every live account (or of the given ones)."""
    query = select(AccountRow.id, AccountRow.score).where(AccountRow.deleted_at.is_(None))
    if account_ids is not None:
        query = query.where(AccountRow.id.in_(list(account_ids)))
    return {account_id: cached for account_id, cached in session.connection().execute(query)}  # noqa: C416


def store_scores(session: Session, scores: dict[uuid.UUID, int]) -> None:
    if scores:
        session.connection().execute(
            update(AccountRow)
            .where(AccountRow.id == bindparam("account"))
            .values(score=bindparam("new")),
            [{"account": account_id, "new": value} for account_id, value in scores.items()],
        )


def reviews_due(session: Session, today: date) -> list[AccountRow]:
    return list(
        session.scalars(
            select(AccountRow)
            .where(AccountRow.deleted_at.is_(None), AccountRow.review_due_on <= today)
            .order_by(AccountRow.review_due_on, AccountRow.name)
        )
    )


def history(session: Session, account_id: uuid.UUID) -> list[StatusChangeRow]:
    return list(
        session.scalars(
            select(StatusChangeRow)
            .where(StatusChangeRow.account_id == account_id, StatusChangeRow.deleted_at.is_(None))
            .order_by(StatusChangeRow.changed_on.desc(), StatusChangeRow.created_at.desc())
        )
    )


def level_counts(session: Session) -> dict[StatusLevel, int]:
    rows = session.execute(
        select(AccountRow.status_level, func.count())
        .where(AccountRow.deleted_at.is_(None))
        .group_by(AccountRow.status_level)
    )
    counts = dict.fromkeys(StatusLevel, 0)
    counts.update({level: count for level, count in rows})  # noqa: C416 - rows, not pairs
    return counts


def unassessed_count(session: Session) -> int:
    """Ordinary customers that never went through the selection funnel."""
    assessed = select(FunnelRecordRow.account_id).where(FunnelRecordRow.deleted_at.is_(None))
    return (
        session.scalar(
            select(func.count()).where(
                AccountRow.deleted_at.is_(None),
                AccountRow.status_level.in_([StatusLevel.A, StatusLevel.B, StatusLevel.C]),
                AccountRow.id.not_in(assessed),
            )
        )
        or 0
    )


def funnel_counts(session: Session) -> dict[FunnelOutcome, int]:
    """Accounts per outcome of their latest pass through the selection funnel."""
    latest = (
        select(FunnelRecordRow.account_id, func.max(FunnelRecordRow.created_at).label("at"))
        .where(FunnelRecordRow.deleted_at.is_(None))
        .group_by(FunnelRecordRow.account_id)
        .subquery()
    )
    rows = session.execute(
        select(FunnelRecordRow.outcome, func.count())
        .join(
            latest,
            (latest.c.account_id == FunnelRecordRow.account_id)
            & (latest.c.at == FunnelRecordRow.created_at),
        )
        .group_by(FunnelRecordRow.outcome)
    )
    counts = dict.fromkeys(FunnelOutcome, 0)
    counts.update({outcome: count for outcome, count in rows})  # noqa: C416 - rows, not pairs
    return counts
