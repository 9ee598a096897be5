"""Points per criterion, band edges, level thresholds at their exact edges, catalogue rules."""

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.default_catalogue import DEFAULT_CATALOGUE as CATALOGUE
from kamdesk.domain.errors import InvalidCatalogue
from kamdesk.domain.scorecard import (
    KEY_LEVELS,
    Answer,
    Band,
    Criterion,
    CriterionKind,
    LevelRule,
    score,
)

COUNTRIES = CATALOGUE.criterion("countries")  # bands: 2 → 5, 5 → 10, 10 → 15
REVENUE = CATALOGUE.criterion("revenue")  # bands: 250k → 10, 1M → 20, 5M → 30


@pytest.mark.parametrize(("answer", "points"), [(True, 10), (False, 0), (None, 0)])
def test_yes_no_criterion(answer: Answer, points: int) -> None:
    assert CATALOGUE.criterion("lighthouse").points_for(answer) == points


@pytest.mark.parametrize(
    ("count", "points"),
    [(None, 0), (0, 0), (1, 0), (2, 5), (4, 5), (5, 10), (9, 10), (10, 15), (500, 15)],
)
def test_count_criterion_at_and_around_each_band_edge(count: int | None, points: int) -> None:
    assert COUNTRIES.points_for(count) == points


@pytest.mark.parametrize(
    ("revenue", "points"),
    [
        ("249999.99", 0),
        ("250000.00", 10),
        ("999999.99", 10),
        ("1000000", 20),
        ("4999999.99", 20),
        ("5000000", 30),
        ("-100", 0),
    ],
)
def test_figure_criterion_at_and_around_each_band_edge(revenue: str, points: int) -> None:
    assert REVENUE.points_for(Decimal(revenue)) == points


def _answers_worth(points: int) -> dict[str, Answer]:
    """Answers adding up to exactly `points` (multiples of five) on the default catalogue."""
    answers: dict[str, Answer] = {}
    remaining = points
    for key, worth in (("lighthouse", 10), ("opinion_leader", 10), ("complex_relationship", 5)):
        if remaining >= worth:
            answers[key], remaining = True, remaining - worth
    for band in reversed(REVENUE.bands):
        if remaining >= band.points:
            answers["revenue"], remaining = band.minimum, remaining - band.points
            break
    for band in reversed(CATALOGUE.criterion("potential").bands):
        if remaining >= band.points:
            answers["potential"], remaining = band.minimum, remaining - band.points
            break
    for band in reversed(CATALOGUE.criterion("contribution_margin").bands):
        if remaining >= band.points:
            answers["contribution_margin"], remaining = band.minimum, remaining - band.points
            break
    assert remaining == 0
    return answers


@pytest.mark.parametrize("level", KEY_LEVELS)
def test_level_is_reached_exactly_at_its_threshold(level: StatusLevel) -> None:
    threshold = CATALOGUE.levels[level].threshold
    at = score(CATALOGUE, _answers_worth(threshold))
    below = score(CATALOGUE, _answers_worth(threshold - 5))
    assert at.total == threshold and at.level == level
    assert below.level != level
    assert below.next_level == level and below.gap == 5


def test_nothing_answered_reaches_no_level_and_names_the_first_gap() -> None:
    card = score(CATALOGUE, {})
    assert (card.total, card.level, card.next_level) == (0, None, StatusLevel.ACCOUNT)
    assert card.gap == CATALOGUE.levels[StatusLevel.ACCOUNT].threshold
    assert [line.points for line in card.lines] == [0] * len(CATALOGUE.criteria)


def test_top_level_has_no_gap() -> None:
    everything: dict[str, Answer] = {c.key: True for c in CATALOGUE.criteria}
    everything |= {c.key: c.bands[-1].minimum for c in CATALOGUE.criteria if c.bands}
    card = score(CATALOGUE, everything)
    assert card.level == StatusLevel.CORPORATE
    assert (card.next_level, card.gap) == (None, 0)
    assert card.total == sum(c.max_points for c in CATALOGUE.criteria)


def test_hard_figure_and_strategic_points_add_up() -> None:
    card = score(CATALOGUE, {"lighthouse": True, "revenue": Decimal(1_000_000)})
    assert (card.strategic_points, card.hard_figure_points, card.total) == (10, 20, 30)


def test_every_line_shows_answer_and_points() -> None:
    card = score(CATALOGUE, {"countries": 7})
    line = next(line for line in card.lines if line.criterion.key == "countries")
    assert (line.answer, line.points) == (7, 10)


def _with(**changes: object) -> None:
    dataclasses.replace(CATALOGUE, **changes)  # type: ignore[arg-type]


def test_thresholds_must_rise_with_the_level() -> None:
    levels = dict(CATALOGUE.levels)
    levels[StatusLevel.KEY] = LevelRule(threshold=levels[StatusLevel.ACCOUNT].threshold)
    with pytest.raises(InvalidCatalogue) as caught:
        _with(levels=levels)
    assert caught.value.problem == "thresholds_not_rising"


@pytest.mark.parametrize("months", [0, 25, 36])
def test_review_period_beyond_24_months_is_refused(months: int) -> None:
    levels = dict(CATALOGUE.levels)
    levels[StatusLevel.KEY] = dataclasses.replace(levels[StatusLevel.KEY], review_months=months)
    with pytest.raises(InvalidCatalogue) as caught:
        _with(levels=levels)
    assert (caught.value.problem, caught.value.subject) == ("review_period", "key")


def test_bands_must_rise() -> None:
    falling = Criterion(
        "sites", CriterionKind.COUNT, bands=(Band(Decimal(3), 10), Band(Decimal(10), 5))
    )
    with pytest.raises(InvalidCatalogue):
        _with(criteria=(falling,))


def test_criterion_keys_are_unique() -> None:
    with pytest.raises(InvalidCatalogue):
        _with(criteria=CATALOGUE.criteria + CATALOGUE.criteria[:1])


def test_every_key_level_needs_a_rule() -> None:
    levels = dict(CATALOGUE.levels)
    del levels[StatusLevel.CORPORATE]
    with pytest.raises(InvalidCatalogue):
        _with(levels=levels)


figures = st.decimals(min_value=0, max_value=10_000_000, places=2)


@given(
    figure=st.sampled_from(["revenue", "potential", "contribution_margin"]),
    low=figures,
    extra=figures,
)
def test_score_is_monotone_in_each_figure(figure: str, low: Decimal, extra: Decimal) -> None:
    base: dict[str, Answer] = {"lighthouse": True, "countries": 3}
    lower = score(CATALOGUE, {**base, figure: low})
    higher = score(CATALOGUE, {**base, figure: low + extra})
    assert higher.total >= lower.total
    assert (higher.level.rank if higher.level else -1) >= (lower.level.rank if lower.level else -1)
