"""A stored row as sync sees it: what travels (not bookkeeping, not private fields, not
personal tables), its fields by group as stamped values, and how a local change is stamped
against the sync base."""

import json
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from kamdesk.domain.sync.clock import Stamp
from kamdesk.domain.sync.merge import RowState, Tombstone, Versioned
from kamdesk.domain.sync.stamps import decode, encode, groups

Data = Mapping[str, object]  # a row's stored values by column, as JSON can carry them
Pairs = tuple[tuple[str, object], ...]  # a field group's value: (field, value) by name


class Texts(NamedTuple):
    """A row as the base and the shared file keep it, as JSON texts."""

    data: str
    stamps: str
    tombstone: str  # "" while alive


# Every row the team shares carries the number of the write that last changed it; the team's
# data (shared file or server) lists this many last writes. A device that last merged an
# older one compares everything.
WRITES_KEPT = 1000
BOOKKEEPING = frozenset({"id", "updated_at", "deleted_at"})  # the store's own, per device
LOCAL_TABLES = frozenset({"reminder_handling"})  # what one KAM did with a reminder
# Fields that stay on this device: private notes, and the mark of demo data loaded here (a
# colleague's copy of a demo account is theirs to keep or delete).
PRIVATE_FIELDS: dict[str, frozenset[str]] = {"accounts": frozenset({"private_notes", "demo"})}


def travels(table: str, column: str) -> bool:
    """Whether a column leaves this device when it syncs."""
    return (
        table not in LOCAL_TABLES
        and column not in BOOKKEEPING
        and column not in PRIVATE_FIELDS.get(table, frozenset())
    )


def grouped(table: str, data: Data) -> dict[str, Pairs]:
    """The row's values by field group, each a tuple of (field, value) pairs in name order."""
    return {
        group: ((names[0], data[names[0]]),)  # most groups are one field
        if len(names) == 1
        else tuple([(name, data[name]) for name in names])
        for group, names in _layout(table, frozenset(data))
    }


@cache
def _layout(table: str, fields: frozenset[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The groups of a table's fields (the same few sets of fields, row after row)."""
    return tuple((g, tuple(sorted(names))) for g, names in groups(table, sorted(fields)).items())


def changed_state(
    table: str, data: Data | None, base: RowState | None, stamp: Stamp, *, base_alive: bool
) -> RowState | None:
    """The row's state on this device: the base's stamps where nothing changed since the last
    sync, `stamp` where it did. `data` None is a row deleted here (or never here);
    `base_alive` whether the base held the row alive (by its own state or a live row in it)."""
    if data is None:
        if base is None or not base_alive:
            return base
        return RowState(base.fields, Tombstone(stamp, base.newest))
    if base is not None and base_alive and base.values == data:
        return base  # unchanged since the last sync (most rows, every time)
    revived = base is not None and not base_alive  # restored here after a deletion
    fields = dict(base.fields) if base is not None else {}
    for group, value in grouped(table, data).items():
        was = fields.get(group)
        if revived or was is None or was.value != value:
            fields[group] = Versioned(value, stamp)
    return RowState(fields, base.tombstone if base is not None else None)


def born_dead(table: str, data: Data, stamp: Stamp) -> RowState:
    """A row made here and gone with its owner before it ever synced: it travels as deleted,
    so that it stays deleted wherever the owner comes back."""
    fields = {group: Versioned(value, stamp) for group, value in grouped(table, data).items()}
    return RowState(fields, Tombstone(stamp, stamp))


def encode_state(state: RowState) -> Texts:
    """Data, stamps and tombstone as the three texts the shared file and the base keep."""
    data = json.dumps(state.values, separators=(",", ":"), sort_keys=True)
    stamps = encode({group: v.stamp for group, v in state.fields.items()})
    tombstone = state.tombstone
    dead = (
        ""
        if tombstone is None
        else json.dumps([tombstone.stamp.encode(), tombstone.seen and tombstone.seen.encode()])
    )
    return Texts(data, stamps, dead)


def decode_state(table: str, data: str, stamps: str, tombstone: str) -> RowState:
    """Unreadable parts count as absent: no stamp, no field; a row is never guessed."""
    values = grouped(table, json.loads(data) if data else {})
    clocks = decode(stamps, values)
    fields = {
        group: Versioned(value, clocks[group]) for group, value in values.items() if group in clocks
    }
    return RowState(fields, _tombstone(tombstone))


def _tombstone(text: str) -> Tombstone | None:
    if not text:
        return None
    stamp, seen = json.loads(text)
    return Tombstone(Stamp.decode(stamp), Stamp.decode(seen) if seen else None)
