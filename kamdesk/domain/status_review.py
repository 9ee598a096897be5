"""Status expires (SPEC §1): review dates, and what a review does to a key account's level."""

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.errors import InvalidCatalogue
from kamdesk.domain.scorecard import MAX_REVIEW_MONTHS, Catalogue, Scorecard


def add_months(day: date, months: int) -> date:
    """Same day of the month, months later; the month's last day where that day does not exist."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due(granted: date, months: int) -> date:
    if not 1 <= months <= MAX_REVIEW_MONTHS:
        raise InvalidCatalogue("review_period", str(months))
    return add_months(granted, months)


def is_due(review_due_on: date | None, today: date) -> bool:
    return review_due_on is not None and today >= review_due_on


class Reason(StrEnum):
    """Reasons kamdesk writes into the status history itself; the KAM's own reasons are text."""

    AUTOMATIC_REVIEW = "kamdesk:automatic-review"
    REVIEW_CONFIRMED = "kamdesk:review-confirmed"
    SELECTION_FUNNEL = "kamdesk:selection-funnel"
    UNDONE = "kamdesk:undone"


@dataclass(frozen=True)
class StatusChange:
    changed_on: date
    old_level: StatusLevel | None
    new_level: StatusLevel
    score: int | None
    reason: str
    changed_by: str


@dataclass(frozen=True)
class ReviewOutcome:
    old_level: StatusLevel
    new_level: StatusLevel
    score: int

    @property
    def dropped(self) -> bool:
        return self.new_level != self.old_level


def review_outcome(
    level: StatusLevel, card: Scorecard, average_revenue: Decimal | None, catalogue: Catalogue
) -> ReviewOutcome:
    """Keep a level the points still reach (the KAM confirms it); else drop to what they reach,
    and out of the key-account levels to an A or B customer by revenue. Never raises a level:
    promotion goes through the selection funnel."""
    if not level.is_key_account or (card.level is not None and card.level.rank >= level.rank):
        return ReviewOutcome(level, level, card.total)
    if card.level is not None:
        return ReviewOutcome(level, card.level, card.total)
    revenue = average_revenue if average_revenue is not None else Decimal(0)
    fallback = StatusLevel.A if revenue >= catalogue.a_customer_revenue else StatusLevel.B
    return ReviewOutcome(level, fallback, card.total)
