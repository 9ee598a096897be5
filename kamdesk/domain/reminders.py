"""Reminders (Wiedervorlage, SPEC §6): one list of what is due across accounts, soonest first,
grouped by when; done and snoozed per occurrence."""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

DEFAULT_HORIZON_DAYS = 14  # how far ahead the list looks


class ReminderKind(StrEnum):
    """In the order reminders due on the same day are listed."""

    STATUS_REVIEW = "status_review"
    COMPLAINT = "complaint"  # open too long
    ACTION = "action"
    JOUR_FIXE = "jour_fixe"
    VISIT = "visit"  # a planned customer visit without a report yet
    CONTACT = "contact"  # not met within the interval


class Group(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    subject_id: uuid.UUID  # the account, complaint, action, or contact it is about
    account_id: uuid.UUID
    account_name: str
    due_on: date
    subject: str = ""  # the action's title, the contact's name, the complaint's topic

    @property
    def key(self) -> str:
        """The reminder's lasting identity: one per thing to do, whatever its date."""
        return f"{self.kind}:{self.subject_id}"


@dataclass(frozen=True)
class Handling:
    """What the KAM did with a reminder due on `due_on`; a new due date is a new occurrence."""

    due_on: date
    done: bool = False
    snoozed_until: date | None = None


@dataclass(frozen=True)
class Shown:
    reminder: Reminder
    due_on: date  # the snoozed date where the KAM snoozed it
    group: Group

    @property
    def snoozed(self) -> bool:
        return self.due_on != self.reminder.due_on


def group_of(due_on: date, today: date) -> Group:
    """Overdue before today; this week up to Sunday; later after that."""
    if due_on < today:
        return Group.OVERDUE
    if due_on <= today + timedelta(days=6 - today.weekday()):
        return Group.THIS_WEEK
    return Group.LATER


_KIND_ORDER = {kind: index for index, kind in enumerate(ReminderKind)}


def reminder_list(
    reminders: Iterable[Reminder],
    handled: Mapping[str, Handling],
    today: date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> list[Shown]:
    """What is due up to the horizon, soonest first. A done occurrence disappears, a snoozed
    one moves to its date; both only while the reminder keeps the due date they were for."""
    last_day = today + timedelta(days=horizon_days)
    shown = []
    for reminder in reminders:
        handling = handled.get(reminder.key) if handled else None  # mostly none: no key made
        if handling is not None and handling.due_on != reminder.due_on:
            handling = None
        if handling is not None and handling.done:
            continue
        due = reminder.due_on
        if handling is not None and handling.snoozed_until is not None:
            due = handling.snoozed_until
        if due <= last_day:
            shown.append(Shown(reminder, due, group_of(due, today)))
    shown.sort(
        key=lambda s: (
            s.due_on,
            _KIND_ORDER[s.reminder.kind],
            s.reminder.account_name.casefold(),
            s.reminder.subject.casefold(),
        )
    )
    return shown
