"""Lifecycle queries: phases and their history, complaints, and what the warning signals read."""

import functools
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.complaints import Complaint, ComplaintStatus
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.lifecycle import Phase, PhaseChange
from kamdesk.domain.stakeholders import IMPORTANT_ROLES, account_interval
from kamdesk.domain.warning_signals import COMPARED_FIGURES, SignalKind
from kamdesk.store.batches import in_batches
from kamdesk.store.column_types import utc_now
from kamdesk.store.models import (
    AccountRow,
    ComplaintRow,
    ContactRow,
    KeyFigureRow,
    PhaseChangeRow,
)

_SIGNAL_KINDS = set(SignalKind)


@dataclass(frozen=True)
class PhaseState:
    phase: Phase
    talks_to_competitors: bool
    dismissed: frozenset[SignalKind]
    contact_interval_days: int


@in_batches
def phase_states(session: Session, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, PhaseState]:
    rows = session.execute(
        select(
            AccountRow.id,
            AccountRow.phase,
            AccountRow.talks_to_competitors,
            AccountRow.dismissed_signals,
            AccountRow.status_level,
            AccountRow.contact_interval_days,
        ).where(AccountRow.id.in_(account_ids))
    )
    return {
        account_id: PhaseState(
            phase, competitors, _kinds(dismissed), account_interval(level, own_days)
        )
        for account_id, phase, competitors, dismissed, level, own_days in rows
    }


@functools.lru_cache(maxsize=64)  # the same few texts on thousands of accounts
def _kinds(text: str) -> frozenset[SignalKind]:
    return frozenset(SignalKind(kind) for kind in text.split(",") if kind in _SIGNAL_KINDS)


def set_dismissed(session: Session, account_id: uuid.UUID, kinds: Iterable[SignalKind]) -> None:
    session.get_one(AccountRow, account_id).dismissed_signals = ",".join(sorted(kinds))


def set_talks_to_competitors(session: Session, account_id: uuid.UUID, talks: bool) -> None:
    session.get_one(AccountRow, account_id).talks_to_competitors = talks


def change_phase(session: Session, account_id: uuid.UUID, change: PhaseChange) -> uuid.UUID:
    """Move the account to the new phase and record the step; a new phase starts with no
    dismissed signals. Returns the history entry's id."""
    row = session.get_one(AccountRow, account_id)
    row.phase, row.dismissed_signals = change.new_phase, ""
    entry = PhaseChangeRow(
        account_id=account_id,
        changed_on=change.changed_on,
        old_phase=change.old_phase,
        new_phase=change.new_phase,
        reason=change.reason,
        changed_by=change.changed_by,
    )
    session.add(entry)
    session.flush()
    return entry.id


def undo_phase_change(session: Session, account_id: uuid.UUID, entry_id: uuid.UUID) -> None:
    """Take a recorded step back: the history entry goes, the old phase returns."""
    entry = session.get_one(PhaseChangeRow, entry_id)
    entry.deleted_at = utc_now()
    if entry.old_phase is not None:
        session.get_one(AccountRow, account_id).phase = entry.old_phase


def history(session: Session, account_id: uuid.UUID) -> list[PhaseChange]:
    """Newest first."""
    rows = session.scalars(
        select(PhaseChangeRow)
        .where(PhaseChangeRow.account_id == account_id, PhaseChangeRow.deleted_at.is_(None))
        .order_by(PhaseChangeRow.changed_on.desc(), PhaseChangeRow.created_at.desc())
    )
    return [
        PhaseChange(r.changed_on, r.old_phase, r.new_phase, r.reason, r.changed_by) for r in rows
    ]


# complaints


@in_batches
def complaints(session: Session, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Complaint]]:
    """Per account, newest first."""
    return _complaints(session, account_ids, list(ComplaintStatus))


@in_batches
def open_complaints(
    session: Session, account_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[Complaint]]:
    """Per account, the open ones (all the warning signals count), newest first."""
    return _complaints(session, account_ids, [s for s in ComplaintStatus if s.is_open])


def _complaints(
    session: Session, account_ids: list[uuid.UUID], statuses: list[ComplaintStatus]
) -> dict[uuid.UUID, list[Complaint]]:
    rows = session.connection().execute(
        select(
            ComplaintRow.account_id,
            ComplaintRow.id,
            ComplaintRow.received_on,
            ComplaintRow.topic,
            ComplaintRow.severity,
            ComplaintRow.status,
            ComplaintRow.resolved_on,
            ComplaintRow.owner,
        )
        .where(
            ComplaintRow.account_id.in_(account_ids),
            ComplaintRow.deleted_at.is_(None),
            ComplaintRow.status.in_(statuses),
        )
        .order_by(ComplaintRow.received_on.desc(), ComplaintRow.created_at.desc())
    )
    found: dict[uuid.UUID, list[Complaint]] = defaultdict(list)
    for account_id, complaint_id, received, topic, severity, status, resolved, owner in rows:
        complaint = Complaint(complaint_id, received, topic, severity, status, resolved, owner)
        found[account_id].append(complaint)
    return found


def put_complaint(session: Session, account_id: uuid.UUID, complaint: Complaint) -> None:
    row = session.get(ComplaintRow, complaint.id) or ComplaintRow(
        id=complaint.id, account_id=account_id
    )
    session.add(row)
    row.received_on, row.topic, row.severity = (
        complaint.received_on,
        complaint.topic,
        complaint.severity,
    )
    row.status, row.resolved_on, row.owner = (
        complaint.status,
        complaint.resolved_on,
        complaint.owner,
    )
    row.deleted_at = None


def remove_complaint(session: Session, complaint_id: uuid.UUID) -> None:
    row = session.get(ComplaintRow, complaint_id)
    if row is not None:
        row.deleted_at = utc_now()


# what the signals read


@in_batches
def key_figures(
    session: Session, account_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[KeyFigures]]:
    """The figures the warning signals compare, by year."""
    columns = [getattr(KeyFigureRow, name) for name in COMPARED_FIGURES]
    rows = session.connection().execute(
        select(KeyFigureRow.account_id, KeyFigureRow.year, *columns)
        .where(KeyFigureRow.account_id.in_(account_ids), KeyFigureRow.deleted_at.is_(None))
        .order_by(KeyFigureRow.year)
    )
    found: dict[uuid.UUID, list[KeyFigures]] = defaultdict(list)
    for account_id, year, *figures in rows:
        found[account_id].append(
            KeyFigures(year, **dict(zip(COMPARED_FIGURES, figures, strict=True)))
        )
    return found


@in_batches
def last_important_contacts(
    session: Session, account_ids: list[uuid.UUID]
) -> dict[uuid.UUID, date]:
    """The latest contact with any decision maker, influencer or purchaser, per account."""
    rows = session.connection().execute(
        select(ContactRow.account_id, func.max(ContactRow.last_contact_on))
        .where(
            ContactRow.account_id.in_(account_ids),
            ContactRow.deleted_at.is_(None),
            ContactRow.buying_role.in_(IMPORTANT_ROLES),
            ContactRow.last_contact_on.is_not(None),
        )
        .group_by(ContactRow.account_id)
    )
    return {account_id: last for account_id, last in rows if last is not None}
