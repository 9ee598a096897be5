import uuid
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.domain.errors import InvalidCell, InvalidName
from kamdesk.domain.penetration import (
    Cell,
    CellState,
    Offering,
    PenetrationPlan,
    Sums,
    Unit,
    outline,
    validated_cell,
    validated_name,
)

OURS, POTENTIAL = CellState.OURS, CellState.POTENTIAL


def unit(name: str, parent: Unit | None = None) -> Unit:
    return Unit(uuid.uuid5(uuid.NAMESPACE_OID, name), name, parent_id=parent and parent.id)


def offering(name: str) -> Offering:
    return Offering(uuid.uuid5(uuid.NAMESPACE_URL, name), name)


GERMANY = unit("Germany")
MUNICH = unit("Munich", GERMANY)
PURCHASING = unit("Purchasing", MUNICH)
AUSTRIA = unit("Austria")
SCREWS, SERVICE = offering("Screws"), offering("Service")


def plan(cells: dict[tuple[Unit, Offering], Cell]) -> PenetrationPlan:
    return PenetrationPlan(
        (GERMANY, MUNICH, PURCHASING, AUSTRIA),
        (SCREWS, SERVICE),
        {(u.id, o.id): c for (u, o), c in cells.items()},
    )


def test_a_missing_cell_is_unknown() -> None:
    assert plan({}).cell(GERMANY.id, SCREWS.id).state is CellState.UNKNOWN


def test_row_sums_include_sub_units_at_every_depth() -> None:
    sums = (
        plan(
            {
                (GERMANY, SCREWS): Cell(OURS, Decimal(100)),
                (MUNICH, SERVICE): Cell(POTENTIAL, Decimal(30)),
                (PURCHASING, SCREWS): Cell(OURS, Decimal(7)),
                (AUSTRIA, SCREWS): Cell(OURS, Decimal(1)),
            }
        )
        .sums()
        .rows
    )
    assert sums[PURCHASING.id] == Sums(Decimal(7), Decimal(0))
    assert sums[MUNICH.id] == Sums(Decimal(7), Decimal(30))
    assert sums[GERMANY.id] == Sums(Decimal(107), Decimal(30))
    assert sums[AUSTRIA.id] == Sums(Decimal(1), Decimal(0))


def test_column_sums_and_total_count_each_cell_once() -> None:
    subject = plan(
        {
            (GERMANY, SCREWS): Cell(OURS, Decimal(100)),
            (PURCHASING, SCREWS): Cell(OURS, Decimal(7)),
            (MUNICH, SERVICE): Cell(POTENTIAL, Decimal(30)),
            (AUSTRIA, SERVICE): Cell(CellState.COMPETITOR, None, "Würth"),
        }
    )
    assert subject.sums().columns == {
        SCREWS.id: Sums(Decimal(107), Decimal(0)),
        SERVICE.id: Sums(Decimal(0), Decimal(30)),
    }
    assert subject.sums().total == Sums(Decimal(107), Decimal(30))


def test_an_ours_cell_without_amount_adds_nothing() -> None:
    assert plan({(GERMANY, SCREWS): Cell(OURS)}).sums().total == Sums()


def test_white_space_is_potential_largest_first_unvalued_last() -> None:
    spots = plan(
        {
            (GERMANY, SCREWS): Cell(POTENTIAL),
            (MUNICH, SCREWS): Cell(POTENTIAL, Decimal(5)),
            (AUSTRIA, SERVICE): Cell(POTENTIAL, Decimal(50)),
            (PURCHASING, SERVICE): Cell(POTENTIAL, Decimal(5)),
            (AUSTRIA, SCREWS): Cell(OURS, Decimal(999)),
            (MUNICH, SERVICE): Cell(CellState.COMPETITOR, None, "Würth"),
        }
    ).white_space()
    assert [(s.unit.name, s.offering.name, s.potential) for s in spots] == [
        ("Austria", "Service", Decimal(50)),
        ("Munich", "Screws", Decimal(5)),  # equal potentials keep the plan's order
        ("Purchasing", "Service", Decimal(5)),
        ("Germany", "Screws", None),
    ]


def test_depths_and_descendants_follow_the_outline() -> None:
    subject = plan({})
    assert subject.depths() == {GERMANY.id: 0, MUNICH.id: 1, PURCHASING.id: 2, AUSTRIA.id: 0}
    assert subject.descendants(GERMANY.id) == [MUNICH.id, PURCHASING.id]
    assert subject.descendants(AUSTRIA.id) == []


def test_outline_puts_children_under_their_parent_keeping_sibling_order() -> None:
    berlin = unit("Berlin", GERMANY)
    ordered = outline([PURCHASING, AUSTRIA, MUNICH, GERMANY, berlin])
    assert [u.name for u in ordered] == ["Austria", "Germany", "Munich", "Purchasing", "Berlin"]


def test_outline_lifts_orphans_and_cycles_to_the_top_and_loses_nothing() -> None:
    a = Unit(uuid.uuid4(), "A")
    b = Unit(uuid.uuid4(), "B", parent_id=a.id)
    a = Unit(a.id, "A", parent_id=b.id)  # a cycle
    orphan = Unit(uuid.uuid4(), "Orphan", parent_id=uuid.uuid4())
    ordered = outline([a, b, orphan])
    assert {u.name for u in ordered} == {"A", "B", "Orphan"}
    assert len(ordered) == 3
    assert next(u for u in ordered if u.name == "Orphan").parent_id is None
    assert ordered[1].parent_id is None  # A, lifted, with B below it
    assert ordered[2].parent_id == ordered[1].id


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (Cell(OURS, Decimal(5), "x"), Cell(OURS, Decimal(5))),
        (
            Cell(CellState.COMPETITOR, Decimal(5), " Würth "),
            Cell(CellState.COMPETITOR, None, "Würth"),
        ),
        (Cell(CellState.NOT_RELEVANT, Decimal(5)), Cell(CellState.NOT_RELEVANT)),
        (Cell(CellState.UNKNOWN, None, "x"), Cell()),
    ],
)
def test_validation_keeps_only_what_the_state_means(cell: Cell, expected: Cell) -> None:
    assert validated_cell(cell) == expected


def test_negative_amounts_are_refused() -> None:
    with pytest.raises(InvalidCell):
        validated_cell(Cell(POTENTIAL, Decimal(-1)))


def test_names_are_single_spaced_and_required() -> None:
    assert validated_name("  Werk   München ") == "Werk München"
    with pytest.raises(InvalidName):
        validated_name("   ")
    with pytest.raises(InvalidName):
        validated_name("x" * 121)


_CELLS = st.sampled_from(
    [
        Cell(CellState.UNKNOWN),
        Cell(CellState.NOT_RELEVANT),
        Cell(CellState.COMPETITOR),
        Cell(OURS, Decimal(10)),
        Cell(OURS, Decimal(70)),
        Cell(POTENTIAL, Decimal(20)),
        Cell(POTENTIAL, Decimal(90)),
        Cell(POTENTIAL),
    ]
)
_KEYS = st.tuples(
    st.sampled_from([GERMANY, MUNICH, PURCHASING, AUSTRIA]), st.sampled_from([SCREWS, SERVICE])
)


@settings(max_examples=200, deadline=None)
@given(
    start=st.dictionaries(_KEYS, _CELLS),
    edits=st.lists(st.dictionaries(_KEYS, _CELLS, min_size=1), max_size=6),
)
def test_sums_after_an_edit_are_the_sums_added_up_anew(
    start: dict[tuple[Unit, Offering], Cell], edits: list[dict[tuple[Unit, Offering], Cell]]
) -> None:
    current = plan(start)
    sums = current.sums()
    for edit in edits:
        changes = {(u.id, o.id): c for (u, o), c in edit.items()}
        before = {key: current.cell(*key) for key in changes}
        cells = {**current.cells, **changes}
        current = PenetrationPlan(current.units, current.offerings, cells)
        sums = current.sums_after(sums, before)
        assert sums == current.sums()
