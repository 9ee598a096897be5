from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.sync.clock import Stamp
from kamdesk.domain.sync.stamps import decode, encode, group_of, groups


def test_fields_that_travel_together_share_a_group() -> None:
    assert group_of("complaints", "status") == group_of("complaints", "resolved_on") == "resolution"
    assert group_of("complaints", "topic") == "topic"
    assert group_of("contacts", "status") == "status"  # groups belong to their table


def test_groups_keep_the_field_order() -> None:
    assert groups("penetration_cells", ["amount", "unit_id", "state"]) == {
        "cell": ("amount", "state"),
        "unit_id": ("unit_id",),
    }


stamps = st.dictionaries(
    st.text("abcdefgh_", min_size=1, max_size=12),
    st.builds(Stamp, st.integers(0, 10**14), st.integers(0, 10**5), st.text("ab-c", min_size=1)),
    max_size=8,
)


@given(stamps)
def test_stamps_round_trip_through_their_text(values: dict[str, Stamp]) -> None:
    assert decode(encode(values), values) == values


def test_the_most_common_stamp_is_written_once() -> None:
    first, later = Stamp(5, 0, "a"), Stamp(9, 0, "b")
    text = encode({"name": first, "owner": first, "phase": later, "scope": first})
    assert text.count(first.encode()) == 1
    assert decode(text, ["name", "phase"]) == {"name": first, "phase": later}


def test_the_same_stamps_give_the_same_text_in_any_order() -> None:
    a, b = Stamp(5, 0, "a"), Stamp(9, 0, "b")
    assert encode({"x": a, "y": b}) == encode({"y": b, "x": a})


def test_a_row_that_never_synced_has_no_stamps() -> None:
    assert decode("", ["name"]) == {} == decode("not json", ["name"]) == decode("[1]", ["name"])


def test_an_unreadable_stamp_is_skipped_not_fatal() -> None:
    text = '{"name": "x", "owner": "000000000000005-000001-a"}'
    assert decode(text, ["name", "owner", "phase"]) == {"owner": Stamp(5, 1, "a")}
