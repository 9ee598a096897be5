"""The team server's database (PostgreSQL through psycopg 3): its schema made and checked
under Alembic of its own, what a laptop has not seen yet read after the write it last
merged, and a laptop's write taken in one transaction, only on top of the write it merged
with. Statements bind every value; PostgreSQL's errors become typed ones."""

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from kamdesk.domain.errors import (
    TeamServerError,
    TeamServerInUse,
    TeamServerNotReady,
    TeamServerRefused,
    TeamServerTooNew,
    TeamServerUnreachable,
)
from kamdesk.domain.people import Person
from kamdesk.domain.sync.rows import WRITES_KEPT
from kamdesk.domain.sync.team_server import Head, TeamServer

if TYPE_CHECKING:
    from alembic.config import Config

SCHEMA = "kamdesk"
MIGRATIONS_DIR = Path(__file__).with_name("server_migrations")
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 120_000  # a write of a whole team's rows stays well within
_FETCHED = 2000  # rows per round trip while a laptop reads the server's rows

Row = tuple[str, str, str, str, str, int]  # table, id, data, stamps, tombstone, seq
Notice = tuple[str, str, str, int]  # device, key, text, seq
Device = tuple[str, str, Person]  # device, newest stamp it wrote, who works on it

# PostgreSQL's SQLSTATE classes and codes, by what the user is told.
_REFUSED = ("28", "42501")  # invalid authorization; insufficient privilege
_NOT_READY = ("3F000", "42P01")  # no such schema; no such table
_LOST = ("08", "57")  # connection exception; operator intervention (server shut down)


def server_engine(server: TeamServer) -> Engine:
    """Connections that wait at most CONNECT_TIMEOUT_S for the server, encrypted (TLS
    required) unless they go to this computer or the address says otherwise."""
    url = make_url(server.url).set(drivername="postgresql+psycopg")
    if server.password:
        url = url.set(password=server.password)
    query = dict(url.query)
    host = str(query.get("host", url.host or ""))
    if "sslmode" not in query and not host.startswith("/") and host not in ("", "localhost"):
        query["sslmode"] = "require"
    options = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    return create_engine(
        url.set(query=query),
        poolclass=NullPool,  # a sync connects, works, disconnects: nothing held between syncs
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "kamdesk",
            "options": options,
        },
    )


@contextmanager
def translated(server: TeamServer) -> Iterator[None]:
    """PostgreSQL's and the network's failures as typed errors naming the server."""
    try:
        yield
    except DBAPIError as error:
        raise _typed(server, error) from error


def _typed(server: TeamServer, error: DBAPIError) -> TeamServerError:
    code = str(getattr(error.orig, "sqlstate", None) or "")
    # A connection the server itself turned away (libpq gives no code for it, only the
    # server's FATAL message): a login refused, an unknown user or database, no access.
    answered = not code and "FATAL:" in str(error.orig)
    if code.startswith(_REFUSED) or answered:
        return TeamServerRefused(server.shown, code or "login")
    if code.startswith(_NOT_READY):
        return TeamServerNotReady(server.shown, code)
    if not code or code.startswith(_LOST) or error.connection_invalidated:
        return TeamServerUnreachable(server.shown, code or "connection")
    return TeamServerError(server.shown, code)


# Schema --------------------------------------------------------------------------------------


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """The server schema's revisions this kamdesk knows, newest first."""
    files = (MIGRATIONS_DIR / "versions").glob("s[0-9]*_*.py")
    return sorted((file.name.partition("_")[0] for file in files), reverse=True)


def stored_revision(connection: Connection) -> str | None:
    """The schema's revision; None where the database holds none yet."""
    found = connection.execute(
        text("SELECT to_regclass(:table)"), {"table": f"{SCHEMA}.alembic_version"}
    ).scalar()
    if found is None:
        return None
    revision = connection.execute(text(f"SELECT version_num FROM {SCHEMA}.alembic_version"))
    return revision.scalar()


def init(connection: Connection, server: TeamServer, team: str = "") -> Head:
    """The schema made or upgraded to the head, and the team's row made (for `team`, or a
    new team); a schema of a newer kamdesk is refused and left as it is."""
    current = stored_revision(connection)
    revisions = known_revisions()
    if current is not None and current not in revisions:
        raise TeamServerTooNew(server.shown, current)
    if current != revisions[0]:
        from alembic import command

        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    connection.execute(
        text(f"INSERT INTO {SCHEMA}.team (id, team) VALUES (1, :team) ON CONFLICT DO NOTHING"),
        {"team": team or uuid.uuid4().hex},
    )
    return head(connection, server)


def checked(connection: Connection, server: TeamServer) -> Head:
    """The team's head, where the schema is this kamdesk's: refused where there is none
    yet (`kamdesk server init`) or it is newer."""
    current = stored_revision(connection)
    if current is None:
        raise TeamServerNotReady(server.shown, "no schema")
    revisions = known_revisions()
    if current not in revisions:
        raise TeamServerTooNew(server.shown, current)
    if current != revisions[0]:
        raise TeamServerNotReady(server.shown, current)  # made by an older kamdesk
    return head(connection, server)


def head(connection: Connection, server: TeamServer, *, locked: bool = False) -> Head:
    """The team and its last write; `locked`: held until the transaction ends, so that
    writes happen one after another."""
    query = f"SELECT team, seq, write FROM {SCHEMA}.team WHERE id = 1"
    found = connection.execute(text(f"{query} FOR UPDATE" if locked else query)).one_or_none()
    if found is None:
        raise TeamServerNotReady(server.shown, "no team")
    return Head(str(found[0]), int(found[1]), str(found[2]))


# Reading -------------------------------------------------------------------------------------


def write_id(connection: Connection, seq: int) -> str | None:
    """The id of the server's write `seq`, if the server still lists it."""
    found = connection.execute(
        text(f"SELECT id FROM {SCHEMA}.writes WHERE seq = :seq"), {"seq": seq}
    ).scalar()
    return None if found is None else str(found)


def rows_after(connection: Connection, seq: int) -> Iterator[list[Row]]:
    """The rows written after write `seq`, a batch at a time from a server-side cursor (a
    second laptop's first sync reads millions; they never all sit in memory)."""
    raw = connection.connection.driver_connection
    assert raw is not None
    with raw.cursor(name="kamdesk_rows_after") as cursor:
        cursor.execute(
            f"SELECT table_name, id, data, stamps, tombstone, seq FROM {SCHEMA}.rows "
            "WHERE seq > %(seq)s",
            {"seq": seq},
        )
        while batch := cursor.fetchmany(_FETCHED):
            yield batch


def writes_after(connection: Connection, seq: int) -> list[tuple[int, str]]:
    found = connection.execute(
        text(f"SELECT seq, id FROM {SCHEMA}.writes WHERE seq > :seq ORDER BY seq"), {"seq": seq}
    )
    return [(int(s), str(i)) for s, i in found]


def notices_after(connection: Connection, seq: int) -> list[Notice]:
    found = connection.execute(
        text(f"SELECT device, key, text, seq FROM {SCHEMA}.notices WHERE seq > :seq"),
        {"seq": seq},
    )
    return [(str(d), str(k), str(t), int(s)) for d, k, t, s in found]


def devices_after(connection: Connection, seq: int) -> list[Device]:
    found = connection.execute(
        text(f"SELECT device, stamp, name, initials FROM {SCHEMA}.devices WHERE seq > :seq"),
        {"seq": seq},
    )
    return [(str(d), str(s), Person(str(n), str(i))) for d, s, n, i in found]


# Writing -------------------------------------------------------------------------------------


def write(
    connection: Connection,
    server: TeamServer,
    on_top_of: int,
    write_seq_id: tuple[int, str],
    rows: Iterable[tuple[str, str, str, str, str]],
    notices: Iterable[tuple[str, str, str]],
    devices: Iterable[Device],
) -> bool:
    """One laptop's write, in the caller's transaction: its rows (new or changed), notices
    and devices, under the write's sequence number. Only on top of write `on_top_of`, the
    one the laptop merged with; False (nothing written) when a colleague wrote since."""
    seq, write_id_ = write_seq_id
    if head(connection, server, locked=True).seq != on_top_of:
        return False
    _copied_rows(connection, rows)
    connection.execute(
        text(
            f"INSERT INTO {SCHEMA}.rows (table_name, id, data, stamps, tombstone, seq) "
            "SELECT table_name, id, data, stamps, tombstone, :seq FROM incoming "
            "ON CONFLICT (table_name, id) DO UPDATE SET data = excluded.data, "
            "stamps = excluded.stamps, tombstone = excluded.tombstone, seq = excluded.seq"
        ),
        {"seq": seq},
    )
    values = [{"device": d, "key": k, "text": t, "seq": seq} for d, k, t in notices]
    if values:
        connection.execute(
            text(
                f"INSERT INTO {SCHEMA}.notices VALUES (:device, :key, :text, :seq) "
                "ON CONFLICT DO NOTHING"
            ),
            values,
        )
    people = [
        {"device": d, "stamp": s, "name": p.name, "initials": p.initials, "seq": seq}
        for d, s, p in devices
    ]
    if people:
        connection.execute(
            text(
                f"INSERT INTO {SCHEMA}.devices VALUES (:device, :stamp, :name, :initials, :seq) "
                "ON CONFLICT (device) DO UPDATE SET stamp = excluded.stamp, "
                "name = excluded.name, initials = excluded.initials, seq = excluded.seq"
            ),
            people,
        )
    _recorded(connection, seq, write_id_)
    return True


def take_team(connection: Connection, server: TeamServer, team: str) -> None:
    """The server made the team's (moving a team onto it): refused once anyone wrote."""
    if head(connection, server, locked=True).seq:
        raise TeamServerInUse(server.shown, "written")
    connection.execute(text(f"UPDATE {SCHEMA}.team SET team = :team WHERE id = 1"), {"team": team})


def _copied_rows(connection: Connection, rows: Iterable[tuple[str, str, str, str, str]]) -> None:
    """The rows into a temporary table by COPY: a whole team's rows in one stream."""
    connection.execute(
        text(
            "CREATE TEMPORARY TABLE incoming (table_name text, id text, data text, "
            "stamps text, tombstone text) ON COMMIT DROP"
        )
    )
    raw = connection.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy("COPY incoming FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _recorded(connection: Connection, seq: int, write_id_: str) -> None:
    values = {"seq": seq, "id": write_id_, "kept": seq - WRITES_KEPT}
    connection.execute(text(f"INSERT INTO {SCHEMA}.writes (seq, id) VALUES (:seq, :id)"), values)
    connection.execute(text(f"DELETE FROM {SCHEMA}.writes WHERE seq <= :kept"), values)
    connection.execute(text(f"DELETE FROM {SCHEMA}.notices WHERE seq <= :kept"), values)
    connection.execute(
        text(f"UPDATE {SCHEMA}.team SET seq = :seq, write = :id WHERE id = 1"), values
    )
