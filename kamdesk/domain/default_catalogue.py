"""The catalogue a new store starts with; the KAM adapts it in the settings."""

from decimal import Decimal

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.scorecard import Band, Catalogue, Criterion, CriterionKind, Figure, LevelRule

_K = Decimal(1000)


def _bands(*pairs: tuple[int | Decimal, int]) -> tuple[Band, ...]:
    return tuple(Band(Decimal(minimum), points) for minimum, points in pairs)


DEFAULT_CATALOGUE = Catalogue(
    criteria=(
        Criterion("lighthouse", CriterionKind.YES_NO, points=10),
        Criterion("opinion_leader", CriterionKind.YES_NO, points=10),
        Criterion("complex_relationship", CriterionKind.YES_NO, points=5),
        Criterion("countries", CriterionKind.COUNT, bands=_bands((2, 5), (5, 10), (10, 15))),
        Criterion("sites", CriterionKind.COUNT, bands=_bands((3, 5), (10, 10))),
        Criterion(
            "revenue",
            CriterionKind.FIGURE,
            figure=Figure.REVENUE,
            bands=_bands((250 * _K, 10), (1000 * _K, 20), (5000 * _K, 30)),
        ),
        Criterion(
            "potential",
            CriterionKind.FIGURE,
            figure=Figure.POTENTIAL,
            bands=_bands((250 * _K, 5), (1000 * _K, 10), (5000 * _K, 20)),
        ),
        Criterion(
            "contribution_margin",
            CriterionKind.FIGURE,
            figure=Figure.CONTRIBUTION_MARGIN,
            bands=_bands((50 * _K, 5), (250 * _K, 10), (1000 * _K, 15)),
        ),
    ),
    levels={
        StatusLevel.ACCOUNT: LevelRule(30, benefits=("dedicated_contact",)),
        StatusLevel.KEY: LevelRule(50, benefits=("dedicated_contact", "response_24h")),
        StatusLevel.STRATEGIC: LevelRule(
            70, benefits=("dedicated_contact", "response_24h", "planning_workshop")
        ),
        StatusLevel.CORPORATE: LevelRule(
            90,
            benefits=("dedicated_contact", "response_4h", "planning_workshop", "executive_sponsor"),
        ),
    },
    strategic_minimum=10,
    hard_figure_minimum=15,
    a_customer_revenue=Decimal(250 * _K),
)
