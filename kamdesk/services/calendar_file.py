"""Reminders as an iCalendar file: one all-day event per reminder, whose UID stays the same
across exports, so that importing again updates the calendar instead of duplicating it."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from kamdesk import __version__
from kamdesk.services.atomic_file import replaced_atomically

UID_DOMAIN = "kamdesk"


@dataclass(frozen=True)
class CalendarEntry:
    key: str  # the reminder's lasting identity
    day: date
    summary: str
    description: str = ""


def calendar_bytes(entries: Iterable[CalendarEntry], now: datetime | None = None) -> bytes:
    stamp = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//kamdesk//kamdesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "kamdesk")
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.key}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        # Dates without a time zone: the day is the KAM's day, wherever the laptop travels.
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("summary", entry.summary)
        if entry.description:
            event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")  # a reminder does not block the day
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def write_calendar(path: Path, entries: Iterable[CalendarEntry]) -> None:
    data = calendar_bytes(entries)
    with replaced_atomically(path) as temporary:
        temporary.write_bytes(data)
