"""A device's first sync with a team done set by set inside SQLite, where nothing needs
merging: this store pushed whole into an empty shared file, or an empty store filled from the
team's file. Only the rows a merge has to think about go the way of every other sync: rows
deleted or belonging to a deleted one, tombstones and what belongs to them, a unique key held
twice, a row lacking a column. Everything else is the same JSON either way (SQLite's
`json_object` of the stored values, `json_extract` back)."""

from sqlalchemy.orm import Session

from kamdesk.domain.sync.plan import Key, Relations
from kamdesk.store.database import BESIDE
from kamdesk.store.sync_models import SyncBaseRow
from kamdesk.store.sync_tables import TRAVELLING, listed, now_text


def base_is_empty(session: Session) -> bool:
    found = session.connection().exec_driver_sql(
        f"SELECT 1 FROM {SyncBaseRow.__tablename__} LIMIT 1"
    )
    return found.first() is None


def store_is_empty(session: Session) -> bool:
    connection = session.connection()
    return all(
        connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first() is None
        for table in TRAVELLING
    )


def _alive(table: str, alias: str, relations: Relations, schema: str) -> str:
    """SQL: the row is not deleted, nor any row it belongs to (down from the accounts)."""
    conditions = [f"{alias}.deleted_at IS NULL"]
    for n, (column, parent) in enumerate(relations.owners.get(table, ())):
        owner = f"{alias}_{n}"
        conditions.append(
            f'EXISTS (SELECT 1 FROM {schema}"{parent}" AS {owner} '
            f'WHERE {owner}.id = {alias}."{column}" AND '
            f"{_alive(parent, owner, relations, schema)})"
        )
    return " AND ".join(conditions)


def not_alive(session: Session, relations: Relations) -> set[Key]:
    """The rows here that are deleted or belong to a deleted one."""
    connection = session.connection()
    found = set()
    for table in TRAVELLING:
        rows = connection.exec_driver_sql(
            f'SELECT r.id FROM "{table}" AS r WHERE NOT ({_alive(table, "r", relations, "")})'
        )
        found |= {Key(table, row_id) for (row_id,) in rows}
    return found


def pushed(relations: Relations, schema: str) -> list[str]:
    """SELECTs of every live row of the store attached as `schema`, as the shared file keeps
    it: table, id, data, stamps (the one parameter: a stamps text) and no tombstone."""
    statements = []
    for table, columns in TRAVELLING.items():
        pairs = ", ".join(f"'{c}', r.\"{c}\"" for c in sorted(columns))
        statements.append(
            f"SELECT '{table}', r.id, json_object({pairs}), ?, '' "
            f'FROM {schema}."{table}" AS r WHERE {_alive(table, "r", relations, f"{schema}.")}'
        )
    return statements


def hard_in_beside(session: Session, relations: Relations) -> set[Key]:
    """The attached file's rows a pull must merge as any sync does (kept in temp.sync_hard
    for `pulled_easily`): tombstones and, down the line, what belongs to them; and rows
    holding a unique key another row holds too."""
    connection = session.connection()
    connection.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS sync_hard (table_name TEXT, id TEXT, round INTEGER, "
        "PRIMARY KEY (table_name, id)) WITHOUT ROWID"
    )
    connection.exec_driver_sql("DELETE FROM temp.sync_hard")
    hard = (
        f"INSERT OR IGNORE INTO temp.sync_hard SELECT s.table_name, s.id, ? FROM {BESIDE}.rows AS s"
    )
    connection.exec_driver_sql(f"{hard} WHERE s.tombstone != ''", (0,))
    for table, columns in relations.unique.items():
        key = ", ".join(f"json_extract(data, '$.{c}')" for c in columns)
        connection.exec_driver_sql(
            f"{hard} WHERE s.table_name = ? AND ({key.replace('data', 's.data')}) IN "
            f"(SELECT {key} FROM {BESIDE}.rows WHERE table_name = ? "
            f"GROUP BY {key} HAVING count(*) > 1)",
            (0, table, table),
        )
    found = _tables_found(session, 0)
    for round_ in range(1, 100):  # what belongs to a hard row, down the line
        for table, links in relations.owners.items():
            for column, parent in links:
                if parent in found:
                    connection.exec_driver_sql(
                        f"{hard} WHERE s.table_name = ? AND json_extract(s.data, '$.{column}') "
                        "IN (SELECT id FROM temp.sync_hard WHERE table_name = ? AND round = ?)",
                        (round_, table, parent, round_ - 1),
                    )
        found = _tables_found(session, round_)
        if not found:
            break
    rows = connection.exec_driver_sql("SELECT table_name, id FROM temp.sync_hard")
    return {Key(table, row_id) for table, row_id in rows}


def _tables_found(session: Session, round_: int) -> set[str]:
    rows = session.connection().exec_driver_sql(
        "SELECT DISTINCT table_name FROM temp.sync_hard WHERE round = ?", (round_,)
    )
    return {str(table) for (table,) in rows}


def pulled_easily(session: Session) -> dict[str, int]:
    """Insert every row of the attached file's known tables that `hard_in_beside` did not
    find hard; the rows inserted by table. A column the row lacks (a file of an older
    kamdesk) takes its default, as when a merged row is inserted."""
    connection = session.connection()
    now = now_text()
    counts = {}
    for table, columns in TRAVELLING.items():
        defaults = _defaults(session, table)
        values = ", ".join(
            f"coalesce(json_extract(s.data, '$.{c}'), {defaults[c]})"
            if c in defaults
            else f"json_extract(s.data, '$.{c}')"
            for c in columns
        )
        inserted = connection.exec_driver_sql(
            f'INSERT INTO "{table}" ({listed(["id", "updated_at", *columns])}) '
            f"SELECT s.id, ?, {values} FROM {BESIDE}.rows AS s "
            "WHERE s.table_name = ? AND NOT EXISTS (SELECT 1 FROM temp.sync_hard AS h "
            "WHERE h.table_name = s.table_name AND h.id = s.id) ORDER BY s.id",
            (now, table),
        )
        if inserted.rowcount:
            counts[table] = inserted.rowcount
    return counts


def _defaults(session: Session, table: str) -> dict[str, str]:
    """The defaults of the table's required columns, as SQL (SQLite's own record)."""
    found = session.connection().exec_driver_sql(f'PRAGMA table_info("{table}")')
    return {str(row[1]): str(row[4]) for row in found if row[3] and row[4] is not None}


def base_from_beside(session: Session) -> None:
    """The base becomes the attached shared file, row for row."""
    session.connection().exec_driver_sql(
        f"INSERT OR REPLACE INTO {SyncBaseRow.__tablename__} "
        "(table_name, row_id, data, stamps, tombstone) "
        f"SELECT table_name, id, data, stamps, tombstone FROM {BESIDE}.rows "
        "ORDER BY table_name, id"  # the base's key order: its index grows at one end
    )
