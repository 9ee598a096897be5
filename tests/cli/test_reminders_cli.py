"""`kamdesk reminders [--json] [--ics FILE]`."""

import json
import os
import subprocess
import sys
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from kamdesk.cli import main
from kamdesk.domain.account import AccountFields
from kamdesk.domain.annual_plan import Action
from kamdesk.services.workspace import Workspace

NAME = "Bäckerei Größ & Söhne"


def store_with_action(data_dir: Path, due_on: date, title: str = "Angebot nachfassen") -> None:
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name=NAME)).id
        workspace.plan.save_action(account, due_on.year, Action(uuid.uuid4(), title, due_on))


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_reminders_as_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    store_with_action(data_dir, date.today() - timedelta(days=3))
    code, out, _ = run(capsys, data_dir, "reminders", "--json")
    (item,) = json.loads(out)
    assert code == 0
    assert item["kind"] == "action"
    assert item["group"] == "overdue"
    assert item["account"] == NAME
    assert item["subject"] == "Angebot nachfassen"
    assert item["due_on"] == (date.today() - timedelta(days=3)).isoformat()


def test_reminders_as_a_table_name_the_account(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store_with_action(data_dir, date.today())
    code, out, _ = run(capsys, data_dir, "reminders")
    assert code == 0
    assert NAME in out and "This week" in out


def test_nothing_due_says_so(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, data_dir, "reminders")[1].strip() == "Nothing is due."


def test_ics_export_is_stable_across_exports(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    store_with_action(data_dir, date.today() + timedelta(days=2), "Preisgespräch vorbereiten")
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run(capsys, data_dir, "reminders", "--ics", str(first))[0] == 0
    assert run(capsys, data_dir, "reminders", "--ics", str(second))[0] == 0

    def events(path: Path) -> list[tuple[str, str]]:
        calendar = Calendar.from_ical(path.read_bytes())
        return [(str(e["uid"]), str(e["summary"])) for e in calendar.walk("VEVENT")]

    assert events(first) == events(second)
    ((uid, summary),) = events(first)
    assert uid.startswith("action:") and uid.endswith("@kamdesk")
    assert summary == f"Action: Preisgespräch vorbereiten – {NAME}"


def test_an_unwritable_ics_path_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    store_with_action(data_dir, date.today())
    code, _, err = run(capsys, data_dir, "reminders", "--ics", str(tmp_path / "no" / "x.ics"))
    assert code == 1
    assert "x.ics" in err


def test_the_users_local_date_decides_what_is_overdue(data_dir: Path) -> None:
    """Honolulu and Kiritimati are a whole day apart: an action due on Honolulu's today is
    due this week there and already overdue in Kiritimati."""
    honolulu_today = datetime.now(ZoneInfo("Pacific/Honolulu")).date()
    store_with_action(data_dir, honolulu_today)
    groups = {}
    for zone in ("Pacific/Honolulu", "Pacific/Kiritimati"):
        result = subprocess.run(
            [sys.executable, "-m", "kamdesk", "--data-dir", str(data_dir), "reminders", "--json"],
            env={**os.environ, "TZ": zone},
            capture_output=True,
            text=True,
            check=True,
        )
        groups[zone] = json.loads(result.stdout)[0]["group"]
    assert groups == {"Pacific/Honolulu": "this_week", "Pacific/Kiritimati": "overdue"}
