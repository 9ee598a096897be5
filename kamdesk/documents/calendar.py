"""Reminders as calendar entries in the user's language (kept apart from the words so that the
main window does not load the calendar library at start)."""

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.calendar_events import DEFAULT_DAYS_AHEAD, CalendarEntry
from kamdesk.domain.reminders import Shown
from kamdesk.files.calendar_file import write_calendar
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.lifecycle_words import reminder_summary

if TYPE_CHECKING:
    from kamdesk.services.reminders import ReminderService

translate = QCoreApplication.translate


def calendar_entry(shown: Shown, today: date) -> CalendarEntry:
    """An overdue reminder sits on today, where the user sees it, not on a day gone by."""
    reminder = shown.reminder
    description = translate("lifecycle", "Account: {account}\nDue on {date}").format(
        account=reminder.account_name, date=format_date(reminder.due_on)
    )
    day = max(shown.due_on, today)
    return CalendarEntry(reminder.key, day, reminder_summary(reminder), description)


def export_calendar(
    path: Path, reminders: "ReminderService", today: date, days: int = DEFAULT_DAYS_AHEAD
) -> int:
    """Write what is due within `days` as a calendar that stays in step with the reminders
    on re-import; the number of reminders in it."""
    entries = [calendar_entry(shown, today) for shown in reminders.due(today, days)]
    write_calendar(path, reminders.calendar_events(entries, datetime.now(UTC)))
    return len(entries)
