"""The store's synced tables read and written as raw column values, exactly as SQLite keeps
them (so a value survives the trip through JSON unchanged), plus the device's sync base."""

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

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


def listed(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def now_text() -> str:
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


def read_local(session: Session, keys: Iterable[Key] | None = None) -> dict[Key, LocalRow]:
    """The rows of the given keys that are here (every row without keys)."""
    rows = {}
    connection = session.connection()
    for name, ids in _by_table(keys, TRAVELLING).items():
        columns = TRAVELLING[name]
        selected = f'SELECT {listed(["id", "deleted_at", *columns])} FROM "{name}"'
        for id_, deleted_at, *values in _selected(connection, selected, "id", ids):
            rows[Key(name, id_)] = LocalRow(
                dict(zip(columns, values, strict=True)), deleted_at is not None
            )
    return rows


def read_base(session: Session, keys: Iterable[Key] | None = None) -> dict[Key, Texts]:
    """The base's rows (of the given keys, or all) as texts: data, stamps, tombstone, decoded
    by the caller and only where a sync needs them."""
    connection = session.connection()
    base = SyncBaseRow.__tablename__
    found = {}
    selected = f"SELECT table_name, row_id, data, stamps, tombstone FROM {base}"
    for name, ids in _by_table(keys, None).items():
        rows = (
            _selected(connection, selected, "row_id", ids)
            if name is None
            else _selected(
                connection, f"{selected} WHERE table_name = ? AND", "row_id", ids, (name,)
            )
        )
        for t, i, d, s, dead in rows:
            found[Key(t, i)] = Texts(d, s, dead)
    return found


def belonging_to(session: Session, owners: Iterable[Key], relations: Relations) -> set[Key]:
    """The rows here that belong to any of the given rows."""
    connection = session.connection()
    ids_by_table = _by_table(owners, None)
    found = set()
    for table, links in relations.owners.items():
        for column, parent in links:
            ids = ids_by_table.get(parent)
            if ids:
                selected = f'SELECT id FROM "{table}"'
                found |= {Key(table, i) for (i,) in _selected(connection, selected, column, ids)}
    return found


def holding(
    session: Session, table: str, columns: tuple[str, ...], values: tuple[object, ...]
) -> set[Key]:
    """The rows here whose unique key holds the given values."""
    if table not in TRAVELLING:
        return set()
    condition = " AND ".join(f'"{c}" IS ?' for c in columns)
    rows = session.connection().exec_driver_sql(
        f'SELECT id FROM "{table}" WHERE {condition}', tuple(values)
    )
    return {Key(table, i) for (i,) in rows}


_BATCH = 500  # ids per statement, well below SQLite's limit of bound values


def _by_table(
    keys: Iterable[Key] | None, tables: Iterable[str] | None
) -> dict[Any, list[str] | None]:
    """Row ids by table, of the given tables only; without keys, every row: of each of the
    tables, or of all (None) when no tables are given."""
    if keys is None:
        return dict.fromkeys(tables if tables is not None else [None], None)
    found: dict[Any, list[str] | None] = {}
    wanted = None if tables is None else set(tables)
    for key in keys:
        if wanted is None or key.table in wanted:
            found.setdefault(key.table, []).append(key.row_id)  # type: ignore[union-attr]
    return found


def _selected(
    connection: Connection,
    selected: str,
    column: str,
    ids: list[str] | None,
    given: tuple[object, ...] = (),
) -> list[Any]:
    """The rows of a SELECT whose `column` is one of `ids` (all rows for None). A SELECT
    with values `given` ends in its WHERE clause's open AND."""
    if ids is None:
        return list(connection.exec_driver_sql(selected).fetchall())
    rows: list[Any] = []
    glue = " " if given else " WHERE "
    for start in range(0, len(ids), _BATCH):
        batch = tuple(ids[start : start + _BATCH])
        marks = ", ".join("?" for _ in batch)
        statement = f'{selected}{glue}"{column}" IN ({marks})'
        rows += connection.exec_driver_sql(statement, (*given, *batch)).fetchall()
    return rows


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
    whose owner is dead keeps its own deletion mark: restoring the owner restores it too. A
    deleted row whose owner never reached this store (deleted before its first sync) stays
    away: nothing could ever bring it back."""
    connection = session.connection()
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    now = now_text()
    for key in result.folded & local.keys():  # first: the survivor takes its unique key
        connection.exec_driver_sql(f'DELETE FROM "{key.table}" WHERE id = ?', (key.row_id,))
    skipped: set[Key] = set()
    for key in sorted(result.rows, key=_owners_first):
        data, alive = result.rows[key]
        known = TRAVELLING.get(key.table)
        if known is None:
            continue  # a table of a newer kamdesk: kept in the shared file, not here
        values = {c: v for c, v in data.items() if c in known}
        row = local.get(key)
        if row is None and not alive and _orphan(connection, key, data, result, skipped, relations):
            skipped.add(key)
            continue
        if row is None:
            values |= {"id": key.row_id, "updated_at": now, "deleted_at": None if alive else now}
            _execute(
                connection,
                f'INSERT INTO "{key.table}" ({listed(values)}) VALUES ({_marks(values)})',
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


_ORDER = {name: n for n, name in enumerate(TABLES)}  # owners before what belongs to them


def _owners_first(key: Key) -> tuple[int, str]:
    return _ORDER.get(key.table, len(_ORDER)), key.row_id


def _orphan(
    connection: Connection,
    key: Key,
    data: Mapping[str, object],
    result: Materialized,
    skipped: set[Key],
    relations: Relations,
) -> bool:
    for column, parent in relations.owners.get(key.table, ()):
        owner = data.get(column)
        there = Key(parent, str(owner))
        if owner is None or (there in result.rows and there not in skipped):
            continue
        found = connection.exec_driver_sql(f'SELECT 1 FROM "{parent}" WHERE id = ?', (owner,))
        if found.first() is None:
            return True
    return False


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
    row = (
        session.connection()
        .exec_driver_sql(
            f'SELECT {listed(["deleted_at", *columns])} FROM "{table}" WHERE id = ?', (row_id,)
        )
        .one_or_none()
    )
    if row is None:
        return None
    return LocalRow(dict(zip(columns, row[1:], strict=True)), row[0] is not None)


def set_values(
    session: Session, table: str, row_id: str, values: Mapping[str, object], deleted: bool
) -> None:
    """Write the given values and deletion mark into one row (a change made here)."""
    now = now_text()
    changes = {c: v for c, v in values.items() if c in TRAVELLING[table]}
    changes |= {"deleted_at": now if deleted else None, "updated_at": now}
    _update(session.connection(), Key(table, row_id), changes)
