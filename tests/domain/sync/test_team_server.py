"""A team server's address: what the user typed in and what is kept (never a password)."""

from pathlib import Path

import pytest

from kamdesk.domain.sync.team_server import ServerFields, TeamServer, place_named


def test_a_password_in_the_address_is_used_but_not_part_of_it() -> None:
    server = TeamServer.named("postgresql://anna:Geheim%2F26@db.firma.de/vertrieb")
    assert (server.url, server.password) == ("postgresql://anna@db.firma.de/vertrieb", "Geheim/26")
    assert "Geheim" not in repr(server)


@pytest.mark.parametrize(
    "fields",
    [
        ServerFields("db.firma.de", 5433, "vertrieb", "anna.berger", tls=True),
        ServerFields("db.firma.de", 5432, "vertrieb", "anna", tls=False),
        ServerFields("localhost", 5432, "team", "", tls=True),
    ],
)
def test_the_fields_typed_in_are_the_fields_read_back(fields: ServerFields) -> None:
    assert TeamServer.of(fields).fields == fields


def test_a_server_is_shown_as_user_at_host_and_database() -> None:
    server = TeamServer.of(ServerFields("db.firma.de", 5432, "vertrieb", "anna"))
    assert server.shown == "anna@db.firma.de:5432/vertrieb"


def test_an_address_names_a_server_and_anything_else_a_file() -> None:
    assert isinstance(place_named("postgres://anna@db/team"), TeamServer)
    assert place_named("/mnt/team/team.kamdesk") == Path("/mnt/team/team.kamdesk")
