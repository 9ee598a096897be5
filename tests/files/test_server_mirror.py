"""The laptop's mirror of the team server is the server's rows and nothing else: damaged or
gone, it is made anew from the server, and the sync goes on."""

from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.sync.team_server import TeamServer
from kamdesk.services.team_server import mirror_of
from kamdesk.services.workspace import Workspace


@pytest.mark.parametrize("damage", ["garbage", "cut short", "gone"])
def test_a_damaged_or_lost_mirror_is_made_anew_from_the_server(
    tmp_path: Path, team_server: TeamServer, damage: str
) -> None:
    with Workspace.open(tmp_path / "anna") as anna:
        for n in range(300):
            anna.accounts.create(AccountFields(name=f"Kunde {n}"))
        anna.sync.sync(team_server)
    with Workspace.open(tmp_path / "ben") as ben:
        ben.sync.sync(team_server)
        mirror = mirror_of(ben.transactions.path, team_server)
        size = mirror.stat().st_size
        if damage == "garbage":
            mirror.write_bytes(b"not a database" * 1000)
        elif damage == "cut short":
            with mirror.open("r+b") as opened:
                opened.truncate(size // 2)
        else:
            mirror.unlink()
        ben.accounts.create(AccountFields(name="Neu AG"))
        assert ben.sync.sync(team_server).rows_out == 1
    with Workspace.open(tmp_path / "anna") as anna:
        anna.sync.sync(team_server)
        assert len(anna.accounts.all()) == 301
