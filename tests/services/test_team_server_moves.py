"""A team moved from its shared file onto a team server and back loses nothing; each KAM
logs in as their own role, which may sync but not delete rows or change the schema."""

import dataclasses
from pathlib import Path

import psycopg
import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import TeamServerInUse
from kamdesk.domain.sync.team_server import TeamPlace, TeamServer
from kamdesk.services.team_keys import TeamKeys
from kamdesk.services.team_server import import_file
from kamdesk.services.workspace import Workspace

from ..postgres import Cluster, new_login_name


def view(workspace: Workspace) -> list[tuple[str, str]]:
    """What the team shares (private notes stay on their laptop)."""
    return sorted((a.fields.name, a.fields.industry) for a in workspace.accounts.all())


def sync_all(places: list[Workspace], team: TeamPlace) -> None:
    for workspace in [*places, *places]:
        workspace.sync.sync(team)


@pytest.mark.usefixtures("each_file_form")
def test_a_team_moved_onto_a_server_and_back_keeps_every_store_equal(
    tmp_path: Path, shared: Path, team_server: TeamServer
) -> None:
    with Workspace.open(tmp_path / "anna") as anna, Workspace.open(tmp_path / "ben") as ben:
        account = anna.accounts.create(AccountFields(name="Müller GmbH")).id
        fields = anna.accounts.get(account).fields
        anna.accounts.update(account, dataclasses.replace(fields, private_notes="nur Anna"))
        ben.accounts.create(AccountFields(name="Bäckerei Süß"))
        sync_all([anna, ben], shared)
        before = [view(anna), view(ben)]
        assert import_file(shared, team_server, TeamKeys().key_for) > 0
        sync_all([anna, ben], team_server)
        assert [view(anna), view(ben)] == before
        fields = ben.accounts.get(account).fields
        ben.accounts.update(account, dataclasses.replace(fields, industry="Chemie"))
        sync_all([anna, ben], team_server)
        back = tmp_path / "share" / "again.kamdesk"
        sync_all([anna, ben], back)
        assert anna.accounts.get(account).fields.industry == "Chemie"
        assert view(anna) == view(ben)
        assert anna.accounts.get(account).fields.private_notes == "nur Anna"
        assert anna.conflicts.count() == ben.conflicts.count() == 0


def test_a_file_is_moved_only_onto_a_server_nobody_wrote_to(
    tmp_path: Path, shared: Path, team_server: TeamServer
) -> None:
    with Workspace.open(tmp_path / "anna") as anna:
        anna.accounts.create(AccountFields(name="Müller GmbH"))
        anna.sync.sync(team_server)
        anna.sync.sync(shared)
    with pytest.raises(TeamServerInUse):
        import_file(shared, team_server, TeamKeys().key_for)


def test_a_kam_role_syncs_but_deletes_no_row(
    tmp_path: Path, postgres: Cluster, team_server: TeamServer
) -> None:
    login = new_login_name()  # roles are the cluster's, not the test database's
    with psycopg.connect(team_server.url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {login} LOGIN IN ROLE kamdesk_team")
    as_anna = TeamServer(team_server.url.replace("kamdesk@", f"{login}@"))
    with Workspace.open(tmp_path / "anna") as anna:
        anna.accounts.create(AccountFields(name="Müller GmbH"))
        assert anna.sync.sync(as_anna).rows_out == 1
    with psycopg.connect(as_anna.url) as connection:
        for statement in ("DELETE FROM kamdesk.rows", "DROP TABLE kamdesk.rows"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
            connection.rollback()
