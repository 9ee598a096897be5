"""One sync, decided in memory: this device's rows stamped against its base, merged with the
shared file's, the conflicts found, and what the local store should then hold. The same
shared state gives every device the same result."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from kamdesk.domain.sync.clock import Stamp
from kamdesk.domain.sync.merge import DELETED, Conflict, RowState, Versioned, conflicts, merged
from kamdesk.domain.sync.rows import Data, Pairs, born_dead, changed_state


class Key(NamedTuple):
    table: str
    row_id: str


@dataclass(frozen=True)
class Relations:
    """How tables hang together: a row dies with the rows it belongs to (its owners), and
    rows that share a unique key are one row."""

    owners: Mapping[str, tuple[tuple[str, str], ...]]  # table: (column, owning table)
    unique: Mapping[str, tuple[str, ...]]  # table: the columns of its unique key


@dataclass(frozen=True)
class LocalRow:
    data: Data
    deleted: bool


@dataclass(frozen=True)
class FoundConflict:
    key: Key
    conflict: Conflict
    base: RowState | None
    mine_deleted: bool = False  # of a deletion conflict: whether this device deleted


@dataclass
class Merge:
    states: dict[Key, RowState]  # the shared file's new content
    conflicts: list[FoundConflict] = field(default_factory=list)
    outgoing: set[Key] = field(default_factory=set)  # rows the shared file gets from here
    incoming: set[Key] = field(default_factory=set)  # rows this device gets from the file


@dataclass(frozen=True)
class Materialized:
    """What the local store holds after the sync."""

    rows: dict[Key, tuple[dict[str, object], bool]]  # data, alive
    folded: frozenset[Key]  # duplicates of another row's unique key: not held
    kept_alive: frozenset[Key]  # deleted, but a change the deleter never saw keeps them


def local_states(
    rows: Mapping[Key, LocalRow],
    base: Mapping[Key, RowState],
    relations: Relations,
    stamp: Stamp,
) -> dict[Key, RowState]:
    """This device's rows as states; a row whose owner was deleted counts as deleted."""
    dead = _dead_here(rows, relations)
    base_alive = _alive(base, relations)[0]
    states = {}
    for key in rows.keys() | base.keys():
        row, was = rows.get(key), base.get(key)
        if row is not None and was is None and key in dead and not row.deleted:
            states[key] = born_dead(key.table, row.data, stamp)
            continue
        data = None if row is None or key in dead else row.data
        state = changed_state(key.table, data, was, stamp, base_alive=key in base_alive)
        if state is not None:
            states[key] = state
    return states


def _dead_here(rows: Mapping[Key, LocalRow], relations: Relations) -> set[Key]:
    dead: dict[Key, bool] = {}

    def is_dead(key: Key) -> bool:
        if key not in dead:
            dead[key] = False  # cycles cannot kill
            row = rows[key]
            dead[key] = row.deleted or any(
                is_dead(owner) for owner in owners(key.table, row.data, relations) if owner in rows
            )
        return dead[key]

    return {key for key in rows if is_dead(key)}


def owners(table: str, data: Mapping[str, object], relations: Relations) -> Iterable[Key]:
    """The rows this row belongs to."""
    for column, parent in relations.owners.get(table, ()):
        owner = data.get(column)
        if owner is not None:
            yield Key(parent, str(owner))


def unique_key(
    table: str, data: Mapping[str, object], relations: Relations
) -> tuple[str, tuple[object, ...]] | None:
    """The table and values of the row's unique key, if its table has one."""
    columns = relations.unique.get(table)
    if not columns or not all(c in data for c in columns):
        return None
    return table, tuple(data[c] for c in columns)


def merge_all(
    local: Mapping[Key, RowState], remote: Mapping[Key, RowState], base: Mapping[Key, RowState]
) -> Merge:
    result = Merge({})
    for key in local.keys() | remote.keys():
        mine, theirs = local.get(key), remote.get(key)
        if mine is theirs and mine is not None:
            result.states[key] = mine  # unchanged on both sides since the last sync
            continue
        if mine is None or theirs is None:
            state = mine or theirs
            assert state is not None
            result.states[key] = state
            (result.outgoing if theirs is None else result.incoming).add(key)
            continue
        state = result.states[key] = merged(mine, theirs)
        if state != theirs:
            result.outgoing.add(key)
        if state != mine:
            result.incoming.add(key)
        if mine != theirs:
            result.conflicts += [
                FoundConflict(key, found, base.get(key), mine.tombstone is not None)
                for found in conflicts(mine, theirs, base.get(key))
            ]
    return result


def materialized(states: Mapping[Key, RowState], relations: Relations) -> Materialized:
    """Rows alive by their own state, or because a live row belongs to them; of rows sharing
    a unique key the one with the smallest id, holding the latest of their fields."""
    alive, kept_alive = _alive(states, relations)
    rows = {key: (state.values, key in alive) for key, state in states.items()}
    folded = _fold(states, rows, relations)
    return Materialized(rows, frozenset(folded), frozenset(kept_alive))


def _alive(states: Mapping[Key, RowState], relations: Relations) -> tuple[set[Key], set[Key]]:
    """Rows alive by their own state or for a live row belonging to them; and the latter."""
    alive = {key for key, state in states.items() if state.alive}
    kept_alive = set()
    pending = list(alive)
    while pending:
        key = pending.pop()
        for owner in owners(key.table, states[key].values, relations):
            if owner in states and owner not in alive:
                alive.add(owner)
                kept_alive.add(owner)
                pending.append(owner)
    return alive, kept_alive


def _fold(
    states: Mapping[Key, RowState],
    rows: dict[Key, tuple[dict[str, object], bool]],
    relations: Relations,
) -> set[Key]:
    """Merge rows that two devices created for the same unique key into the smallest id."""
    same: dict[tuple[str, tuple[object, ...]], list[Key]] = {}
    for key, (data, _) in rows.items():
        unique = unique_key(key.table, data, relations)
        if unique is not None:
            same.setdefault(unique, []).append(key)
    folded = set()
    for keys in same.values():
        if len(keys) < 2:
            continue
        living = [k for k in keys if rows[k][1]] or keys
        survivor = min(living)
        fused = _fused([states[k] for k in sorted(living)])
        rows[survivor] = (fused, any(rows[k][1] for k in keys))
        folded |= set(keys) - {survivor}
    for key in folded:
        del rows[key]
    return folded


def _fused(states: list[RowState]) -> dict[str, object]:
    """Per field group the latest value; a value beats an empty field (a default, not an
    edit)."""
    fused: dict[str, Versioned] = {}
    for state in states:
        for group, theirs in state.fields.items():
            ours = fused.get(group)
            if ours is None or (_filled(theirs), theirs.stamp) > (_filled(ours), ours.stamp):
                fused[group] = theirs
    return RowState(fused).values


def _filled(version: Versioned) -> bool:
    return any(value not in (None, "") for _, value in cast(Pairs, version.value))


def kept_alive_conflicts(
    result: Materialized, local: Mapping[Key, RowState]
) -> list[FoundConflict]:
    """A deletion from here overruled because someone added or changed a row belonging to
    the deleted one."""
    return [
        FoundConflict(key, Conflict(DELETED, None, None), None, mine_deleted=True)
        for key in sorted(result.kept_alive)
        if key in local and local[key].tombstone is not None and not local[key].alive
    ]
