"""What a test reads of a team's shared data, wherever it lies: in the shared file (plain or
encrypted) or on the team server."""

import sqlite3
from contextlib import closing

import psycopg

from kamdesk.domain.sync.team_server import TeamPlace, TeamServer

from .conftest import inside


def _server_rows(server: TeamServer, query: str) -> list[tuple[object, ...]]:
    with psycopg.connect(server.url) as connection:
        return list(connection.execute(query))


def tables_in(team: TeamPlace) -> set[str]:
    """The tables the team's rows come from."""
    query = "SELECT DISTINCT table_name FROM rows"
    if isinstance(team, TeamServer):
        return {str(t) for (t,) in _server_rows(team, query.replace("rows", "kamdesk.rows"))}
    with inside(team) as database, closing(sqlite3.connect(database)) as connection:
        return {str(t) for (t,) in connection.execute(query)}


def stored_bytes(team: TeamPlace) -> bytes:
    """Everything the team's data holds, as bytes to search."""
    if isinstance(team, TeamServer):
        rows = _server_rows(team, "SELECT data, stamps, tombstone FROM kamdesk.rows")
        return repr(rows).encode()
    return team.read_bytes()


def last_write(team: TeamPlace) -> object:
    """What changes whenever anyone writes to the team's data."""
    if isinstance(team, TeamServer):
        return _server_rows(team, "SELECT seq, write FROM kamdesk.team")
    return team.stat().st_mtime_ns
