"""Key figures per account and year (SPEC §3): the one source of revenue, margin, potential,
share of wallet and satisfaction; the scorecard's hard figures read from here."""

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain.errors import FieldIssue, InvalidKeyFigures, IssueCode

FIRST_YEAR, LAST_YEAR = 1990, 2100
MONEY_FIELDS = ("revenue", "contribution_margin", "potential")


@dataclass(frozen=True)
class KeyFigures:
    year: int
    revenue: Decimal | None = None
    contribution_margin: Decimal | None = None
    potential: Decimal | None = None
    share_of_wallet: Decimal | None = None  # percent of the customer's spend in our field
    satisfaction: Decimal | None = None  # 1 (poor) to 5 (excellent)


FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(KeyFigures) if f.name != "year")
_RANGES: dict[str, tuple[Decimal | None, Decimal | None]] = {
    "revenue": (Decimal(0), None),
    "potential": (Decimal(0), None),
    "contribution_margin": (None, None),  # a customer can cost more than he brings
    "share_of_wallet": (Decimal(0), Decimal(100)),
    "satisfaction": (Decimal(1), Decimal(5)),
}


def validated(figures: KeyFigures) -> KeyFigures:
    issues = []
    if not FIRST_YEAR <= figures.year <= LAST_YEAR:
        issues.append(FieldIssue("year", IssueCode.BAD_VALUE))
    for name, (low, high) in _RANGES.items():
        value = getattr(figures, name)
        if value is None:
            continue
        if (
            not value.is_finite()
            or (low is not None and value < low)
            or (high is not None and value > high)
        ):
            issues.append(FieldIssue(name, IssueCode.BAD_VALUE))
    if issues:
        raise InvalidKeyFigures(tuple(issues))
    return figures
