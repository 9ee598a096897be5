"""`kamdesk review`: the dry run changes nothing; --apply drops the right accounts, once."""

import json
import uuid
from pathlib import Path

import pytest

from kamdesk.cli import main


def review(capsys: pytest.CaptureFixture[str], data_dir: Path, *flags: str) -> list[dict[str, str]]:
    assert main(["--data-dir", str(data_dir), "review", "--json", *flags]) == 0
    result: list[dict[str, str]] = json.loads(capsys.readouterr().out)
    return result


def levels(capsys: pytest.CaptureFixture[str], data_dir: Path) -> dict[str, str]:
    main(["--data-dir", str(data_dir), "accounts", "list", "--json"])
    return {a["name"]: a["status_level"] for a in json.loads(capsys.readouterr().out)}


def test_dry_run_says_what_would_happen(
    capsys: pytest.CaptureFixture[str], data_dir: Path, overdue_store: dict[str, uuid.UUID]
) -> None:
    planned = {
        item["name"]: (item["action"], item["new_level"]) for item in review(capsys, data_dir)
    }
    assert planned == {
        "Bleibt AG": ("confirm", "account"),
        "Fällt GmbH": ("drop", "account"),
        "Raus KG": ("drop", "A"),
    }
    assert review(capsys, data_dir) != []  # still due: nothing was applied


def test_apply_drops_the_right_accounts_once(
    capsys: pytest.CaptureFixture[str], data_dir: Path, overdue_store: dict[str, uuid.UUID]
) -> None:
    applied = review(capsys, data_dir, "--apply")
    assert {item["name"]: item["action"] for item in applied} == {
        "Bleibt AG": "pending",
        "Fällt GmbH": "drop",
        "Raus KG": "drop",
    }
    assert review(capsys, data_dir, "--apply") == []
    assert levels(capsys, data_dir) == {
        "Bleibt AG": "account",
        "Fällt GmbH": "account",
        "Raus KG": "A",
    }
