"""What a calendar that imports our file needs to stay in step with the reminders: every event
keeps its UID, goes out again with a higher SEQUENCE when it changed, and an event that ended
(done, deleted, moved past the horizon) goes out once more as cancelled instead of lingering."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

DEFAULT_DAYS_AHEAD = 90  # what a calendar export holds unless the user says otherwise
DAYS_AHEAD_MAX = 730
CANCELLED_KEPT = timedelta(days=90)  # how long an ended event is still sent as cancelled


@dataclass(frozen=True)
class CalendarEntry:
    key: str  # the reminder's lasting identity
    day: date
    summary: str
    description: str = ""


@dataclass(frozen=True)
class CalendarEvent:
    entry: CalendarEntry
    sequence: int
    changed_at: datetime
    cancelled: bool = False


def next_events(
    entries: Iterable[CalendarEntry], sent: Mapping[str, CalendarEvent], now: datetime
) -> list[CalendarEvent]:
    """The events to send now, given those sent last time: unchanged ones as they were,
    changed or returning ones with the next sequence, vanished ones cancelled."""
    events = []
    current = {entry.key: entry for entry in entries}
    for key, entry in current.items():
        before = sent.get(key)
        if before is None:
            events.append(CalendarEvent(entry, 0, now))
        elif before.entry != entry or before.cancelled:
            events.append(CalendarEvent(entry, before.sequence + 1, now))
        else:
            events.append(before)
    for key, before in sent.items():
        if key in current:
            continue
        if not before.cancelled:
            events.append(
                replace(before, sequence=before.sequence + 1, changed_at=now, cancelled=True)
            )
        elif now - before.changed_at < CANCELLED_KEPT:
            events.append(before)
    return events
