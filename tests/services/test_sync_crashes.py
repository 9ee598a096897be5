"""A sync killed at any step (SIGKILL, as a power cut) leaves the store whole with all its
changes and the shared file either old or new, never half; the next sync converges. And
processes syncing one file at once lose nothing."""

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.files.crash_points import CRASH_POINTS, CRASH_VARIABLE
from kamdesk.files.location import SCRATCH_KEPT_S, scratch_folder, store_path
from kamdesk.files.shared_file import read_snapshot
from kamdesk.services.team_keys import TeamKeys
from kamdesk.services.workspace import Workspace

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("each_file_form")]


def kamdesk(
    data_dir: Path, *args: str, crash_at: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    if crash_at is not None:
        env[CRASH_VARIABLE] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def integrity(data_dir: Path) -> str:
    with sqlite3.connect(store_path(data_dir)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_sync_killed_at_any_step_loses_nothing_and_the_next_converges(
    tmp_path: Path, point: str
) -> None:
    shared = tmp_path / "share" / "team.kamdesk"
    shared.parent.mkdir()
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    with Workspace.open(anna) as workspace:
        account = workspace.accounts.create(AccountFields(name="Müller GmbH")).id
        workspace.sync.sync(shared)
        fields = workspace.accounts.get(account).fields
        workspace.accounts.update(account, dataclasses.replace(fields, industry="Chemie"))
        workspace.accounts.create(AccountFields(name="Bäckerei Süß"))
    before = shared.read_bytes()
    killed = kamdesk(anna, "sync", str(shared), crash_at=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert integrity(anna) == "ok"
    team = read_snapshot(shared, None, TeamKeys().key_for)  # old or new, whole either way
    assert shared.read_bytes() == before or len(team.rows) == 2
    with Workspace.open(anna) as workspace:
        assert workspace.accounts.get(account).fields.industry == "Chemie"
        workspace.sync.sync(shared)
    with Workspace.open(ben) as workspace:
        workspace.sync.sync(shared)
        assert workspace.accounts.get(account).fields.industry == "Chemie"
        assert sorted(a.fields.name for a in workspace.accounts.all()) == [
            "Bäckerei Süß",
            "Müller GmbH",
        ]


def test_a_sync_killed_mid_write_leaves_no_team_data_in_the_system_temp_folder(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "share" / "team.kamdesk"
    shared.parent.mkdir()
    anna, system_temp = tmp_path / "anna", tmp_path / "system-temp"
    system_temp.mkdir()
    with Workspace.open(anna) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    env = {"TMPDIR": str(system_temp)}
    killed = kamdesk(anna, "sync", str(shared), crash_at="copied", env=env)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert list(system_temp.iterdir()) == []
    leftovers = list(scratch_folder().iterdir())
    assert leftovers  # kamdesk's own folder, swept at a later start
    hours_ago = time.time() - SCRATCH_KEPT_S - 60
    for leftover in leftovers:
        os.utime(leftover, (hours_ago, hours_ago))
    assert kamdesk(anna, "check", env=env).returncode == 0
    assert not any(leftover.exists() for leftover in leftovers)


LOOP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from kamdesk.domain.account import AccountFields
    from kamdesk.domain.errors import SharedFileBusy
    from kamdesk.services.workspace import Workspace

    data_dir, shared = Path(sys.argv[1]), Path(sys.argv[2])
    who, rounds = sys.argv[3], int(sys.argv[4])
    with Workspace.open(data_dir) as workspace:
        for n in range(rounds):
            workspace.accounts.create(AccountFields(name=f"{who} {n}"))
            for attempt in range(200):
                try:
                    workspace.sync.sync(shared)
                    break
                except SharedFileBusy:
                    time.sleep(0.05)
            else:
                raise SystemExit("never got the lease")
    """
)


@pytest.mark.parametrize("processes", [2, 3])
def test_processes_syncing_one_file_at_once_lose_no_update(tmp_path: Path, processes: int) -> None:
    shared = tmp_path / "share" / "team.kamdesk"
    shared.parent.mkdir()
    rounds = 6
    people = [f"kam{n}" for n in range(processes)]
    running = [
        subprocess.Popen(
            [sys.executable, "-c", LOOP, str(tmp_path / who), str(shared), who, str(rounds)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in people
    ]
    ended = [(process.communicate(timeout=300)[1], process.returncode) for process in running]
    assert [code for _, code in ended] == [0] * processes, [errors for errors, _ in ended]
    expected = sorted(f"{who} {n}" for who in people for n in range(rounds))
    for _ in range(2):
        for who in people:
            with Workspace.open(tmp_path / who) as workspace:
                workspace.sync.sync(shared)
    for who in people:
        assert integrity(tmp_path / who) == "ok"
        with Workspace.open(tmp_path / who) as workspace:
            assert sorted(a.fields.name for a in workspace.accounts.all()) == expected
    assert len(read_snapshot(shared, None, TeamKeys().key_for).rows) == len(expected)
