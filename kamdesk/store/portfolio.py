"""Portfolio queries: every live account with its figures of two years and its plan's open
potential, in three whole reads (a chart of 5,000 accounts must not cost a query each); and
this device's view of the portfolio."""

import uuid
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import String, case, func, select, type_coerce
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
    """The live accounts by name, with the figures of `year` and of the year before. The
    figures and plans are keyed by the ids as stored (hex): a UUID object made for each of
    100,000 rows costs more than the rest of the read."""
    connection = session.connection()
    figures = _figures(session, year)
    plans = _open_potentials(session)
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
            this_year=figures.get((row.id.hex, year), none),
            last_year=figures.get((row.id.hex, year - 1), none),
            plan_potential=plans.get(row.id.hex),
        )
        for row in rows
    ]


def _figures(session: Session, year: int) -> dict[tuple[str, int], Figures]:
    rows = session.connection().execute(
        select(
            type_coerce(KeyFigureRow.account_id, String),
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


def plan_potentials(session: Session, account_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """Per account of these with a valued plan (a cell of ours or of potential with an
    amount), the sum of its open potential: a plan we fully serve has none left, which is not
    "unknown"."""
    found = _open_potentials(session, [account.hex for account in account_ids])
    return {uuid.UUID(hex=key): amount for key, amount in found.items()}


def _open_potentials(session: Session, hexes: list[str] | None = None) -> dict[str, Decimal]:
    """`plan_potentials` by the ids as stored (of every account, or of `hexes`). Each
    account's potential amounts come as one list from SQLite and are summed here: the amounts
    are text, SQLite would sum floats."""
    cell = PenetrationCellRow
    potentials = case((cell.state == CellState.POTENTIAL, type_coerce(cell.amount, String)))
    rows = session.connection().execute(
        select(type_coerce(cell.account_id, String), func.group_concat(potentials, " "))
        .join(PlanUnitRow, PlanUnitRow.id == cell.unit_id)
        .join(OfferingRow, OfferingRow.id == cell.offering_id)
        .where(
            cell.deleted_at.is_(None),
            PlanUnitRow.deleted_at.is_(None),
            OfferingRow.deleted_at.is_(None),
            cell.state.in_((CellState.OURS, CellState.POTENTIAL)),
            cell.amount.is_not(None),
            *([] if hexes is None else [type_coerce(cell.account_id, String).in_(hexes)]),
        )
        .group_by(cell.account_id)
    )
    return {
        account: sum((Decimal(a) for a in (amounts or "").split()), Decimal(0))
        for account, amounts in rows
    }


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
