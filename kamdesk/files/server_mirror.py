"""A laptop's mirror of its team server: a shared file of the same format, kept beside the
store between syncs and brought up to the server's last write with only the rows written
since, so that a sync merges with it exactly as with a copy of a shared file. A sync's own
write to it stays open until the server has taken it (`SharedCopy.settle`). The mirror is
the server's rows and nothing else: damaged, of a newer kamdesk or of another server, it is
made anew from the server."""

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path

from kamdesk.domain.errors import SharedFileTooNew
from kamdesk.domain.people import Person
from kamdesk.files.shared_copy import (
    UPSERT_ROW,
    Seen,
    SharedCopy,
    checked,
    connect,
    made,
    set_meta,
)

Row = tuple[str, str, str, str, str, int]  # table, id, data, stamps, tombstone, seq
Notice = tuple[str, str, str, int]  # device, key, text, seq


@contextmanager
def mirrored(local: Path) -> Iterator[SharedCopy]:
    """The mirror at `local`; an empty one where there is none or it cannot be used."""
    try:
        connection = _opened(local)
    except (sqlite3.DatabaseError, UnicodeDecodeError, OSError):
        connection = _anew(local)
    try:
        copy = checked(connection, local, local, None, sealed=True)
    except (sqlite3.DatabaseError, SharedFileTooNew, ValueError, TypeError, LookupError):
        connection.close()
        connection = _anew(local)
        copy = checked(connection, local, local, None, sealed=True)
    with closing(connection):
        copy.held = True
        yield copy


def forget(local: Path) -> None:
    """The mirror removed, to be made anew from the server at the next sync."""
    for part in (local, *(local.with_name(local.name + s) for s in ("-wal", "-shm"))):
        part.unlink(missing_ok=True)


def _opened(local: Path) -> sqlite3.Connection:
    if not local.exists():
        raise FileNotFoundError(local)
    connection = connect(local)
    # Kept between syncs: a crash must not leave it half written.
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def _anew(local: Path) -> sqlite3.Connection:
    forget(local)
    local.parent.mkdir(parents=True, exist_ok=True)
    connection = connect(local)
    made(connection, "")
    connection.close()
    return _opened(local)


def received(
    copy: SharedCopy,
    team: str,
    last: Seen,
    rows: Iterable[list[Row]],
    writes: Iterable[tuple[int, str]],
    notices: Iterable[Notice],
    devices: Mapping[str, tuple[str, Person]],
    *,
    anew: bool,
) -> None:
    """The server's writes since the mirror's last one taken in (`anew`: the mirror emptied
    first, for a server it does not descend from)."""
    connection = copy.connection
    with connection:
        connection.execute("BEGIN")
        if anew:
            for table in ("rows", "writes", "notices"):
                connection.execute(f"DELETE FROM {table}")
            copy.devices, copy.people = {}, {}
        for batch in rows:
            connection.executemany(UPSERT_ROW, batch)
        connection.executemany("INSERT OR REPLACE INTO writes VALUES (?, ?)", writes)
        connection.executemany("INSERT OR REPLACE INTO notices VALUES (?, ?, ?, ?)", notices)
        for device, (stamp, person) in devices.items():
            copy.devices[device], copy.people[device] = stamp, person
        set_meta(connection, team, copy.devices, copy.people)
    copy.team, copy.last = team, last


def written(copy: SharedCopy, *, every: bool = False) -> Iterator[tuple[str, str, str, str, str]]:
    """The rows of the copy's last write (its own, still held, found by the index on the
    write's number); `every`: all its rows."""
    columns = "SELECT table_name, id, data, stamps, tombstone FROM rows"
    if every:
        yield from copy.connection.execute(columns)
    else:
        yield from copy.connection.execute(f"{columns} WHERE seq = ?", (copy.last.seq,))


def written_notices(copy: SharedCopy, *, every: bool = False) -> list[tuple[str, str, str]]:
    columns = "SELECT device, key, text FROM notices"
    found = (
        copy.connection.execute(columns)
        if every
        else copy.connection.execute(f"{columns} WHERE seq = ?", (copy.last.seq,))
    )
    return [(str(d), str(k), str(t)) for d, k, t in found]
