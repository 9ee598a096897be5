"""Field-by-field merge: the laws that make sync order-free, three devices converging, and
deletions against edits."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.domain.sync.clock import HybridClock, Stamp
from kamdesk.domain.sync.merge import (
    DELETED,
    RowState,
    Tombstone,
    Versioned,
    conflicts,
    merged,
)

stamps = st.builds(Stamp, st.integers(0, 6), st.integers(0, 2), st.sampled_from("abc"))
versions = stamps.map(lambda s: Versioned(s.encode(), s))  # one stamp, one value: as in life
rows = st.builds(
    RowState,
    st.dictionaries(st.sampled_from(["name", "owner", "notes"]), versions, max_size=3),
    st.none() | st.builds(Tombstone, stamps, st.none() | stamps),
)


@given(rows, rows)
def test_merge_is_commutative(a: RowState, b: RowState) -> None:
    assert merged(a, b) == merged(b, a)


@given(rows, rows, rows)
def test_merge_is_associative(a: RowState, b: RowState, c: RowState) -> None:
    assert merged(merged(a, b), c) == merged(a, merged(b, c))


@given(rows, rows)
def test_merge_is_idempotent(a: RowState, b: RowState) -> None:
    once = merged(a, b)
    assert merged(once, b) == once == merged(once, once)


def v(value: str, wall: int, device: str = "a") -> Versioned:
    return Versioned(value, Stamp(wall, 0, device))


def test_the_later_edit_of_a_field_wins_and_the_other_fields_stay() -> None:
    ours = RowState({"name": v("Müller", 1), "owner": v("Aylin", 3)})
    theirs = RowState({"name": v("Müller GmbH", 2, "b")})
    assert merged(ours, theirs).fields == {"name": v("Müller GmbH", 2, "b"), "owner": v("Aylin", 3)}


def test_concurrent_edits_of_a_field_are_a_conflict_keeping_the_loser() -> None:
    base = RowState({"name": v("Müller", 1)})
    ours = RowState({"name": v("Müller AG", 2)})
    theirs = RowState({"name": v("Müller GmbH", 3, "b")})
    (conflict,) = conflicts(ours, theirs, base)
    assert (conflict.field, conflict.kept, conflict.lost) == (
        "name",
        v("Müller GmbH", 3, "b"),
        v("Müller AG", 2),
    )


def test_an_edit_on_one_side_only_is_no_conflict() -> None:
    base = RowState({"name": v("Müller", 1)})
    assert conflicts(base, RowState({"name": v("Müller GmbH", 3, "b")}), base) == []


def test_the_same_value_typed_on_both_sides_is_no_conflict() -> None:
    base = RowState({"name": v("Müller", 1)})
    ours, theirs = RowState({"name": v("Neu", 2)}), RowState({"name": v("Neu", 3, "b")})
    assert conflicts(ours, theirs, base) == []


class Replica:
    """A device in a test: its rows, what the shared file said at its last sync, its clock."""

    def __init__(self, device: str, skew: int = 0) -> None:
        self.clock, self.skew = HybridClock(device), skew
        self.rows: dict[str, RowState] = {}
        self.base: dict[str, RowState] = {}
        self.conflicts: set[tuple[str, str, Stamp | None]] = set()

    def edit(self, row: str, name: str, value: str, wall: int) -> None:
        """Like the GUI: a row this device knows to be deleted cannot be edited."""
        current = self.rows.get(row, RowState())
        if not current.alive:
            return
        stamp = self.clock.now(wall + self.skew)
        self.rows[row] = RowState(
            {**current.fields, name: Versioned(value, stamp)}, current.tombstone
        )

    def delete(self, row: str, wall: int) -> None:
        current = self.rows.get(row)
        if current is None or not current.alive:
            return
        deletion = RowState(
            current.fields, Tombstone(self.clock.now(wall + self.skew), current.newest)
        )
        self.rows[row] = merged(current, deletion)

    def sync(self, shared: dict[str, RowState], wall: int) -> None:
        for row in self.rows.keys() | shared.keys():
            ours, theirs = self.rows.get(row, RowState()), shared.get(row, RowState())
            for conflict in conflicts(ours, theirs, self.base.get(row)):
                self.conflicts.add((row, *conflict.key))
            result = merged(ours, theirs)
            for version in result.fields.values():
                self.clock.receive(version.stamp, wall + self.skew)
            self.rows[row] = shared[row] = self.base[row] = result


operations = st.lists(
    st.tuples(
        st.sampled_from(["edit", "delete", "sync"]),
        st.integers(0, 2),  # which device
        st.sampled_from(["r1", "r2"]),
        st.sampled_from(["name", "owner"]),
        st.integers(0, 3),  # the value typed
    ),
    max_size=30,
)


@settings(max_examples=300)
@given(operations, st.lists(st.integers(-5000, 5000), min_size=3, max_size=3))
def test_three_devices_converge_after_two_rounds_of_syncs(
    steps: list[tuple[str, int, str, str, int]], skews: list[int]
) -> None:
    shared: dict[str, RowState] = {}
    devices = [Replica(name, skew) for name, skew in zip("abc", skews, strict=True)]
    for wall, (operation, device, row, name, value) in enumerate(steps, start=10_000):
        replica = devices[device]
        if operation == "edit":
            replica.edit(row, name, f"{name}{value}", wall)
        elif operation == "delete":
            replica.delete(row, wall)
        else:
            replica.sync(shared, wall)
    end = 10_000 + len(steps)
    for round_ in range(2):
        for replica in devices:
            replica.sync(shared, end + round_)
    assert all(replica.rows == shared for replica in devices)


ORDERINGS = list(itertools.permutations(["A edits", "A syncs", "B deletes", "B syncs"]))


@pytest.mark.parametrize("order", ORDERINGS, ids=" · ".join)
def test_a_deletion_wins_only_over_edits_the_deleter_had_seen(order: tuple[str, ...]) -> None:
    """Every ordering of A's edit and B's deletion (KeePassXC's merge cases, and more)."""
    shared: dict[str, RowState] = {}
    a, b = Replica("a"), Replica("b")
    a.edit("row", "name", "Müller", 1)
    a.sync(shared, 2)
    b.sync(shared, 3)
    for wall, event in enumerate(order, start=10):
        match event:
            case "A edits":
                a.edit("row", "name", "Müller GmbH", wall)
            case "A syncs":
                a.sync(shared, wall)
            case "B deletes":
                b.delete("row", wall)
            case "B syncs":
                b.sync(shared, wall)
    for wall in (20, 21):
        a.sync(shared, wall)
        b.sync(shared, wall)

    def before(*events: str) -> bool:
        return all(order.index(x) < order.index(y) for x, y in itertools.pairwise(events))

    saw_edit = before("A edits", "A syncs", "B syncs", "B deletes")
    knew_of_deletion = before("B deletes", "B syncs", "A syncs", "A edits")  # A never edits
    row = shared["row"]
    assert row.alive is not (saw_edit or knew_of_deletion)
    expected = "Müller" if knew_of_deletion else "Müller GmbH"
    assert row.fields["name"].value == expected  # an edit that was made is never lost
    deletion_overruled = any(c[1] == DELETED for c in a.conflicts | b.conflicts)
    assert deletion_overruled is row.alive
