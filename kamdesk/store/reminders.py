"""Reminder queries: every source of something due, read across all accounts, and what the
KAM did with each reminder."""

from collections.abc import Iterator
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.annual_plan import ActionStatus
from kamdesk.domain.complaints import ComplaintStatus
from kamdesk.domain.reminders import Handling, Reminder, ReminderKind
from kamdesk.domain.stakeholders import (
    IMPORTANT_ROLES,
    Contact,
    account_interval,
    contact_interval,
)
from kamdesk.store.briefing import VISIT
from kamdesk.store.models import (
    AccountRow,
    ActivityRow,
    ComplaintRow,
    ContactRow,
    JourFixeRow,
    PlanActionRow,
    ReminderHandlingRow,
)

_LIVE_ACCOUNT = AccountRow.deleted_at.is_(None)


def reminders(session: Session, complaint_days: int) -> Iterator[Reminder]:
    """Every reminder whatever its date (a snooze may bring a far one forward or keep a past
    one back); an open complaint is due `complaint_days` after it came."""
    yield from _reviews(session)
    yield from _complaints(session, complaint_days)
    yield from _actions(session)
    yield from _jour_fixes(session)
    yield from _visits(session)
    yield from _contacts(session)


def _reviews(session: Session) -> Iterator[Reminder]:
    rows = session.connection().execute(
        select(AccountRow.id, AccountRow.name, AccountRow.review_due_on).where(_LIVE_ACCOUNT)
    )
    for account_id, name, due in rows:
        if due is not None:
            yield Reminder(ReminderKind.STATUS_REVIEW, account_id, account_id, name, due)


def _complaints(session: Session, days: int) -> Iterator[Reminder]:
    rows = session.connection().execute(
        select(
            ComplaintRow.id,
            AccountRow.id,
            AccountRow.name,
            ComplaintRow.received_on,
            ComplaintRow.topic,
        )
        .join(AccountRow, AccountRow.id == ComplaintRow.account_id)
        .where(
            _LIVE_ACCOUNT,
            ComplaintRow.deleted_at.is_(None),
            ComplaintRow.status != ComplaintStatus.RESOLVED,
        )
    )
    for complaint_id, account_id, name, received, topic in rows:
        due = received + timedelta(days=days)
        yield Reminder(ReminderKind.COMPLAINT, complaint_id, account_id, name, due, topic)


def _actions(session: Session) -> Iterator[Reminder]:
    rows = session.connection().execute(
        select(
            PlanActionRow.id,
            AccountRow.id,
            AccountRow.name,
            PlanActionRow.due_on,
            PlanActionRow.title,
        )
        .join(AccountRow, AccountRow.id == PlanActionRow.account_id)
        .where(
            _LIVE_ACCOUNT,
            PlanActionRow.deleted_at.is_(None),
            PlanActionRow.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
        )
    )
    for action_id, account_id, name, due, title in rows:
        if due is not None:
            yield Reminder(ReminderKind.ACTION, action_id, account_id, name, due, title)


def _jour_fixes(session: Session) -> Iterator[Reminder]:
    rows = session.connection().execute(
        select(JourFixeRow.id, AccountRow.id, AccountRow.name, JourFixeRow.next_on)
        .join(AccountRow, AccountRow.id == JourFixeRow.account_id)
        .where(_LIVE_ACCOUNT, JourFixeRow.deleted_at.is_(None))
    )
    for meeting_id, account_id, name, due in rows:
        if due is not None:
            yield Reminder(ReminderKind.JOUR_FIXE, meeting_id, account_id, name, due)


def _visits(session: Session) -> Iterator[Reminder]:
    """Planned visits; once the report is written, the visit is no longer a reminder."""
    rows = session.connection().execute(
        select(ActivityRow.id, AccountRow.id, AccountRow.name, ActivityRow.occurred_on)
        .add_columns(ActivityRow.subject)
        .join(AccountRow, AccountRow.id == ActivityRow.account_id)
        .where(
            _LIVE_ACCOUNT,
            ActivityRow.deleted_at.is_(None),
            ActivityRow.kind == VISIT,
            ActivityRow.text == "",
        )
    )
    for visit_id, account_id, name, day, purpose in rows:
        yield Reminder(ReminderKind.VISIT, visit_id, account_id, name, day, purpose)


def _contacts(session: Session) -> Iterator[Reminder]:
    """Decision makers, influencers and purchasers met before, due again one interval after
    the last meeting. The others, and contacts never met, are the stakeholder map's findings."""
    rows = session.connection().execute(
        select(
            ContactRow.id,
            ContactRow.name,
            ContactRow.hierarchy_level,
            ContactRow.buying_role,
            ContactRow.last_contact_on,
            ContactRow.interval_days,
            AccountRow.id,
            AccountRow.name,
            AccountRow.status_level,
            AccountRow.contact_interval_days,
        )
        .join(AccountRow, AccountRow.id == ContactRow.account_id)
        .where(
            _LIVE_ACCOUNT,
            ContactRow.deleted_at.is_(None),
            ContactRow.buying_role.in_(IMPORTANT_ROLES),
        )
    )
    for cid, cname, level, role, last, days, account_id, name, status, own_days in rows:
        if last is None:
            continue
        contact = Contact(cid, cname, level, role=role, interval_days=days)
        interval = contact_interval(contact, account_interval(status, own_days))
        due = last + timedelta(days=interval)
        yield Reminder(ReminderKind.CONTACT, cid, account_id, name, due, cname)


def handled(session: Session) -> dict[str, Handling]:
    rows = session.scalars(
        select(ReminderHandlingRow).where(ReminderHandlingRow.deleted_at.is_(None))
    )
    return {r.key: Handling(r.due_on, r.done, r.snoozed_until) for r in rows}


def handling(session: Session, key: str) -> Handling | None:
    row = session.scalars(
        select(ReminderHandlingRow).where(
            ReminderHandlingRow.key == key, ReminderHandlingRow.deleted_at.is_(None)
        )
    ).one_or_none()
    return None if row is None else Handling(row.due_on, row.done, row.snoozed_until)


def put_handling(session: Session, key: str, handling: Handling | None) -> None:
    """Record (or, with None, forget) what was done with a reminder."""
    row = session.scalars(
        select(ReminderHandlingRow).where(ReminderHandlingRow.key == key)
    ).one_or_none()
    if handling is None:
        if row is not None:
            session.delete(row)  # forgetting is local bookkeeping, not shared data
        return
    if row is None:
        row = ReminderHandlingRow(key=key)
        session.add(row)
    row.due_on, row.done, row.snoozed_until = handling.due_on, handling.done, handling.snoozed_until
    row.deleted_at = None
