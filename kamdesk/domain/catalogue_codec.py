"""The criteria catalogue and scorecard answers as plain JSON-able data, for storage and sync."""

from decimal import Decimal, InvalidOperation
from typing import Any

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.errors import InvalidCatalogue
from kamdesk.domain.scorecard import (
    Answer,
    Band,
    Catalogue,
    Criterion,
    CriterionKind,
    Figure,
    LevelRule,
)


def catalogue_to_data(catalogue: Catalogue) -> dict[str, Any]:
    return {
        "criteria": [
            {
                "key": c.key,
                "kind": c.kind.value,
                "name": c.name,
                "points": c.points,
                "bands": [[str(b.minimum), b.points] for b in c.bands],
                "figure": c.figure.value if c.figure else None,
            }
            for c in catalogue.criteria
        ],
        "levels": {
            level.value: {
                "threshold": rule.threshold,
                "review_months": rule.review_months,
                "benefits": list(rule.benefits),
            }
            for level, rule in catalogue.levels.items()
        },
        "strategic_minimum": catalogue.strategic_minimum,
        "hard_figure_minimum": catalogue.hard_figure_minimum,
        "a_customer_revenue": str(catalogue.a_customer_revenue),
    }


def catalogue_from_data(data: dict[str, Any]) -> Catalogue:
    try:
        return Catalogue(
            criteria=tuple(
                Criterion(
                    key=c["key"],
                    kind=CriterionKind(c["kind"]),
                    name=c.get("name", ""),
                    points=int(c.get("points", 0)),
                    bands=tuple(Band(Decimal(m), int(p)) for m, p in c.get("bands", [])),
                    figure=Figure(c["figure"]) if c.get("figure") else None,
                )
                for c in data["criteria"]
            ),
            levels={
                StatusLevel(level): LevelRule(
                    int(rule["threshold"]), int(rule["review_months"]), tuple(rule["benefits"])
                )
                for level, rule in data["levels"].items()
            },
            strategic_minimum=int(data["strategic_minimum"]),
            hard_figure_minimum=int(data["hard_figure_minimum"]),
            a_customer_revenue=Decimal(data["a_customer_revenue"]),
        )
    except (KeyError, TypeError, ValueError, InvalidOperation) as error:
        raise InvalidCatalogue("unreadable", str(error)) from error


def encode_answer(answer: Answer) -> str:
    if isinstance(answer, bool):
        return "true" if answer else "false"
    return str(answer)


def decode_answer(criterion: Criterion, text: str) -> Answer:
    if criterion.kind == CriterionKind.YES_NO:
        return text == "true"
    try:
        return int(text) if criterion.kind == CriterionKind.COUNT else Decimal(text)
    except (ValueError, InvalidOperation):
        return None


def bands_to_text(bands: tuple[Band, ...]) -> str:
    """Bands as the KAM types them: "2: 5; 5: 10" means from 2 on 5 points, from 5 on 10."""
    return "; ".join(f"{band.minimum.normalize():f}: {band.points}" for band in bands)


def bands_from_text(text: str) -> tuple[Band, ...]:
    try:
        pairs = [part.split(":") for part in text.split(";") if part.strip()]
        return tuple(Band(Decimal(minimum.strip()), int(points)) for minimum, points in pairs)
    except (ValueError, InvalidOperation) as error:
        raise InvalidCatalogue("bands_unreadable", text) from error
