"""Briefing queries: agreed counter-performances, activities, and planned visits with the
people attending them."""

import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.briefing import Activity, Agreement, Visit, VisitPlan
from kamdesk.store.column_types import utc_now
from kamdesk.store.models import ActivityRow, CounterPerformanceRow, VisitAttendeeRow

VISIT = "visit"  # the kind of activity a planned visit is


def agreements(session: Session, account_id: uuid.UUID) -> list[Agreement]:
    rows = session.scalars(
        select(CounterPerformanceRow)
        .where(
            CounterPerformanceRow.account_id == account_id,
            CounterPerformanceRow.deleted_at.is_(None),
        )
        .order_by(CounterPerformanceRow.agreed_on)
    )
    return [Agreement(r.kind, r.text, r.agreed_on, r.fulfilled) for r in rows]


def activities(session: Session, account_id: uuid.UUID, limit: int) -> list[Activity]:
    """The latest, newest first."""
    rows = session.scalars(
        select(ActivityRow)
        .where(ActivityRow.account_id == account_id, ActivityRow.deleted_at.is_(None))
        .order_by(ActivityRow.occurred_on.desc(), ActivityRow.created_at.desc())
        .limit(limit)
    )
    return [Activity(r.occurred_on, r.kind, r.subject, r.text) for r in rows]


def put_visit(
    session: Session, account_id: uuid.UUID, visit_id: uuid.UUID, plan: VisitPlan
) -> None:
    """Save the visit as a planned activity with its attendees (replacing earlier ones)."""
    row = session.get(ActivityRow, visit_id) or ActivityRow(id=visit_id, account_id=account_id)
    session.add(row)
    row.occurred_on, row.kind, row.subject, row.deleted_at = (
        plan.visit_on,
        VISIT,
        plan.purpose,
        None,
    )
    for attendee in session.scalars(
        select(VisitAttendeeRow).where(VisitAttendeeRow.activity_id == visit_id)
    ):
        session.delete(attendee)
    session.add_all(
        [VisitAttendeeRow(activity_id=visit_id, contact_id=c) for c in plan.contact_ids]
        + [VisitAttendeeRow(activity_id=visit_id, member_id=m) for m in plan.member_ids]
    )


def remove_visit(session: Session, visit_id: uuid.UUID) -> None:
    row = session.get(ActivityRow, visit_id)
    if row is not None:
        row.deleted_at = utc_now()


def set_report(session: Session, visit_id: uuid.UUID, report: str) -> None:
    session.get_one(ActivityRow, visit_id).text = report


def visits(session: Session, account_id: uuid.UUID) -> list[Visit]:
    """Planned visits, latest first, with who attends and the report."""
    rows = session.scalars(
        select(ActivityRow)
        .where(
            ActivityRow.account_id == account_id,
            ActivityRow.kind == VISIT,
            ActivityRow.deleted_at.is_(None),
        )
        .order_by(ActivityRow.occurred_on.desc())
    )
    visits = list(rows)
    attendees = session.scalars(
        select(VisitAttendeeRow).where(
            VisitAttendeeRow.activity_id.in_([row.id for row in visits]),
            VisitAttendeeRow.deleted_at.is_(None),
        )
    )
    contacts: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    members: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for person in attendees:
        if person.contact_id is not None:
            contacts[person.activity_id].append(person.contact_id)
        if person.member_id is not None:
            members[person.activity_id].append(person.member_id)
    return [
        Visit(
            row.id,
            VisitPlan(
                row.occurred_on, tuple(contacts[row.id]), tuple(members[row.id]), row.subject
            ),
            row.text,
        )
        for row in visits
    ]
