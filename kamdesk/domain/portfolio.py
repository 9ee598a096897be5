"""The customer portfolio (SPEC §2): every account placed by its value today and its
potential. Segmenting by revenue alone (A/B/C) ignores what a customer could become; the
candidates for the selection funnel are the top, base and development customers."""

import statistics
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kamdesk.domain.amounts import sum_present
from kamdesk.domain.classification import StatusLevel


class PortfolioField(StrEnum):
    TOP = "top"  # Topkunde: high value, high potential
    BASE = "base"  # Basiskunde: high value, low potential
    DEVELOPMENT = "development"  # Entwicklungskunde: low value, high potential
    CARRIED = "carried"  # Mitnahmekunde: low value, low potential, served along the way

    @property
    def is_candidate(self) -> bool:
        """Worth the selection funnel's questions (SPEC §2)."""
        return self is not PortfolioField.CARRIED


class ValueBasis(StrEnum):
    """What "value today" means: the last completed year's revenue or contribution margin."""

    REVENUE = "revenue"
    MARGIN = "margin"


class Lack(StrEnum):
    """Why an account is not placed: a figure it lacks (not a low one)."""

    VALUE = "value"
    POTENTIAL = "potential"
    BOTH = "both"


class PotentialSource(StrEnum):
    KEY_FIGURE = "key_figure"  # the potential typed in the year's key figures
    PLAN = "plan"  # the penetration plan's open potential


@dataclass(frozen=True)
class Thresholds:
    """An account is high on an axis from the threshold on (at it counts as high)."""

    value: Decimal
    potential: Decimal


@dataclass(frozen=True)
class Figures:
    """An account's figures of one year, as the portfolio reads them."""

    revenue: Decimal | None = None
    margin: Decimal | None = None
    potential: Decimal | None = None  # the key figure


@dataclass(frozen=True)
class PortfolioAccount:
    """One account with what the portfolio needs to place, draw and filter it."""

    id: uuid.UUID
    name: str
    status_level: StatusLevel
    owner: str
    country: str
    industry: str
    this_year: Figures
    last_year: Figures
    plan_potential: Decimal | None  # the penetration plan's open potential, if it has a plan


@dataclass(frozen=True)
class Placement:
    account: PortfolioAccount
    year: int  # whose figures placed it
    basis: ValueBasis
    value: Decimal | None
    potential: Decimal | None
    potential_source: PotentialSource | None
    field: PortfolioField | None  # None: a figure is lacking
    lack: Lack | None
    previous_field: PortfolioField | None  # the year before, placed by the same thresholds

    @property
    def margin(self) -> Decimal | None:
        return self.account.this_year.margin

    @property
    def is_candidate(self) -> bool:
        """Top, base or development, and not a key account yet: the funnel's candidates."""
        return (
            self.field is not None
            and self.field.is_candidate
            and not self.account.status_level.is_key_account
        )

    @property
    def moved(self) -> bool:
        return None not in (self.field, self.previous_field) and self.field != self.previous_field


def value_of(figures: Figures, basis: ValueBasis) -> Decimal | None:
    return figures.revenue if basis is ValueBasis.REVENUE else figures.margin


def potential_of(
    figures: Figures, plan_potential: Decimal | None
) -> tuple[Decimal | None, PotentialSource | None]:
    """The key figure where one was typed for the year, else the plan's open potential."""
    if figures.potential is not None:
        return figures.potential, PotentialSource.KEY_FIGURE
    if plan_potential is not None:
        return plan_potential, PotentialSource.PLAN
    return None, None


def field_for(value: Decimal, potential: Decimal, thresholds: Thresholds) -> PortfolioField:
    high_value, high_potential = value >= thresholds.value, potential >= thresholds.potential
    if high_value:
        return PortfolioField.TOP if high_potential else PortfolioField.BASE
    return PortfolioField.DEVELOPMENT if high_potential else PortfolioField.CARRIED


def lack_of(value: Decimal | None, potential: Decimal | None) -> Lack | None:
    if value is None and potential is None:
        return Lack.BOTH
    if value is None:
        return Lack.VALUE
    return Lack.POTENTIAL if potential is None else None


def _field(
    figures: Figures, plan: Decimal | None, basis: ValueBasis, thresholds: Thresholds
) -> PortfolioField | None:
    value, (potential, _) = value_of(figures, basis), potential_of(figures, plan)
    if value is None or potential is None:
        return None
    return field_for(value, potential, thresholds)


def place(
    account: PortfolioAccount, year: int, basis: ValueBasis, thresholds: Thresholds
) -> Placement:
    value = value_of(account.this_year, basis)
    potential, source = potential_of(account.this_year, account.plan_potential)
    field = None if value is None or potential is None else field_for(value, potential, thresholds)
    previous = _field(account.last_year, account.plan_potential, basis, thresholds)
    lack = lack_of(value, potential)
    return Placement(account, year, basis, value, potential, source, field, lack, previous)


def median_thresholds(accounts: Sequence[PortfolioAccount], basis: ValueBasis) -> Thresholds:
    """The default: the medians of the figures there are (half the accounts above each line);
    zero where no account has the figure."""
    values = [v for a in accounts if (v := value_of(a.this_year, basis)) is not None]
    potentials = [
        p for a in accounts if (p := potential_of(a.this_year, a.plan_potential)[0]) is not None
    ]
    return Thresholds(_median(values), _median(potentials))


def _median(amounts: Iterable[Decimal]) -> Decimal:
    listed = list(amounts)
    return Decimal(statistics.median_low(listed)) if listed else Decimal(0)


@dataclass(frozen=True)
class Portfolio:
    year: int  # the last completed year: "value today"
    basis: ValueBasis
    thresholds: Thresholds
    defaults: Thresholds  # the medians, for "Reset"
    placements: tuple[Placement, ...]

    def counts(self) -> Mapping[PortfolioField, int]:
        counts = dict.fromkeys(PortfolioField, 0)
        for placement in self.placements:
            if placement.field is not None:
                counts[placement.field] += 1
        return counts

    def fields(self) -> dict[uuid.UUID, PortfolioField | None]:
        """Each account's field, for the account list's Portfolio column."""
        return {placement.account.id: placement.field for placement in self.placements}

    def unplaced(self) -> int:
        return sum(placement.field is None for placement in self.placements)

    def movements(self) -> list[Placement]:
        """Who moved since last year, by name."""
        return sorted(
            (p for p in self.placements if p.moved), key=lambda p: p.account.name.casefold()
        )

    def candidates(self) -> list[Placement]:
        """The funnel's candidates: top customers first, then base, then development; the
        highest value first within a field."""
        order = list(PortfolioField)
        chosen = [p for p in self.placements if p.is_candidate]
        return sorted(chosen, key=lambda p: (order.index(p.field), -(p.value or 0)))  # type: ignore[arg-type]


def build_portfolio(
    accounts: Sequence[PortfolioAccount],
    year: int,
    basis: ValueBasis,
    chosen: Thresholds | None,
) -> Portfolio:
    """Place every account by the user's thresholds, or by the medians until they chose."""
    defaults = median_thresholds(accounts, basis)
    thresholds = chosen or defaults
    placements = tuple(place(account, year, basis, thresholds) for account in accounts)
    return Portfolio(year, basis, thresholds, defaults, placements)


@dataclass(frozen=True)
class KeyAccountTotals:
    """The key accounts' figures summed, this year and the year before (their trend)."""

    count: int
    this_year: Figures
    last_year: Figures


def key_account_totals(placements: Iterable[Placement]) -> KeyAccountTotals:
    accounts = [p.account for p in placements if p.account.status_level.is_key_account]

    def summed(year: Iterable[Figures]) -> Figures:
        listed = list(year)
        return Figures(
            *(
                sum_present(getattr(f, name) for f in listed)
                for name in ("revenue", "margin", "potential")
            )
        )

    return KeyAccountTotals(
        len(accounts),
        summed(a.this_year for a in accounts),
        summed(a.last_year for a in accounts),
    )


def change_in_percent(now: Decimal | None, before: Decimal | None) -> Decimal | None:
    """The trend of a figure: None where a year lacks it or the year before was zero."""
    if now is None or not before:
        return None
    return ((now - before) * 100 / abs(before)).quantize(Decimal("0.1"))


def moves(placements: Iterable[Placement]) -> Counter[tuple[PortfolioField, PortfolioField]]:
    """How many accounts moved from which field to which since last year."""
    return Counter(
        (p.previous_field, p.field)  # type: ignore[misc]  # moved: both are set
        for p in placements
        if p.moved
    )


@dataclass(frozen=True)
class PortfolioAtAGlance:
    """The portfolio in small, as the home view shows it: weighed with the portfolio, so that
    showing it costs nothing however many accounts were placed."""

    year: int
    counts: Mapping[PortfolioField, int]
    moves: list[tuple[tuple[PortfolioField, PortfolioField], int]]  # the most common first
    key_accounts: KeyAccountTotals


def at_a_glance(portfolio: Portfolio) -> PortfolioAtAGlance:
    placements = portfolio.placements
    return PortfolioAtAGlance(
        portfolio.year,
        portfolio.counts(),
        moves(placements).most_common(),
        key_account_totals(placements),
    )
