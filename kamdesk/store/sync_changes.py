"""The synced rows changed here since the last sync, logged by triggers on every synced table,
so that a sync reads those rows instead of comparing the whole store with its base.

The triggers are the store's own, made when it opens: Alembic's batch migrations recreate
tables without them and a new column needs them anew, so their names carry a digest of the
columns they watch. When any is missing or stale, every row counts as changed (what happened
without them is unknown), which costs one full comparison at the next sync."""

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from kamdesk.domain.sync.plan import Key
from kamdesk.store.sync_models import SyncBaseRow, SyncChangeRow
from kamdesk.store.sync_tables import TRAVELLING, listed

CHANGES = SyncChangeRow.__tablename__
_PREFIX = "sync_changed_"


def _triggers() -> dict[str, str]:
    """By name, the statement making each trigger. A change replaces the row's entry, so
    that the log's largest rowid grows with every change (see `mark`); no synced table is
    written with a conflict clause of its own, which would override the trigger's."""
    statements = {}
    for table, columns in TRAVELLING.items():
        watched = listed(["deleted_at", *columns])
        tag = hashlib.sha256(watched.encode()).hexdigest()[:8]
        for event, row in (("INSERT", "NEW"), (f"UPDATE OF {watched}", "NEW"), ("DELETE", "OLD")):
            name = f"{_PREFIX}{table}_{event.split()[0].lower()}_{tag}"
            statements[name] = (
                f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" BEGIN '
                f"INSERT OR REPLACE INTO {CHANGES} (table_name, row_id) "
                f"VALUES ('{table}', {row}.id); END"
            )
    return statements


def ensure_change_log(session: Session) -> None:
    """Make the triggers that are missing or stale; then every row counts as changed."""
    connection = session.connection()
    wanted = _triggers()
    present = {
        str(name)
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, ?) = ?",
            (len(_PREFIX), _PREFIX),
        )
    }
    if present == wanted.keys():
        return
    for name in present:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for statement in wanted.values():
        connection.exec_driver_sql(statement)
    _log_everything(connection)


@contextmanager
def paused(session: Session) -> Iterator[None]:
    """The rows written in the block are not logged (a first sync's rows, in step with the
    new base): the triggers go and come back inside the caller's transaction, so nothing
    else can write meanwhile and a failure rolls both back."""
    connection = session.connection()
    wanted = _triggers()
    for name in wanted:
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    yield
    for statement in wanted.values():
        connection.exec_driver_sql(statement)


def _log_everything(connection: Connection) -> None:
    for table in TRAVELLING:
        connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO {CHANGES} (table_name, row_id) "
            f"SELECT '{table}', id FROM \"{table}\""
        )
    connection.exec_driver_sql(
        f"INSERT OR IGNORE INTO {CHANGES} (table_name, row_id) "
        f"SELECT table_name, row_id FROM {SyncBaseRow.__tablename__}"
    )


def mark(session: Session) -> tuple[int, int]:
    """Changes whenever a synced row is added, changed or removed (to notice edits made
    while a sync was merging)."""
    count, largest = (
        session.connection()
        .exec_driver_sql(f"SELECT count(*), coalesce(max(id), 0) FROM {CHANGES}")
        .one()
    )
    return int(count), int(largest)


def changed(session: Session) -> set[Key]:
    rows = session.connection().exec_driver_sql(f"SELECT table_name, row_id FROM {CHANGES}")
    return {Key(table, row_id) for table, row_id in rows}


def restart(session: Session, differing: Iterable[Key]) -> None:
    """After a sync: only the rows that still differ from the new base count as changed."""
    connection = session.connection()
    connection.exec_driver_sql(f"DELETE FROM {CHANGES}")
    keys = [tuple(key) for key in differing]
    if keys:
        connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO {CHANGES} (table_name, row_id) VALUES (?, ?)", keys
        )
