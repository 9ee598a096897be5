"""Reminder use cases: the one list across accounts, done and snooze (undoable)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from kamdesk.domain.annual_plan import ActionStatus
from kamdesk.domain.calendar_events import CalendarEntry, CalendarEvent, next_events
from kamdesk.domain.reminders import (
    DEFAULT_HORIZON_DAYS,
    Handling,
    Reminder,
    ReminderKind,
    Shown,
    reminder_list,
)
from kamdesk.services.lifecycle import stored_rules
from kamdesk.services.transactions import Transactions
from kamdesk.store import calendar_events
from kamdesk.store import reminders as queries
from kamdesk.store.annual_plan import set_action_status


@dataclass(frozen=True)
class Handled:
    """What marking a reminder changed, so that undo can put it back."""

    reminder: Reminder
    before: Handling | None
    action_status: ActionStatus | None = None  # the action's status before it was done


class ReminderService:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def due(self, today: date, horizon_days: int = DEFAULT_HORIZON_DAYS) -> list[Shown]:
        """What is due up to the horizon, soonest first; `today` is the user's local date."""
        with self._transactions.read() as session:
            found = list(queries.reminders(session, stored_rules(session).complaint_days))
            handled = queries.handled(session)
        return reminder_list(found, handled, today, horizon_days)

    def calendar_events(
        self, entries: Iterable[CalendarEntry], now: datetime
    ) -> list[CalendarEvent]:
        """The events for a calendar export, remembered as sent: what changed since the last
        export goes out with a higher sequence, what ended as cancelled."""
        with self._transactions.write() as session:
            events = next_events(entries, calendar_events.sent(session), now)
            calendar_events.replace_sent(session, events)
        return events

    def mark_done(self, reminder: Reminder) -> Handled:
        """Done with this occurrence; a done action is done in the plan, too."""
        with self._transactions.write() as session:
            before = queries.handling(session, reminder.key)
            queries.put_handling(session, reminder.key, Handling(reminder.due_on, done=True))
            status = None
            if reminder.kind == ReminderKind.ACTION:
                status = set_action_status(session, reminder.subject_id, ActionStatus.DONE)
        return Handled(reminder, before, status)

    def snooze(self, reminder: Reminder, until: date) -> Handled:
        with self._transactions.write() as session:
            before = queries.handling(session, reminder.key)
            handling = Handling(reminder.due_on, snoozed_until=until)
            queries.put_handling(session, reminder.key, handling)
        return Handled(reminder, before)

    def undo(self, handled: Handled) -> None:
        with self._transactions.write() as session:
            queries.put_handling(session, handled.reminder.key, handled.before)
            if handled.action_status is not None:
                set_action_status(session, handled.reminder.subject_id, handled.action_status)
