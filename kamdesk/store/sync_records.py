"""Sync's records on this device: the device row, conflicts waiting for the user, the log."""

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kamdesk.store.column_types import utc_now
from kamdesk.store.sync_models import SyncConflictRow, SyncDeviceRow, SyncLogRow

LOG_KEPT = 500


def new_device_id() -> str:
    return uuid.uuid4().hex[:16]


def ensure_device(session: Session) -> None:
    """Make this install's row if the store has none yet (a new or upgraded store)."""
    if session.get(SyncDeviceRow, 1) is None:
        session.add(SyncDeviceRow(id=1, device_id=new_device_id()))


def device(session: Session) -> SyncDeviceRow:
    """This install's row, made when the store was opened."""
    return session.get_one(SyncDeviceRow, 1)


def add_conflicts(session: Session, conflicts: Iterable[dict[str, object]]) -> None:
    """The same conflict found again (a retried sync) is kept once."""
    values = [{"id": uuid.uuid4(), "found_at": utc_now(), **c} for c in conflicts]
    if values:
        session.execute(insert(SyncConflictRow).prefix_with("OR IGNORE"), values)


def open_conflicts(session: Session) -> list[SyncConflictRow]:
    return list(
        session.scalars(
            select(SyncConflictRow)
            .where(SyncConflictRow.resolved_at.is_(None))
            .order_by(SyncConflictRow.found_at, SyncConflictRow.label, SyncConflictRow.field)
        )
    )


def count_open(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(SyncConflictRow)
            .where(SyncConflictRow.resolved_at.is_(None))
        )
        or 0
    )


def conflict(session: Session, conflict_id: uuid.UUID) -> SyncConflictRow | None:
    return session.get(SyncConflictRow, conflict_id)


def set_resolved(session: Session, conflict_id: uuid.UUID, at: datetime | None) -> None:
    session.get_one(SyncConflictRow, conflict_id).resolved_at = at


def add_log(session: Session, entry: SyncLogRow) -> None:
    session.add(entry)
    session.flush()
    oldest_kept = session.scalar(
        select(SyncLogRow.id).order_by(SyncLogRow.id.desc()).offset(LOG_KEPT - 1).limit(1)
    )
    if oldest_kept is not None:
        session.execute(delete(SyncLogRow).where(SyncLogRow.id < oldest_kept))


def log(session: Session, limit: int = 200) -> list[SyncLogRow]:
    return list(session.scalars(select(SyncLogRow).order_by(SyncLogRow.id.desc()).limit(limit)))
