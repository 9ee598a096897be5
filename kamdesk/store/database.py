"""Engine set-up: WAL, foreign keys, real transactions; SQLite errors as typed store errors."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from kamdesk.domain.errors import StoreCorrupt, StoreUnavailable


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
            "busy_timeout=5000",
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain read-only connection that never writes to the file, not even its header."""
    with translated_errors(path):
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            yield connection
        finally:
            connection.close()


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's exceptions into the typed errors the user interface explains."""
    try:
        yield
    except (sqlite3.OperationalError, OperationalError) as error:
        raise StoreUnavailable(path, str(error)) from error
    except (sqlite3.DatabaseError, DatabaseError) as error:
        raise StoreCorrupt(path, str(error)) from error


def integrity_problems(path: Path) -> list[str]:
    with read_only(path) as connection:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        rows += [
            f"foreign key: {table} row {rowid} -> {parent}"
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
        ]
    return [] if rows == ["ok"] else [row for row in rows if row != "ok"]
