"""Reminders as an iCalendar file: one all-day event per reminder, whose UID stays the same
across exports, so that importing again updates the calendar instead of duplicating it. A
changed event carries a higher SEQUENCE and its LAST-MODIFIED; an ended one STATUS:CANCELLED."""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from kamdesk import __version__
from kamdesk.domain.calendar_events import CalendarEvent
from kamdesk.files.atomic_file import replaced_atomically

UID_DOMAIN = "kamdesk"
ALARM_AT = timedelta(hours=9)  # 09:00 on the day: all-day events start at midnight


def calendar_bytes(events: Iterable[CalendarEvent], now: datetime | None = None) -> bytes:
    stamp = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//kamdesk//kamdesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "kamdesk")
    for event in events:
        calendar.add_component(_event(event, stamp))
    data: bytes = calendar.to_ical()
    return data


def _event(event: CalendarEvent, stamp: datetime) -> Event:
    entry = event.entry
    component = Event()
    component.add("uid", f"{entry.key}@{UID_DOMAIN}")
    component.add("dtstamp", stamp)
    component.add("last-modified", event.changed_at)
    component.add("sequence", event.sequence)
    # Dates without a time zone: the day is the KAM's day, wherever the laptop travels.
    component.add("dtstart", entry.day)
    component.add("dtend", entry.day + timedelta(days=1))
    component.add("summary", entry.summary)
    if entry.description:
        component.add("description", entry.description)
    component.add("transp", "TRANSPARENT")  # a reminder does not block the day
    if event.cancelled:
        component.add("status", "CANCELLED")
    else:
        component.add("status", "CONFIRMED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        alarm.add("trigger", ALARM_AT)
        component.add_component(alarm)
    return component


def write_calendar(path: Path, events: Iterable[CalendarEvent]) -> None:
    data = calendar_bytes(events)
    with replaced_atomically(path) as temporary:
        temporary.write_bytes(data)
