"""Conflicts a sync found: recorded with mine, theirs and the original, listed for the user,
and resolved by keeping one side (which is then a change made here, synced next time)."""

import json
import uuid
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from kamdesk.domain.errors import ConflictNotFound
from kamdesk.domain.people import Person
from kamdesk.domain.sync.merge import DELETED, RowState
from kamdesk.domain.sync.plan import FoundConflict, Key, Merge
from kamdesk.domain.sync.rows import Pairs
from kamdesk.services.transactions import Transactions
from kamdesk.store import sync_records, sync_tables
from kamdesk.store.accounts import names_by_id
from kamdesk.store.column_types import utc_now
from kamdesk.store.sync_models import SyncConflictRow

LABEL_FIELDS = ("name", "title", "topic", "subject", "criterion_key", "key", "year")


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    table: str
    row_id: str
    field: str  # a field group, or DELETED
    account_id: str | None
    account_name: str
    label: str
    mine: Mapping[str, object]  # the field group's values; empty for a deletion
    theirs: Mapping[str, object]
    original: Mapping[str, object] | None
    kept_mine: bool
    deletion: bool
    mine_deleted: bool
    found_at: datetime
    theirs_by: str = ""  # the colleague who made "theirs", when the shared file names them


@dataclass(frozen=True)
class Resolution:
    """What resolving changed, so that it can be undone."""

    conflict_id: uuid.UUID
    table: str
    row_id: str
    values: Mapping[str, object]
    deleted: bool


class ConflictService:
    def __init__(self, transactions: Transactions) -> None:
        self._tx = transactions

    def open(self) -> list[ConflictView]:
        with self._tx.read() as session:
            rows = sync_records.open_conflicts(session)
            names = names_by_id(session, {uuid.UUID(r.account_id) for r in rows if r.account_id})
            return [
                ConflictView(
                    r.id,
                    r.table_name,
                    r.row_id,
                    r.field,
                    r.account_id,
                    names.get(uuid.UUID(r.account_id), "") if r.account_id else "",
                    r.label,
                    _values(r.mine),
                    _values(r.theirs),
                    _values(r.original) if r.original else None,
                    r.kept_mine,
                    r.deletion,
                    r.mine_deleted,
                    r.found_at,
                    r.theirs_by,
                )
                for r in rows
            ]

    def count(self) -> int:
        with self._tx.read() as session:
            return sync_records.count_open(session)

    def resolve(self, conflict_id: uuid.UUID, *, keep_mine: bool) -> Resolution:
        """Keep one side: its values (or its deletion) become the row's, here and, with the
        next sync, everywhere."""
        with self._tx.write() as session:
            found = sync_records.conflict(session, conflict_id)
            if found is None or found.resolved_at is not None:
                raise ConflictNotFound(str(conflict_id))
            row = sync_tables.row_values(session, found.table_name, found.row_id)
            if row is None:
                raise ConflictNotFound(str(conflict_id))
            before = Resolution(
                conflict_id, found.table_name, found.row_id, dict(row.data), row.deleted
            )
            if found.deletion:
                delete = keep_mine == found.mine_deleted
                sync_tables.set_values(session, found.table_name, found.row_id, {}, delete)
            else:
                chosen = _values(found.mine if keep_mine else found.theirs)
                sync_tables.set_values(session, found.table_name, found.row_id, chosen, row.deleted)
            sync_records.set_resolved(session, conflict_id, utc_now())
            return before

    def undo(self, resolution: Resolution) -> None:
        with self._tx.write() as session:
            sync_tables.set_values(
                session, resolution.table, resolution.row_id, resolution.values, resolution.deleted
            )
            sync_records.set_resolved(session, resolution.conflict_id, None)


def _values(text: str) -> dict[str, object]:
    return dict(json.loads(text)) if text else {}


def _text(value: Hashable) -> str:
    return json.dumps(dict(cast(Pairs, value)), sort_keys=True)


def conflict_records(
    merge: Merge,
    local: Mapping[Key, RowState],
    remote: Mapping[Key, RowState],
    people: Mapping[str, Person],
) -> list[dict[str, object]]:
    """The conflicts as the store keeps them: keyed so that finding one twice keeps one;
    with the colleague who made the shared file's side, where the file names them."""
    return [_record(found, merge, local, remote, people) for found in merge.conflicts]


def _record(
    found: FoundConflict,
    merge: Merge,
    local: Mapping[Key, RowState],
    remote: Mapping[Key, RowState],
    people: Mapping[str, Person],
) -> dict[str, object]:
    (table, row_id), name = found.key, found.conflict.field
    data = merge.states[found.key].values
    theirs_state = remote.get(found.key)
    newest = theirs_state.newest if theirs_state is not None else None
    record: dict[str, object] = {
        "table_name": table,
        "row_id": row_id,
        "field": name,
        "account_id": row_id if table == "accounts" else data.get("account_id"),
        "label": next((str(data[f]) for f in LABEL_FIELDS if data.get(f)), "")[:200],
        "deletion": name == DELETED,
        "mine_deleted": found.mine_deleted,
        "theirs_by": _name_of(people, newest.device if newest else ""),
    }
    if name == DELETED:
        return record | {
            "key": f"{table}:{row_id}:{DELETED}",
            "mine": "",
            "theirs": "",
            "original": "",
        }
    mine, theirs = local[found.key].fields[name], remote[found.key].fields[name]
    lost = found.conflict.lost
    was = found.base.fields.get(name) if found.base is not None else None
    return record | {
        "key": f"{table}:{row_id}:{name}:{lost.stamp.encode() if lost else ''}",
        "mine": _text(mine.value),
        "theirs": _text(theirs.value),
        "original": _text(was.value) if was is not None else "",
        "kept_mine": found.conflict.kept == mine,
        "theirs_by": _name_of(people, theirs.stamp.device),
    }


def notices(
    records: list[dict[str, object]],
    merge: Merge,
    remote: Mapping[Key, RowState],
    me: Person,
) -> dict[tuple[str, str], str]:
    """The conflicts a colleague lost (this device's value or edit won), as their device
    records them at its next sync: by (their device, the conflict's key), as JSON."""
    found = {}
    for record, conflict in zip(records, merge.conflicts, strict=True):
        state = remote.get(conflict.key)
        if record["deletion"]:
            if record["mine_deleted"] or state is None or state.tombstone is None:
                continue  # this device deleted, and sees it
            loser = state.tombstone.stamp.device
            mirrored = record | {"mine_deleted": True}
        else:
            if not record["kept_mine"] or state is None:
                continue  # this device's value lost, and it sees that
            loser = state.fields[str(record["field"])].stamp.device
            mirrored = record | {
                "mine": record["theirs"],
                "theirs": record["mine"],
                "kept_mine": False,
            }
        mirrored["theirs_by"] = me.name[:200]
        found[(loser, str(record["key"]))] = json.dumps(mirrored, sort_keys=True)
    return found


_COLUMNS = frozenset(SyncConflictRow.__table__.columns.keys()) - {"id", "found_at", "resolved_at"}


def noticed(texts: list[str]) -> list[dict[str, object]]:
    """The notices other devices left for this one, as conflicts to record (any that do not
    read as one are passed over)."""
    found = []
    for text in texts:
        try:
            record = json.loads(text)
        except ValueError:
            continue
        if isinstance(record, dict) and {"key", "table_name", "row_id", "field"} <= record.keys():
            found.append({k: v for k, v in record.items() if k in _COLUMNS})
    return found


def _name_of(people: Mapping[str, Person], device: str) -> str:
    person = people.get(device)
    return person.name[:200] if person is not None else ""
