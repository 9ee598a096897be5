"""The team server's schema: made once, kept by a second init, refused where it is newer."""

import psycopg
import pytest

from kamdesk.domain.errors import TeamServerTooNew
from kamdesk.domain.sync.team_server import TeamServer
from kamdesk.services.team_server import check_server, init_server
from kamdesk.store.team_server import SCHEMA, known_revisions


def test_a_schema_of_a_newer_kamdesk_is_refused_and_left_alone(team_server: TeamServer) -> None:
    with psycopg.connect(team_server.url, autocommit=True) as admin:
        admin.execute(f"UPDATE {SCHEMA}.alembic_version SET version_num = 's999'")
    for refused in (check_server, init_server):
        with pytest.raises(TeamServerTooNew):
            refused(team_server)
    with psycopg.connect(team_server.url) as admin:
        found = admin.execute(f"SELECT version_num FROM {SCHEMA}.alembic_version").fetchone()
    assert found == ("s999",)


def test_the_revisions_known_end_at_the_schemas_head(team_server: TeamServer) -> None:
    with psycopg.connect(team_server.url) as admin:
        found = admin.execute(f"SELECT version_num FROM {SCHEMA}.alembic_version").fetchone()
    assert found == (known_revisions()[0],)
