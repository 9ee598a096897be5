"""Merging two copies of a row, field by field (SPEC §8). The winner of a field is decided by
its hybrid-clock stamp alone, so every device computes the same result in any order: the merge
is commutative, associative and idempotent. What the other side had when this side last synced
(the base) only decides whether two edits were concurrent — a conflict whose losing value is
kept for the user."""

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import cast

from kamdesk.domain.sync.clock import Stamp

DELETED = ":deleted"  # the field name of an edit that outlived a deletion


@dataclass(frozen=True, slots=True)  # slots: millions of them on a first sync
class Versioned:
    value: Hashable
    stamp: Stamp


@dataclass(frozen=True, slots=True)
class Tombstone:
    """A deletion, and the newest change of the row its device had seen when deleting."""

    stamp: Stamp
    seen: Stamp | None


@dataclass(frozen=True)
class RowState:
    fields: Mapping[str, Versioned] = field(default_factory=dict)
    tombstone: Tombstone | None = None

    @cached_property
    def values(self) -> dict[str, object]:
        """Every field's value, for fields grouped as tuples of (field, value) pairs."""
        pairs = (cast(tuple[tuple[str, object], ...], v.value) for v in self.fields.values())
        return {name: value for group in pairs for name, value in group}

    @property
    def newest(self) -> Stamp | None:
        return max((v.stamp for v in self.fields.values()), default=None)

    @property
    def alive(self) -> bool:
        """Deleted only if the deleter had seen every change: an edit it never saw keeps
        the row."""
        if self.tombstone is None:
            return True
        newest, seen = self.newest, self.tombstone.seen
        return newest is not None and (seen is None or newest > seen)


def _later(a: Stamp | None, b: Stamp | None) -> Stamp | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


def _wins(a: Versioned, b: Versioned) -> bool:
    """The later stamp; equal stamps (a cloned device) are decided by the value, so that
    every device still picks the same one."""
    return (a.stamp, repr(a.value)) > (b.stamp, repr(b.value))


def merged(a: RowState, b: RowState) -> RowState:
    """Per field the later stamp; of deletions the later one, remembering the most seen."""
    if a is b:
        return a
    fields = dict(a.fields)
    for name, theirs in b.fields.items():
        ours = fields.get(name)
        if ours is None or _wins(theirs, ours):
            fields[name] = theirs
    tombstone = a.tombstone or b.tombstone
    if a.tombstone is not None and b.tombstone is not None:
        tombstone = Tombstone(
            max(a.tombstone.stamp, b.tombstone.stamp),
            _later(a.tombstone.seen, b.tombstone.seen),
        )
    return RowState(fields, tombstone)


@dataclass(frozen=True)
class Conflict:
    field: str  # DELETED when an edit kept a row someone deleted
    kept: Versioned | None
    lost: Versioned | None

    @property
    def key(self) -> tuple[str, Stamp | None]:
        """The same conflict found on two devices is one conflict."""
        return (self.field, None if self.lost is None else self.lost.stamp)


def conflicts(local: RowState, remote: RowState, base: RowState | None) -> list[Conflict]:
    """The concurrent edits a merge of `local` and `remote` decides: both sides changed a field
    since the base, to different values. And a deletion an unseen edit overruled."""
    found = []
    before = base.fields if base is not None else {}
    for name in local.fields.keys() & remote.fields.keys():
        ours, theirs = local.fields[name], remote.fields[name]
        was = before.get(name)
        if ours.value == theirs.value:
            continue
        if was is None or (ours.stamp > was.stamp and theirs.stamp > was.stamp):
            kept, lost = (ours, theirs) if _wins(ours, theirs) else (theirs, ours)
            found.append(Conflict(name, kept, lost))
    result = merged(local, remote)
    deleted_here = (local.tombstone is None) != (remote.tombstone is None)
    if deleted_here and result.alive and result.tombstone is not None:
        found.append(Conflict(DELETED, None, None))
    return found
