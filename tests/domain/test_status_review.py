"""Review dates and what a review does: keep (to confirm) or drop, never raise."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.default_catalogue import DEFAULT_CATALOGUE as CATALOGUE
from kamdesk.domain.errors import InvalidCatalogue
from kamdesk.domain.scorecard import MAX_REVIEW_MONTHS, Answer, Scorecard, score
from kamdesk.domain.status_review import add_months, is_due, review_due, review_outcome


@pytest.mark.parametrize(
    ("granted", "months", "due"),
    [
        (date(2024, 2, 29), 24, date(2026, 2, 28)),  # no 29 February in 2026
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2023, 2, 28), 12, date(2024, 2, 28)),  # a plain 28th stays the 28th
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # into a leap February
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # over the year's end
        (date(2025, 11, 23), 24, date(2027, 11, 23)),  # exactly 24 months
    ],
)
def test_review_date_arithmetic(granted: date, months: int, due: date) -> None:
    assert review_due(granted, months) == due


@pytest.mark.parametrize("months", [0, -1, 25])
def test_review_period_out_of_range_is_refused(months: int) -> None:
    with pytest.raises(InvalidCatalogue):
        review_due(date(2025, 1, 1), months)


def test_review_is_due_on_its_date_not_before() -> None:
    due = date(2026, 11, 23)
    assert not is_due(due, date(2026, 11, 22))
    assert is_due(due, due)
    assert is_due(due, date(2027, 1, 1))
    assert not is_due(None, date(2027, 1, 1))


def card_worth(total: int) -> Scorecard:
    """A scorecard with the given total (a multiple of five, at most 55)."""
    revenue = max(points for points in (0, 10, 20, 30) if points <= total)
    answers: dict[str, Answer] = {
        "revenue": {0: None, 10: Decimal(250_000), 20: Decimal(1_000_000), 30: Decimal(5_000_000)}[
            revenue
        ]
    }
    total -= revenue
    for key, points in (("lighthouse", 10), ("opinion_leader", 10), ("complex_relationship", 5)):
        if total >= points:
            answers[key], total = True, total - points
    assert total == 0
    return score(CATALOGUE, answers)


def test_still_qualifying_keeps_its_level_for_confirmation() -> None:
    outcome = review_outcome(StatusLevel.KEY, card_worth(50), None, CATALOGUE)
    assert (outcome.new_level, outcome.dropped, outcome.score) == (StatusLevel.KEY, False, 50)


def test_a_higher_score_does_not_promote() -> None:
    outcome = review_outcome(StatusLevel.ACCOUNT, card_worth(55), None, CATALOGUE)
    assert outcome.new_level == StatusLevel.ACCOUNT


def test_dropping_lands_on_the_highest_level_still_met() -> None:
    outcome = review_outcome(StatusLevel.CORPORATE, card_worth(55), None, CATALOGUE)
    assert (outcome.new_level, outcome.dropped) == (StatusLevel.KEY, True)


@pytest.mark.parametrize(
    ("revenue", "level"),
    [
        (None, StatusLevel.B),
        (Decimal("249999.99"), StatusLevel.B),
        (Decimal(250_000), StatusLevel.A),
        (Decimal(9_000_000), StatusLevel.A),
    ],
)
def test_out_of_the_key_levels_by_revenue(revenue: Decimal | None, level: StatusLevel) -> None:
    outcome = review_outcome(StatusLevel.ACCOUNT, card_worth(25), revenue, CATALOGUE)
    assert outcome.new_level == level


@pytest.mark.parametrize("level", [StatusLevel.C, StatusLevel.B, StatusLevel.A, StatusLevel.LARGE])
def test_ordinary_statuses_do_not_expire(level: StatusLevel) -> None:
    assert not review_outcome(level, card_worth(0), None, CATALOGUE).dropped


@given(
    level=st.sampled_from(list(StatusLevel)),
    total=st.sampled_from(range(0, 60, 5)),
    revenue=st.none() | st.decimals(min_value=0, max_value=10**8, places=2),
)
def test_a_review_never_raises_a_level(
    level: StatusLevel, total: int, revenue: Decimal | None
) -> None:
    outcome = review_outcome(level, card_worth(total), revenue, CATALOGUE)
    assert outcome.new_level.rank <= level.rank


@given(
    granted=st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31)),
    months=st.integers(min_value=1, max_value=MAX_REVIEW_MONTHS),
)
def test_review_is_never_more_than_24_months_after_granting(granted: date, months: int) -> None:
    due = review_due(granted, months)
    assert granted < due <= add_months(granted, MAX_REVIEW_MONTHS)
    assert (due.year - granted.year) * 12 + due.month - granted.month == months
