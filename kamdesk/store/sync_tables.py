"""The store's synced tables read and written as raw column values, exactly as SQLite keeps
them (so a value survives the trip through JSON unchanged), plus the device's sync base."""

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, UniqueConstraint
from sqlalchemy.orm import Session

from kamdesk.domain.sync.plan import Key, LocalRow, Materialized, Relations
from kamdesk.domain.sync.rows import LOCAL_TABLES, Texts, travels
from kamdesk.store.models import user_data_tables
from kamdesk.store.sync_models import SyncBaseRow

TABLES: dict[str, Table] = {
    table.name: table
    for table in user_data_tables()  # owners before the rows belonging to them
    if table.name not in LOCAL_TABLES
}


TRAVELLING: dict[str, tuple[str, ...]] = {
    name: tuple(c.name for c in table.columns if travels(name, c.name))
    for name, table in TABLES.items()
}


def _listed(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _now() -> str:
    """Now, as SQLAlchemy writes a UTC timestamp into SQLite."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def relations() -> Relations:
    owners = {
        name: tuple(
            (fk.parent.name, fk.column.table.name)
            for fk in table.foreign_keys
            if not fk.parent.nullable and fk.column.table.name in TABLES
        )
        for name, table in TABLES.items()
    }
    unique = {
        name: tuple(c.name for c in constraint.columns)
        for name, table in TABLES.items()
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    }
    return Relations(owners, unique)


def read_local(session: Session) -> dict[Key, LocalRow]:
    rows = {}
    connection = session.connection()
    for name, columns in TRAVELLING.items():
        listed = _listed(["id", "deleted_at", *columns])
        for id_, deleted_at, *values in connection.exec_driver_sql(
            f'SELECT {listed} FROM "{name}"'
        ).fetchall():  # whole: row by row costs more than the rest of the read
            rows[Key(name, id_)] = LocalRow(
                dict(zip(columns, values, strict=True)), deleted_at is not None
            )
    return rows


def fingerprint(session: Session) -> tuple[object, ...]:
    """Changes whenever a synced row is added, changed or removed (to notice edits made
    while a sync was merging)."""
    connection = session.connection()
    return tuple(
        tuple(connection.exec_driver_sql(f'SELECT count(*), max(updated_at) FROM "{name}"').one())
        for name in TABLES
    )


def read_base(session: Session) -> dict[Key, Texts]:
    """The base's rows as texts: data, stamps, tombstone (decoded by the caller, and only
    where a sync needs them)."""
    rows = session.connection().exec_driver_sql(
        "SELECT table_name, row_id, data, stamps, tombstone FROM " + SyncBaseRow.__tablename__
    )
    return {Key(t, i): Texts(d, s, dead) for t, i, d, s, dead in rows.fetchall()}


def write_base(session: Session, changed: Mapping[Key, Texts]) -> None:
    """Rows of the new base (the merged state) that changed, as texts: data, stamps,
    tombstone. A row once synced stays in the base for good, as its tombstone does in the
    shared file."""
    if not changed:
        return
    session.connection().exec_driver_sql(
        f"INSERT OR REPLACE INTO {SyncBaseRow.__tablename__} "
        "(table_name, row_id, data, stamps, tombstone) VALUES (?, ?, ?, ?, ?)",
        [(*key, *texts) for key, texts in changed.items()],
    )


def apply(
    session: Session, result: Materialized, local: Mapping[Key, LocalRow], relations: Relations
) -> None:
    """Make the local store hold what the merge decided, in the caller's transaction. A row
    whose owner is dead keeps its own deletion mark: restoring the owner restores it too."""
    connection = session.connection()
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    now = _now()
    for key in result.folded & local.keys():  # first: the survivor takes its unique key
        connection.exec_driver_sql(f'DELETE FROM "{key.table}" WHERE id = ?', (key.row_id,))
    for key, (data, alive) in result.rows.items():
        known = TRAVELLING.get(key.table)
        if known is None:
            continue  # a table of a newer kamdesk: kept in the shared file, not here
        values = {c: v for c, v in data.items() if c in known}
        row = local.get(key)
        if row is None:
            values |= {"id": key.row_id, "updated_at": now, "deleted_at": None if alive else now}
            _execute(
                connection,
                f'INSERT INTO "{key.table}" ({_listed(values)}) VALUES ({_marks(values)})',
                values,
            )
            continue
        changes = {c: v for c, v in values.items() if row.data.get(c) != v}
        if alive and row.deleted:
            changes["deleted_at"] = None
        elif not alive and not row.deleted and _owners_alive(key, data, result, relations):
            changes["deleted_at"] = now
        if changes:
            _update(connection, key, changes | {"updated_at": now})


def _owners_alive(
    key: Key, data: Mapping[str, object], result: Materialized, relations: Relations
) -> bool:
    for column, parent in relations.owners.get(key.table, ()):
        owner = result.rows.get(Key(parent, str(data.get(column))))
        if owner is not None and not owner[1]:
            return False
    return True


def _marks(values: Mapping[str, object]) -> str:
    return ", ".join("?" for _ in values)


def _execute(connection: Connection, statement: str, values: Mapping[str, object]) -> None:
    connection.exec_driver_sql(statement, tuple(values.values()))


def _update(connection: Connection, key: Key, changes: Mapping[str, object]) -> None:
    assignments = ", ".join(f'"{c}" = ?' for c in changes)
    _execute(
        connection,
        f'UPDATE "{key.table}" SET {assignments} WHERE id = ?',
        {**changes, "": key.row_id},
    )


def row_values(session: Session, table: str, row_id: str) -> LocalRow | None:
    """One row's travelling values and deletion mark, or None when it is not here."""
    columns = TRAVELLING[table]
    listed = _listed(["deleted_at", *columns])
    row = (
        session.connection()
        .exec_driver_sql(f'SELECT {listed} FROM "{table}" WHERE id = ?', (row_id,))
        .one_or_none()
    )
    if row is None:
        return None
    return LocalRow(dict(zip(columns, row[1:], strict=True)), row[0] is not None)


def set_values(
    session: Session, table: str, row_id: str, values: Mapping[str, object], deleted: bool
) -> None:
    """Write the given values and deletion mark into one row (a change made here)."""
    now = _now()
    changes = {c: v for c, v in values.items() if c in TRAVELLING[table]}
    changes |= {"deleted_at": now if deleted else None, "updated_at": now}
    _update(session.connection(), Key(table, row_id), changes)
