from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.sync.clock import MAX_DRIFT_MS, HybridClock, Stamp, far_ahead


def test_stamps_follow_the_wall_clock() -> None:
    clock = HybridClock("a")
    assert clock.now(1000) == Stamp(1000, 0, "a")
    assert clock.now(2000) == Stamp(2000, 0, "a")


def test_a_clock_going_backwards_still_moves_stamps_forward() -> None:
    clock = HybridClock("a")
    first = clock.now(5000)
    assert clock.now(4000) == Stamp(5000, 1, "a") > first


def test_a_received_stamp_ahead_of_us_moves_our_next_stamp_past_it() -> None:
    clock = HybridClock("a")
    clock.now(1000)
    clock.receive(Stamp(9000, 4, "b"), wall_ms=1500)
    assert clock.now(1600) == Stamp(9000, 6, "a")


def test_a_stamp_from_a_clock_far_ahead_is_taken_and_later_stamps_follow_it() -> None:
    """Refusing it would lock the team out until real time caught up with the wrong clock."""
    ahead = Stamp(MAX_DRIFT_MS + 10, 0, "b")
    assert far_ahead(ahead, wall_ms=5) and not far_ahead(Stamp(10, 0, "b"), wall_ms=5)
    clock = HybridClock("a")
    clock.receive(ahead, wall_ms=5)
    assert clock.now(6) > ahead


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10_000)), max_size=40))
def test_stamps_only_ever_grow(steps: list[tuple[bool, int]]) -> None:
    clock, other = HybridClock("a"), HybridClock("b")
    stamps = []
    for local, wall in steps:
        if local:
            stamps.append(clock.now(wall))
        else:
            clock.receive(other.now(wall), wall)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


@given(st.integers(0, 10**14), st.integers(0, 999_999), st.text("abc-", min_size=1, max_size=8))
def test_encoded_stamps_round_trip(wall: int, counter: int, device: str) -> None:
    stamp = Stamp(wall, counter, device)
    assert Stamp.decode(stamp.encode()) == stamp
