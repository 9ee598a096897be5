"""Key figure queries: one row per account and year."""

import uuid
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kamdesk.domain.contribution_margin import COST_FIELDS
from kamdesk.domain.key_figures import FIGURE_FIELDS, KeyFigures
from kamdesk.store.batches import BATCH
from kamdesk.store.column_types import utc_now
from kamdesk.store.models import KeyFigureRow, MarginCostRow


def for_account(session: Session, account_id: uuid.UUID) -> list[KeyFigures]:
    rows = session.scalars(
        select(KeyFigureRow)
        .where(KeyFigureRow.account_id == account_id, KeyFigureRow.deleted_at.is_(None))
        .order_by(KeyFigureRow.year)
    )
    return [
        KeyFigures(row.year, **{name: getattr(row, name) for name in FIGURE_FIELDS}) for row in rows
    ]


def by_account(session: Session, account_ids: set[uuid.UUID]) -> dict[uuid.UUID, list[KeyFigures]]:
    """The figures of many accounts, read in one go (an import compares them, a group sums
    them)."""
    found: dict[uuid.UUID, list[KeyFigures]] = {}
    query = select(KeyFigureRow).where(KeyFigureRow.deleted_at.is_(None))
    if len(account_ids) <= BATCH:  # a few accounts: by the index, not the whole table
        query = query.where(KeyFigureRow.account_id.in_(account_ids))
    rows = session.scalars(query)
    for row in rows:
        if row.account_id in account_ids:
            figures = KeyFigures(row.year, **{name: getattr(row, name) for name in FIGURE_FIELDS})
            found.setdefault(row.account_id, []).append(figures)
    return found


def add(session: Session, figures: list[tuple[uuid.UUID, KeyFigures]]) -> None:
    """The figures of new accounts, in one statement."""
    if figures:
        rows = [
            {"account_id": account_id, "year": f.year, **{n: getattr(f, n) for n in FIGURE_FIELDS}}
            for account_id, f in figures
        ]
        session.execute(insert(KeyFigureRow), rows)


def _row(session: Session, account_id: uuid.UUID, year: int) -> KeyFigureRow | None:
    return session.scalars(
        select(KeyFigureRow).where(KeyFigureRow.account_id == account_id, KeyFigureRow.year == year)
    ).one_or_none()


def put(session: Session, account_id: uuid.UUID, figures: KeyFigures) -> None:
    """Insert or overwrite the year's figures; a deleted year comes back to life."""
    row = _row(session, account_id, figures.year)
    if row is None:
        row = KeyFigureRow(account_id=account_id, year=figures.year)
        session.add(row)
    row.deleted_at = None
    for name in FIGURE_FIELDS:
        setattr(row, name, getattr(figures, name))


def remove(session: Session, account_id: uuid.UUID, year: int) -> None:
    row = _row(session, account_id, year)
    if row is not None:
        row.deleted_at = utc_now()


def margin_costs(session: Session, account_id: uuid.UUID) -> dict[int, dict[str, Decimal]]:
    """The contribution-margin cost lines per year."""
    rows = session.scalars(
        select(MarginCostRow).where(
            MarginCostRow.account_id == account_id, MarginCostRow.deleted_at.is_(None)
        )
    )
    return {row.year: {name: getattr(row, name) for name in COST_FIELDS} for row in rows}


def _margin_row(session: Session, account_id: uuid.UUID, year: int) -> MarginCostRow | None:
    return session.scalars(
        select(MarginCostRow).where(
            MarginCostRow.account_id == account_id, MarginCostRow.year == year
        )
    ).one_or_none()


def remove_margin_costs(session: Session, account_id: uuid.UUID, year: int) -> None:
    row = _margin_row(session, account_id, year)
    if row is not None:
        row.deleted_at = utc_now()


def put_margin_costs(
    session: Session, account_id: uuid.UUID, year: int, costs: dict[str, Decimal]
) -> None:
    row = _margin_row(session, account_id, year)
    if row is None:
        row = MarginCostRow(account_id=account_id, year=year)
        session.add(row)
    row.deleted_at = None
    for name, value in costs.items():
        setattr(row, name, value)
