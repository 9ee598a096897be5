"""The calendar export against a real store, read back with icalendar as a client would:
stable UIDs, rising SEQUENCE, LAST-MODIFIED, an alarm, cancelled events for ended reminders."""

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from kamdesk.documents.calendar import export_calendar
from kamdesk.domain.account import AccountFields
from kamdesk.domain.annual_plan import Action
from kamdesk.services.workspace import Workspace

TODAY = date(2026, 11, 23)


@pytest.fixture
def account(workspace: Workspace) -> uuid.UUID:
    return workspace.accounts.create(AccountFields(name="Bäckerei Größ KG")).id


def add_action(workspace: Workspace, account: uuid.UUID, days: int) -> Action:
    action = Action(uuid.uuid4(), "Angebot prüfen", TODAY + timedelta(days=days))
    workspace.plan.save_action(account, TODAY.year, action)
    return action


def exported(workspace: Workspace, path: Path, days: int = 90) -> dict[str, Event]:
    export_calendar(path, workspace.reminders, TODAY, days)
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return {str(e["uid"]): e for e in events}


def test_an_event_carries_uid_sequence_last_modified_an_alarm_and_umlauts(
    workspace: Workspace, account: uuid.UUID, tmp_path: Path
) -> None:
    action = add_action(workspace, account, 3)
    (event,) = exported(workspace, tmp_path / "k.ics").values()
    assert str(event["uid"]) == f"action:{action.id}@kamdesk"
    assert (event["sequence"], str(event["status"])) == (0, "CONFIRMED")
    assert "last-modified" in event and "dtstamp" in event
    assert "Bäckerei Größ KG" in str(event["summary"])
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"


def test_the_default_horizon_holds_the_next_ninety_days_and_a_shorter_one_less(
    workspace: Workspace, account: uuid.UUID, tmp_path: Path
) -> None:
    add_action(workspace, account, 60)
    (event,) = exported(workspace, tmp_path / "k.ics").values()
    assert str(event["status"]) == "CONFIRMED"
    (event,) = exported(workspace, tmp_path / "k.ics", days=14).values()
    assert str(event["status"]) == "CANCELLED"  # beyond the shorter horizon: off the calendar


def test_an_overdue_reminder_sits_on_today(
    workspace: Workspace, account: uuid.UUID, tmp_path: Path
) -> None:
    add_action(workspace, account, -5)
    (event,) = exported(workspace, tmp_path / "k.ics").values()
    assert event.decoded("dtstart") == TODAY


def test_a_done_reminder_goes_out_cancelled_with_the_same_uid_and_a_higher_sequence(
    workspace: Workspace, account: uuid.UUID, tmp_path: Path
) -> None:
    add_action(workspace, account, 2)
    (uid,) = exported(workspace, tmp_path / "k.ics")
    (shown,) = workspace.reminders.due(TODAY)
    workspace.reminders.mark_done(shown.reminder)
    after = exported(workspace, tmp_path / "k.ics")
    assert list(after) == [uid]
    assert (str(after[uid]["status"]), after[uid]["sequence"]) == ("CANCELLED", 1)
    assert not after[uid].walk("VALARM")  # nothing to be reminded of


def test_a_snoozed_reminder_moves_under_its_uid_with_a_higher_sequence(
    workspace: Workspace, account: uuid.UUID, tmp_path: Path
) -> None:
    add_action(workspace, account, 2)
    exported(workspace, tmp_path / "k.ics")
    (shown,) = workspace.reminders.due(TODAY)
    workspace.reminders.snooze(shown.reminder, TODAY + timedelta(days=9))
    (event,) = exported(workspace, tmp_path / "k.ics").values()
    assert (event.decoded("dtstart"), event["sequence"]) == (TODAY + timedelta(days=9), 1)
    (again,) = exported(workspace, tmp_path / "k.ics").values()
    assert again["sequence"] == 1  # unchanged since: the same version
