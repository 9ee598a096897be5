"""The calendar events this device last exported (a local record, never synced)."""

from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kamdesk.domain.calendar_events import CalendarEntry, CalendarEvent
from kamdesk.store.models import CalendarEventRow


def sent(session: Session) -> dict[str, CalendarEvent]:
    return {
        row.key: CalendarEvent(
            CalendarEntry(row.key, row.day, row.summary, row.description),
            row.sequence,
            row.changed_at,
            row.cancelled,
        )
        for row in session.scalars(select(CalendarEventRow))
    }


def replace_sent(session: Session, events: Iterable[CalendarEvent]) -> None:
    session.execute(delete(CalendarEventRow))
    rows = [
        {
            "key": e.entry.key,
            "day": e.entry.day,
            "summary": e.entry.summary,
            "description": e.entry.description,
            "sequence": e.sequence,
            "changed_at": e.changed_at,
            "cancelled": e.cancelled,
        }
        for e in events
    ]
    if rows:
        session.execute(insert(CalendarEventRow), rows)
