"""Portfolio queries: every live account with its figures of two years and its plan's open
potential, in three whole reads (a chart of 5,000 accounts must not cost a query each); and
this device's view of the portfolio."""

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.penetration import CellState
from kamdesk.domain.portfolio import Figures, PortfolioAccount, Thresholds, ValueBasis
from kamdesk.store.models import (
    AccountRow,
    KeyFigureRow,
    OfferingRow,
    PenetrationCellRow,
    PlanUnitRow,
    PortfolioViewRow,
)

_VIEW_ID = 1


def accounts(session: Session, year: int) -> list[PortfolioAccount]:
    """The live accounts by name, with the figures of `year` and of the year before."""
    connection = session.connection()
    figures = _figures(session, year)
    plans = plan_potentials(session)
    rows = connection.execute(
        select(
            AccountRow.id,
            AccountRow.name,
            AccountRow.status_level,
            AccountRow.owner,
            AccountRow.country,
            AccountRow.industry,
        )
        .where(AccountRow.deleted_at.is_(None))
        .order_by(AccountRow.name)
    )
    none = Figures()
    return [
        PortfolioAccount(
            *row,
            this_year=figures.get((row.id, year), none),
            last_year=figures.get((row.id, year - 1), none),
            plan_potential=plans.get(row.id),
        )
        for row in rows
    ]


def _figures(session: Session, year: int) -> dict[tuple[uuid.UUID, int], Figures]:
    rows = session.connection().execute(
        select(
            KeyFigureRow.account_id,
            KeyFigureRow.year,
            KeyFigureRow.revenue,
            KeyFigureRow.contribution_margin,
            KeyFigureRow.potential,
        ).where(KeyFigureRow.deleted_at.is_(None), KeyFigureRow.year.in_((year, year - 1)))
    )
    return {
        (account_id, figure_year): Figures(revenue, margin, potential)
        for account_id, figure_year, revenue, margin, potential in rows
    }


def plan_potentials(session: Session) -> dict[uuid.UUID, Decimal]:
    """Per account with a valued plan (a cell of ours or of potential with an amount), the
    sum of its open potential: a plan we fully serve has none left, which is not "unknown"."""
    rows = session.connection().execute(
        select(PenetrationCellRow.account_id, PenetrationCellRow.state, PenetrationCellRow.amount)
        .join(PlanUnitRow, PlanUnitRow.id == PenetrationCellRow.unit_id)
        .join(OfferingRow, OfferingRow.id == PenetrationCellRow.offering_id)
        .where(
            PenetrationCellRow.deleted_at.is_(None),
            PlanUnitRow.deleted_at.is_(None),
            OfferingRow.deleted_at.is_(None),
            PenetrationCellRow.state.in_((CellState.OURS, CellState.POTENTIAL)),
            PenetrationCellRow.amount.is_not(None),
        )
    )
    found: dict[uuid.UUID, Decimal] = {}
    for account_id, state, amount in rows:  # summed here: the amounts are text in SQLite
        open_potential = amount if state == CellState.POTENTIAL and amount else Decimal(0)
        found[account_id] = found.get(account_id, Decimal(0)) + open_potential
    return found


def view(session: Session) -> tuple[ValueBasis, Thresholds | None]:
    """The basis and the chosen thresholds; None until the user moved one (then the medians
    apply, and follow the data)."""
    row = session.get(PortfolioViewRow, _VIEW_ID)
    if row is None:
        return ValueBasis.REVENUE, None
    if row.value_threshold is None or row.potential_threshold is None:
        return row.basis, None
    return row.basis, Thresholds(row.value_threshold, row.potential_threshold)


def put_view(session: Session, basis: ValueBasis, thresholds: Thresholds | None) -> None:
    row = session.get(PortfolioViewRow, _VIEW_ID)
    if row is None:
        row = PortfolioViewRow(id=_VIEW_ID)
        session.add(row)
    row.basis = basis
    row.value_threshold = None if thresholds is None else thresholds.value
    row.potential_threshold = None if thresholds is None else thresholds.potential
