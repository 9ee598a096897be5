import uuid
from datetime import date, timedelta

import pytest

from kamdesk.domain.reminders import (
    Group,
    Handling,
    Reminder,
    ReminderKind,
    group_of,
    reminder_list,
)

MONDAY = date(2026, 11, 23)


def reminder(
    days: int, kind: ReminderKind = ReminderKind.ACTION, account: str = "Müller GmbH"
) -> Reminder:
    return Reminder(kind, uuid.uuid4(), uuid.uuid4(), account, MONDAY + timedelta(days=days))


@pytest.mark.parametrize(
    ("days", "group"),
    [
        (-30, Group.OVERDUE),
        (-1, Group.OVERDUE),
        (0, Group.THIS_WEEK),
        (6, Group.THIS_WEEK),  # Sunday
        (7, Group.LATER),  # next Monday
    ],
)
def test_groups_split_at_today_and_at_sunday(days: int, group: Group) -> None:
    assert group_of(MONDAY + timedelta(days=days), MONDAY) == group


def test_on_a_sunday_tomorrow_is_later() -> None:
    sunday = MONDAY + timedelta(days=6)
    assert group_of(sunday, sunday) == Group.THIS_WEEK
    assert group_of(sunday + timedelta(days=1), sunday) == Group.LATER


def test_soonest_first_across_sources() -> None:
    items = [reminder(3, ReminderKind.CONTACT), reminder(-5, ReminderKind.JOUR_FIXE), reminder(0)]
    shown = reminder_list(items, {}, MONDAY)
    assert [s.due_on for s in shown] == [
        MONDAY - timedelta(days=5),
        MONDAY,
        MONDAY + timedelta(days=3),
    ]
    assert [s.group for s in shown] == [Group.OVERDUE, Group.THIS_WEEK, Group.THIS_WEEK]


def test_the_same_day_lists_by_kind_then_account() -> None:
    items = [
        reminder(0, ReminderKind.CONTACT, "Alpha"),
        reminder(0, ReminderKind.STATUS_REVIEW, "Zeta"),
        reminder(0, ReminderKind.ACTION, "beta"),
        reminder(0, ReminderKind.ACTION, "Alpha"),
    ]
    shown = reminder_list(items, {}, MONDAY)
    assert [(s.reminder.kind, s.reminder.account_name) for s in shown] == [
        (ReminderKind.STATUS_REVIEW, "Zeta"),
        (ReminderKind.ACTION, "Alpha"),
        (ReminderKind.ACTION, "beta"),
        (ReminderKind.CONTACT, "Alpha"),
    ]


def test_reminders_beyond_the_horizon_wait() -> None:
    shown = reminder_list([reminder(14), reminder(15)], {}, MONDAY, horizon_days=14)
    assert [s.due_on for s in shown] == [MONDAY + timedelta(days=14)]


def test_a_done_reminder_disappears() -> None:
    item = reminder(-2)
    assert reminder_list([item], {item.key: Handling(item.due_on, done=True)}, MONDAY) == []


def test_a_done_reminder_returns_with_its_next_due_date() -> None:
    item = reminder(-2)
    moved = Reminder(item.kind, item.subject_id, item.account_id, item.account_name, MONDAY)
    assert len(reminder_list([moved], {item.key: Handling(item.due_on, done=True)}, MONDAY)) == 1


def test_a_snoozed_reminder_moves_to_its_date() -> None:
    item = reminder(-2)
    later = MONDAY + timedelta(days=9)
    (shown,) = reminder_list([item], {item.key: Handling(item.due_on, snoozed_until=later)}, MONDAY)
    assert (shown.due_on, shown.group, shown.snoozed) == (later, Group.LATER, True)


def test_a_snooze_past_the_horizon_hides_the_reminder_until_then() -> None:
    item = reminder(-2)
    far = MONDAY + timedelta(days=30)
    assert reminder_list([item], {item.key: Handling(item.due_on, snoozed_until=far)}, MONDAY) == []


def test_the_key_names_kind_and_subject_not_the_date() -> None:
    item = reminder(1)
    moved = Reminder(item.kind, item.subject_id, item.account_id, item.account_name, MONDAY)
    assert item.key == moved.key == f"action:{item.subject_id}"
