"""The transparent scorecard (SPEC §1–2): criteria earn points, points earn a key-account level.

A status is earned by points, never by gut feeling: every line of the card says what was
answered and what it earned, so the KAM can show the customer exactly how the level came about.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.errors import InvalidCatalogue

KEY_LEVELS = (StatusLevel.ACCOUNT, StatusLevel.KEY, StatusLevel.STRATEGIC, StatusLevel.CORPORATE)
MAX_REVIEW_MONTHS = 24

Answer = bool | int | Decimal | None


class CriterionKind(StrEnum):
    YES_NO = "yes_no"  # fixed points when answered yes
    COUNT = "count"  # points by bands over a count (countries, sites)
    FIGURE = "figure"  # points by bands over a key figure (money)


class Figure(StrEnum):
    """Hard figures, read from the account's key figures."""

    REVENUE = "revenue"  # average over the last three years: what is at risk if served badly
    POTENTIAL = "potential"
    CONTRIBUTION_MARGIN = "contribution_margin"


@dataclass(frozen=True)
class Band:
    minimum: Decimal
    points: int


@dataclass(frozen=True)
class Criterion:
    key: str
    kind: CriterionKind
    name: str = ""  # empty for the built-in criteria, whose names the UI translates
    points: int = 0
    bands: tuple[Band, ...] = ()
    figure: Figure | None = None

    @property
    def is_hard_figure(self) -> bool:
        return self.kind == CriterionKind.FIGURE

    @property
    def max_points(self) -> int:
        if self.kind == CriterionKind.YES_NO:
            return self.points
        return max((band.points for band in self.bands), default=0)

    def points_for(self, answer: Answer) -> int:
        if answer is None or answer is False:
            return 0
        if self.kind == CriterionKind.YES_NO:
            return self.points
        value = Decimal(answer)
        return max((band.points for band in self.bands if value >= band.minimum), default=0)


@dataclass(frozen=True)
class LevelRule:
    threshold: int
    review_months: int = MAX_REVIEW_MONTHS
    benefits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    criteria: tuple[Criterion, ...]
    levels: Mapping[StatusLevel, LevelRule]
    strategic_minimum: int  # gate 1 of the selection funnel
    hard_figure_minimum: int  # gate 2 of the selection funnel
    a_customer_revenue: Decimal  # a dropped key account becomes an A customer from here, else B

    def __post_init__(self) -> None:
        _check(self)

    def criterion(self, key: str) -> Criterion:
        return next(c for c in self.criteria if c.key == key)


def _check(catalogue: Catalogue) -> None:
    keys = [criterion.key for criterion in catalogue.criteria]
    if len(set(keys)) != len(keys):
        raise InvalidCatalogue("duplicate_criterion")
    for criterion in catalogue.criteria:
        minimums = [band.minimum for band in criterion.bands]
        points = [band.points for band in criterion.bands]
        if minimums != sorted(set(minimums)) or points != sorted(points):
            raise InvalidCatalogue("bands_not_rising", criterion.key)
        if (criterion.kind == CriterionKind.FIGURE) != (criterion.figure is not None):
            raise InvalidCatalogue("figure_mismatch", criterion.key)
    if set(catalogue.levels) != set(KEY_LEVELS):
        raise InvalidCatalogue("levels_incomplete")
    thresholds = [catalogue.levels[level].threshold for level in KEY_LEVELS]
    if thresholds != sorted(set(thresholds)):
        raise InvalidCatalogue("thresholds_not_rising")
    for level in KEY_LEVELS:
        if not 1 <= catalogue.levels[level].review_months <= MAX_REVIEW_MONTHS:
            raise InvalidCatalogue("review_period", level.value)


@dataclass(frozen=True)
class ScoreLine:
    criterion: Criterion
    answer: Answer
    points: int


@dataclass(frozen=True)
class Scorecard:
    lines: tuple[ScoreLine, ...]
    total: int
    hard_figure_points: int
    level: StatusLevel | None  # the highest key-account level the points reach
    next_level: StatusLevel | None
    gap: int  # points missing for the next level; 0 at the top
    thresholds: Mapping[StatusLevel, int] = field(default_factory=dict)

    @property
    def strategic_points(self) -> int:
        return self.total - self.hard_figure_points


def score(catalogue: Catalogue, answers: Mapping[str, Answer]) -> Scorecard:
    lines = tuple(
        ScoreLine(criterion, answer, criterion.points_for(answer))
        for criterion in catalogue.criteria
        for answer in [answers.get(criterion.key)]
    )
    total = sum(line.points for line in lines)
    thresholds = {level: catalogue.levels[level].threshold for level in KEY_LEVELS}
    reached = [level for level in KEY_LEVELS if total >= thresholds[level]]
    missing = [level for level in KEY_LEVELS if total < thresholds[level]]
    return Scorecard(
        lines=lines,
        total=total,
        hard_figure_points=sum(line.points for line in lines if line.criterion.is_hard_figure),
        level=reached[-1] if reached else None,
        next_level=missing[0] if missing else None,
        gap=thresholds[missing[0]] - total if missing else 0,
        thresholds=thresholds,
    )
