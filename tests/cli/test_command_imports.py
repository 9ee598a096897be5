"""A command loads what it uses and no more, as a launched `kamdesk` process shows: the
answer to --version and --help before Qt or the store, a listing of accounts, reminders or the
portfolio without Alembic (the store is at the head already), the file-format libraries or
the team sync's transports."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk.services.workspace import Workspace

HEAVY = (
    "PySide6.QtCore",
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "vobject",
    "icalendar",
    "platformdirs",
    "kamdesk.documents",
    "kamdesk.demo.data",
    "kamdesk.services.sync",
)


def _loaded_by(*arguments: str) -> list[str]:
    """The heavy modules a `kamdesk` process run with these arguments had loaded at its end."""
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print(sorted(m for m in HEAVY if m in sys.modules), "
        "file=sys.stderr))\n"
        "from kamdesk.launch import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    ).replace("HEAVY", repr(HEAVY))
    result = subprocess.run(
        [sys.executable, "-c", probe, *arguments], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = ast.literal_eval(result.stderr.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize("asked", ["--version", "--help"])
def test_version_and_help_load_nothing_heavy(asked: str) -> None:
    assert _loaded_by(asked) == []


@pytest.mark.parametrize("command", [["accounts", "list"], ["reminders"], ["portfolio"]])
def test_a_listing_loads_no_migration_tool_and_no_file_formats(
    data_dir: Path, command: list[str]
) -> None:
    Workspace.open(data_dir).close()  # a store at the head
    loaded = _loaded_by("--data-dir", str(data_dir), *command)
    assert loaded == ["PySide6.QtCore", "platformdirs", "sqlalchemy"]
