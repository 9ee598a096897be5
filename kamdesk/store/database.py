"""Engine set-up: WAL, foreign keys, real transactions; SQLite errors as typed store errors.

Every transaction begins IMMEDIATE (it takes the write lock at once, so SQLite's busy timeout
applies) unless it is opened with the execution option `READS_ONLY`: such a transaction begins
deferred, never blocks a writer, and SQLite refuses any write inside it (`query_only`)."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry

from kamdesk.domain.errors import StoreCorrupt, StoreProblem, StoreUnavailable
from kamdesk.store.read_only import connect_read_only

READS_ONLY = "kamdesk_reads_only"
BUSY_TIMEOUT_MS = 5000

# SQLite's primary result codes (the low byte of an extended code), by what the user is told.
_PROBLEMS = {
    5: StoreProblem.BUSY,  # SQLITE_BUSY
    6: StoreProblem.BUSY,  # SQLITE_LOCKED
    8: StoreProblem.READ_ONLY,  # SQLITE_READONLY
    10: StoreProblem.IO,  # SQLITE_IOERR
    13: StoreProblem.DISK_FULL,  # SQLITE_FULL
    14: StoreProblem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    15: StoreProblem.BUSY,  # SQLITE_PROTOCOL: a lock race, retried the same way
}
_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def store_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    # The pool hands a connection to one thread at a time, so sqlite3's thread check is moot.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _: ConnectionPoolEntry) -> None:
        # pysqlite would skip BEGIN before DDL; take over so migrations are transactional too.
        dbapi_connection.isolation_level = None
        for pragma in (
            "journal_mode=WAL",
            f"foreign_keys={'ON' if foreign_keys else 'OFF'}",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        reads_only = bool(connection.get_execution_options().get(READS_ONLY))
        connection.exec_driver_sql(f"PRAGMA query_only={int(reads_only)}")
        connection.exec_driver_sql("BEGIN" if reads_only else "BEGIN IMMEDIATE")

    return engine


BESIDE = "beside"  # the name a file attached to a store's connection goes by
# While a whole team's rows go in set by set: the indexes they extend stay in memory.
BESIDE_CACHE_KIB = -65536


@contextmanager
def attached(connection: Connection, other: Path) -> Iterator[None]:
    """Another SQLite file attached to the connection as BESIDE while no transaction runs
    (SQLite detaches only then); its statements go through the connection's transactions."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute(f"ATTACH DATABASE ? AS {BESIDE}", (str(other),))
    (cache,) = raw.execute("PRAGMA main.cache_size").fetchone()
    raw.execute(f"PRAGMA main.cache_size = {BESIDE_CACHE_KIB}")
    try:
        yield
    finally:
        if raw.in_transaction:  # a failed commit leaves SQLite's transaction open
            raw.execute("ROLLBACK")
        raw.execute(f"PRAGMA main.cache_size = {cache}")  # the pooled connection stays small
        raw.execute(f"DETACH DATABASE {BESIDE}")


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain read-only connection that never writes to the file, not even its header."""
    with translated_errors(path):
        connection = connect_read_only(path)
        try:
            yield connection
        finally:
            connection.close()


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    if isinstance(error, DBAPIError) and isinstance(error.orig, sqlite3.Error):
        return error.orig
    return error if isinstance(error, sqlite3.Error) else None


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's exceptions about the file into the typed errors the user interface
    explains. Only the kind of problem travels on: SQLAlchemy's text holds the statement and
    its parameters (customer data). Anything else (a broken constraint) is a bug and stays."""
    try:
        yield
    except (sqlite3.Error, DBAPIError) as error:
        original = _sqlite_error(error)
        code = getattr(original, "sqlite_errorcode", -1) & 0xFF
        if code in _DAMAGED:
            raise StoreCorrupt(path, getattr(original, "sqlite_errorname", "")) from error
        if code in _PROBLEMS:
            raise StoreUnavailable(path, _PROBLEMS[code]) from error
        raise


def integrity_problems(path: Path) -> list[str]:
    with read_only(path) as connection:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        rows += [
            f"foreign key: {table} row {rowid} -> {parent}"
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
        ]
    return [] if rows == ["ok"] else [row for row in rows if row != "ok"]
