"""Reminders as calendar entries in the user's language (kept apart from the words so that the
main window does not load the calendar library at start)."""

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.reminders import Shown
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.lifecycle_words import reminder_summary
from kamdesk.services.calendar_file import CalendarEntry, write_calendar

translate = QCoreApplication.translate


def calendar_entry(shown: Shown) -> CalendarEntry:
    reminder = shown.reminder
    description = translate("lifecycle", "Account: {account}\nDue on {date}").format(
        account=reminder.account_name, date=format_date(reminder.due_on)
    )
    return CalendarEntry(reminder.key, shown.due_on, reminder_summary(reminder), description)


def export_calendar(path: Path, reminders: Iterable[Shown]) -> None:
    write_calendar(path, [calendar_entry(shown) for shown in reminders])
