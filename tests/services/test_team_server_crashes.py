"""Syncs with the team server killed at any step (SIGKILL, as a power cut), the server gone
mid-sync, laptops syncing at once in a loop: the server holds a write whole or not at all,
no store loses a change, and the next syncs converge."""

import dataclasses
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import TeamServerUnreachable
from kamdesk.domain.sync.team_server import TeamServer
from kamdesk.files.crash_points import CRASH_POINTS
from kamdesk.services import sync_merge
from kamdesk.services.team_server import init_server
from kamdesk.services.workspace import Workspace

from ..postgres import Cluster, programs
from .test_sync_crashes import integrity, kamdesk

pytestmark = pytest.mark.slow


def server_rows(server: TeamServer) -> int:
    with psycopg.connect(server.url) as connection:
        return int(connection.execute("SELECT count(*) FROM kamdesk.rows").fetchone()[0])


def names(data_dir: Path) -> list[str]:
    with Workspace.open(data_dir) as workspace:
        return sorted(a.fields.name for a in workspace.accounts.all())


def two_changes(anna: Path, server: TeamServer) -> None:
    """Anna's account on the server; then, unsynced, an edit of it and a new account."""
    with Workspace.open(anna) as workspace:
        account = workspace.accounts.create(AccountFields(name="Müller GmbH")).id
        workspace.sync.sync(server)
        fields = workspace.accounts.get(account).fields
        workspace.accounts.update(account, dataclasses.replace(fields, industry="Chemie"))
        workspace.accounts.create(AccountFields(name="Bäckerei Süß"))


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_push_killed_at_any_step_loses_nothing(
    tmp_path: Path, team_server: TeamServer, point: str
) -> None:
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    two_changes(anna, team_server)
    killed = kamdesk(anna, "sync", team_server.url, crash_at=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert integrity(anna) == "ok"
    assert server_rows(team_server) in (1, 2)  # the write whole or not at all
    assert kamdesk(anna, "sync", team_server.url).returncode == 0
    assert kamdesk(ben, "sync", team_server.url).returncode == 0
    assert names(ben) == ["Bäckerei Süß", "Müller GmbH"]
    with Workspace.open(ben) as workspace:
        assert [a.fields.industry for a in workspace.accounts.all()] == ["", "Chemie"]


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_pull_killed_at_any_step_loses_nothing(
    tmp_path: Path, team_server: TeamServer, point: str
) -> None:
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    two_changes(anna, team_server)
    assert kamdesk(anna, "sync", team_server.url).returncode == 0
    with Workspace.open(ben) as workspace:
        workspace.accounts.create(AccountFields(name="Ben AG"))
    killed = kamdesk(ben, "sync", team_server.url, crash_at=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert integrity(ben) == "ok"
    for who in (ben, anna):
        assert kamdesk(who, "sync", team_server.url).returncode == 0
    assert names(anna) == names(ben) == ["Ben AG", "Bäckerei Süß", "Müller GmbH"]


@pytest.fixture
def own_cluster() -> Iterator[Cluster]:
    """A server of the test's own, to stop and start again."""
    found = programs()
    assert found is not None
    cluster = Cluster(found)
    cluster.start()
    yield cluster
    cluster.stop()


def test_the_server_gone_mid_sync_loses_nothing(
    tmp_path: Path, own_cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = TeamServer.named(own_cluster.new_database())
    init_server(server)
    anna = tmp_path / "anna"
    two_changes(anna, server)

    def server_gone(point: str) -> None:
        if point == "merged":
            own_cluster.halt()

    monkeypatch.setattr(sync_merge, "crash_point", server_gone)
    with Workspace.open(anna) as workspace, pytest.raises(TeamServerUnreachable):
        workspace.sync.sync(server)
    monkeypatch.undo()
    own_cluster.resume()
    assert server_rows(server) == 1
    assert kamdesk(anna, "sync", server.url).returncode == 0
    assert kamdesk(tmp_path / "ben", "sync", server.url).returncode == 0
    assert names(tmp_path / "ben") == ["Bäckerei Süß", "Müller GmbH"]


LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kamdesk.domain.account import AccountFields
    from kamdesk.domain.errors import TeamServerBusy
    from kamdesk.domain.sync.team_server import TeamServer
    from kamdesk.services.workspace import Workspace

    data_dir, server = Path(sys.argv[1]), TeamServer.named(sys.argv[2])
    who, rounds = sys.argv[3], int(sys.argv[4])
    with Workspace.open(data_dir) as workspace:
        for n in range(rounds):
            workspace.accounts.create(AccountFields(name=f"{who} {n}"))
            for attempt in range(20):
                try:
                    workspace.sync.sync(server)
                    break
                except TeamServerBusy:
                    pass
            else:
                raise SystemExit("never got a write in")
    """
)


@pytest.mark.parametrize("laptops", [2, 4])
def test_laptops_syncing_at_once_in_a_loop_lose_no_update(
    tmp_path: Path, team_server: TeamServer, laptops: int
) -> None:
    rounds = 6
    people = [f"kam{n}" for n in range(laptops)]
    running = [
        subprocess.Popen(
            [sys.executable, "-c", LOOP, str(tmp_path / who), team_server.url, who, str(rounds)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in people
    ]
    ended = [(process.communicate(timeout=300)[1], process.returncode) for process in running]
    assert [code for _, code in ended] == [0] * laptops, [errors for errors, _ in ended]
    expected = sorted(f"{who} {n}" for who in people for n in range(rounds))
    for who in people:
        with Workspace.open(tmp_path / who) as workspace:
            workspace.sync.sync(team_server)
    for who in people:
        assert integrity(tmp_path / who) == "ok"
        assert names(tmp_path / who) == expected
    assert server_rows(team_server) == len(expected)
