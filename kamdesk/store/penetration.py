"""Penetration-plan queries: the shared offering catalogue, an account's units and cells."""

import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.penetration import (
    UNKNOWN,
    Cell,
    CellKey,
    CellState,
    Offering,
    PenetrationPlan,
    Unit,
    outline,
)
from kamdesk.store.column_types import utc_now
from kamdesk.store.models import AccountRow, OfferingRow, PenetrationCellRow, PlanUnitRow


def offerings(session: Session) -> list[Offering]:
    rows = session.scalars(
        select(OfferingRow)
        .where(OfferingRow.deleted_at.is_(None))
        .order_by(OfferingRow.position, OfferingRow.created_at)
    )
    return [Offering(r.id, r.name, r.kind) for r in rows]


def put_offering(session: Session, offering: Offering) -> None:
    row = session.get(OfferingRow, offering.id)
    if row is None:
        row = OfferingRow(id=offering.id, position=_next_position(session, OfferingRow))
        session.add(row)
    row.name, row.kind, row.deleted_at = offering.name, offering.kind, None


def order_offerings(session: Session, ids: Iterable[uuid.UUID]) -> None:
    for position, offering_id in enumerate(ids):
        row = session.get(OfferingRow, offering_id)
        if row is not None:
            row.position = position


def remove_offering(session: Session, offering_id: uuid.UUID) -> None:
    row = session.get(OfferingRow, offering_id)
    if row is not None:
        row.deleted_at = utc_now()


def units(session: Session, account_id: uuid.UUID) -> tuple[Unit, ...]:
    rows = session.scalars(
        select(PlanUnitRow)
        .where(PlanUnitRow.account_id == account_id, PlanUnitRow.deleted_at.is_(None))
        .order_by(PlanUnitRow.position, PlanUnitRow.created_at)
    )
    return outline(Unit(r.id, r.name, r.kind, r.parent_id) for r in rows)


def planned_accounts(session: Session) -> list[tuple[uuid.UUID, str]]:
    """The accounts not in the trash that have a plan (a unit at least), by name."""
    rows = session.execute(
        select(AccountRow.id, AccountRow.name)
        .where(AccountRow.deleted_at.is_(None))
        .where(
            select(PlanUnitRow.id)
            .where(PlanUnitRow.account_id == AccountRow.id, PlanUnitRow.deleted_at.is_(None))
            .exists()
        )
        .order_by(AccountRow.name)
    )
    return [(account_id, name) for account_id, name in rows]


def plan(session: Session, account_id: uuid.UUID) -> PenetrationPlan:
    rows = session.execute(
        select(
            PenetrationCellRow.unit_id,
            PenetrationCellRow.offering_id,
            PenetrationCellRow.state,
            PenetrationCellRow.amount,
            PenetrationCellRow.competitor,
        ).where(
            PenetrationCellRow.account_id == account_id,
            PenetrationCellRow.state != CellState.UNKNOWN,
            PenetrationCellRow.deleted_at.is_(None),
        )
    )
    cells = {
        (unit, offering): Cell(state, amount, name) for unit, offering, state, amount, name in rows
    }
    return PenetrationPlan(units(session, account_id), tuple(offerings(session)), cells)


def put_cells(session: Session, account_id: uuid.UUID, changes: Mapping[CellKey, Cell]) -> None:
    """Write the cells; the rows of a rectangular block are read in one query."""
    unit_ids = {unit for unit, _ in changes}
    offering_ids = {offering for _, offering in changes}
    existing = {
        (row.unit_id, row.offering_id): row
        for row in session.scalars(
            select(PenetrationCellRow).where(
                PenetrationCellRow.account_id == account_id,
                PenetrationCellRow.unit_id.in_(unit_ids),
                PenetrationCellRow.offering_id.in_(offering_ids),
            )
        )
    }
    for (unit_id, offering_id), cell in changes.items():
        row = existing.get((unit_id, offering_id))
        if row is None:
            if cell == UNKNOWN:
                continue
            row = PenetrationCellRow(
                account_id=account_id, unit_id=unit_id, offering_id=offering_id
            )
            session.add(row)
        row.state, row.amount, row.competitor = cell.state, cell.amount, cell.competitor
        row.deleted_at = None


def put_unit(session: Session, account_id: uuid.UUID, unit: Unit) -> None:
    """Rename or re-kind a unit, or add it after its siblings."""
    row = session.get(PlanUnitRow, unit.id)
    if row is None:
        siblings = (PlanUnitRow.account_id == account_id, PlanUnitRow.parent_id == unit.parent_id)
        row = PlanUnitRow(
            id=unit.id,
            account_id=account_id,
            position=_next_position(session, PlanUnitRow, *siblings),
        )
        session.add(row)
    row.name, row.kind, row.parent_id, row.deleted_at = unit.name, unit.kind, unit.parent_id, None


def set_units_removed(session: Session, unit_ids: Iterable[uuid.UUID], removed: bool) -> None:
    """Soft delete (or bring back) units; their cells stay, so bringing back loses nothing."""
    for unit_id in unit_ids:
        row = session.get(PlanUnitRow, unit_id)
        if row is not None:
            row.deleted_at = utc_now() if removed else None


def replace_plan(session: Session, account_id: uuid.UUID, new: PenetrationPlan) -> None:
    """Make the account's plan exactly `new`: its units in its order, its cells, nothing else.
    Offerings it names that the catalogue lacks are added to the catalogue."""
    known = {offering.id for offering in offerings(session)}
    for offering in new.offerings:
        if offering.id not in known:
            put_offering(session, offering)
    rows = {
        row.id: row
        for row in session.scalars(select(PlanUnitRow).where(PlanUnitRow.account_id == account_id))
    }
    kept = {unit.id for unit in new.units}
    for row in rows.values():
        if row.id not in kept and row.deleted_at is None:
            row.deleted_at = utc_now()
    for position, unit in enumerate(new.units):
        row = rows.get(unit.id) or PlanUnitRow(id=unit.id, account_id=account_id)
        session.add(row)
        row.name, row.kind, row.parent_id = unit.name, unit.kind, unit.parent_id
        row.position, row.deleted_at = position, None
    session.flush()
    current = plan(session, account_id).cells
    changes = {key: UNKNOWN for key in current if key not in new.cells}
    changes.update({key: cell for key, cell in new.cells.items() if current.get(key) != cell})
    put_cells(session, account_id, changes)


def _next_position(
    session: Session, table: type[OfferingRow] | type[PlanUnitRow], *where: object
) -> int:
    highest = session.scalar(select(func.max(table.position)).where(*where))  # type: ignore[arg-type]
    return 0 if highest is None else highest + 1
