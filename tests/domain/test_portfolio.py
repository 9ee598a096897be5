"""Placing accounts by value and potential: the thresholds, missing figures, the value basis,
the medians, movement between years, the funnel's candidates, the key accounts' totals and
their trend."""

import uuid
from decimal import Decimal

import pytest

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.portfolio import (
    Figures,
    Lack,
    PortfolioAccount,
    PortfolioField,
    PotentialSource,
    Thresholds,
    ValueBasis,
    build_portfolio,
    change_in_percent,
    key_account_totals,
    moves,
    place,
)

LINES = Thresholds(Decimal(100_000), Decimal(50_000))
YEAR = 2025


def _account(
    revenue: int | None = None,
    potential: int | None = None,
    *,
    margin: int | None = None,
    plan: int | None = None,
    last_year: Figures | None = None,
    level: StatusLevel = StatusLevel.B,
    name: str = "Müller GmbH",
) -> PortfolioAccount:
    def amount(value: int | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    return PortfolioAccount(
        uuid.uuid4(),
        name,
        level,
        "Ute",
        "Deutschland",
        "Maschinenbau",
        Figures(amount(revenue), amount(margin), amount(potential)),
        last_year or Figures(),
        amount(plan),
    )


@pytest.mark.parametrize(
    ("revenue", "potential", "field"),
    [
        (100_000, 50_000, PortfolioField.TOP),  # on both lines counts as high
        (99_999, 50_000, PortfolioField.DEVELOPMENT),
        (100_000, 49_999, PortfolioField.BASE),
        (99_999, 49_999, PortfolioField.CARRIED),
        (250_000, 0, PortfolioField.BASE),
    ],
)
def test_an_account_is_placed_at_and_around_both_thresholds(
    revenue: int, potential: int, field: PortfolioField
) -> None:
    placement = place(_account(revenue, potential), YEAR, ValueBasis.REVENUE, LINES)
    assert placement.field is field
    assert placement.lack is None


@pytest.mark.parametrize(
    ("revenue", "potential", "lack"),
    [(None, 80_000, Lack.VALUE), (200_000, None, Lack.POTENTIAL), (None, None, Lack.BOTH)],
)
def test_an_account_lacking_a_figure_is_said_to_lack_it_not_placed_low(
    revenue: int | None, potential: int | None, lack: Lack
) -> None:
    placement = place(_account(revenue, potential), YEAR, ValueBasis.REVENUE, LINES)
    assert placement.field is None
    assert placement.lack is lack
    assert not placement.is_candidate


def test_the_value_basis_switches_between_revenue_and_margin() -> None:
    account = _account(500_000, 80_000, margin=40_000)
    assert place(account, YEAR, ValueBasis.REVENUE, LINES).field is PortfolioField.TOP
    by_margin = place(account, YEAR, ValueBasis.MARGIN, LINES)
    assert by_margin.value == Decimal(40_000)
    assert by_margin.field is PortfolioField.DEVELOPMENT


def test_without_a_margin_the_margin_basis_lacks_the_value() -> None:
    placement = place(_account(500_000, 80_000), YEAR, ValueBasis.MARGIN, LINES)
    assert placement.lack is Lack.VALUE


def test_the_plan_s_open_potential_stands_in_where_no_potential_was_typed() -> None:
    from_plan = place(_account(150_000, plan=70_000), YEAR, ValueBasis.REVENUE, LINES)
    assert (from_plan.potential, from_plan.potential_source) == (70_000, PotentialSource.PLAN)
    typed = place(_account(150_000, 10_000, plan=70_000), YEAR, ValueBasis.REVENUE, LINES)
    assert (typed.potential, typed.potential_source) == (10_000, PotentialSource.KEY_FIGURE)


def test_until_the_user_chooses_the_thresholds_are_the_medians() -> None:
    accounts = [_account(r, p) for r, p in ((10, 1), (20, 5), (30, 9), (None, 100))]
    portfolio = build_portfolio(accounts, YEAR, ValueBasis.REVENUE, None)
    assert portfolio.thresholds == portfolio.defaults == Thresholds(Decimal(20), Decimal(5))
    chosen = Thresholds(Decimal(25), Decimal(2))
    assert build_portfolio(accounts, YEAR, ValueBasis.REVENUE, chosen).thresholds == chosen


def test_an_empty_portfolio_has_its_lines_at_zero() -> None:
    portfolio = build_portfolio([], YEAR, ValueBasis.REVENUE, None)
    assert portfolio.thresholds == Thresholds(Decimal(0), Decimal(0))
    assert portfolio.counts() == dict.fromkeys(PortfolioField, 0)


def test_movement_since_last_year_is_judged_by_the_same_lines() -> None:
    grown = _account(
        150_000, 90_000, last_year=Figures(Decimal(40_000), None, Decimal(90_000)), name="A"
    )
    steady = _account(
        150_000, 90_000, last_year=Figures(Decimal(160_000), None, Decimal(1)), name="B"
    )
    new = _account(150_000, 90_000, name="Neu AG")
    portfolio = build_portfolio([grown, steady, new], YEAR, ValueBasis.REVENUE, LINES)
    moved = portfolio.movements()
    assert [p.account.id for p in moved] == [grown.id, steady.id]
    by_id = {p.account.id: p for p in portfolio.placements}
    assert by_id[grown.id].previous_field is PortfolioField.DEVELOPMENT
    assert by_id[steady.id].previous_field is PortfolioField.BASE
    assert by_id[new.id].previous_field is None and not by_id[new.id].moved


def test_candidates_are_top_then_base_then_development_and_never_key_accounts() -> None:
    accounts = [
        _account(120_000, 10_000, name="Base"),
        _account(20_000, 90_000, name="Development"),
        _account(300_000, 90_000, name="Top"),
        _account(400_000, 90_000, name="Key", level=StatusLevel.KEY),
        _account(10_000, 10_000, name="Carried"),
    ]
    portfolio = build_portfolio(accounts, YEAR, ValueBasis.REVENUE, LINES)
    assert [p.account.name for p in portfolio.candidates()] == ["Top", "Base", "Development"]
    assert portfolio.counts()[PortfolioField.TOP] == 2


def test_the_moves_are_counted_by_where_from_and_where_to() -> None:
    was_development = Figures(Decimal(40_000), None, Decimal(90_000))
    accounts = [_account(150_000, 90_000, last_year=was_development, name=n) for n in "AB"]
    accounts.append(_account(150_000, 90_000, name="Neu AG"))  # no last year: not moved
    placements = build_portfolio(accounts, YEAR, ValueBasis.REVENUE, LINES).placements
    assert moves(placements) == {(PortfolioField.DEVELOPMENT, PortfolioField.TOP): 2}


def test_key_account_totals_sum_the_key_accounts_of_both_years() -> None:
    last = Figures(Decimal(100), None, Decimal(10))
    accounts = [
        _account(300, 50, level=StatusLevel.KEY, last_year=last, name="A"),
        _account(200, None, level=StatusLevel.STRATEGIC, last_year=last, name="B"),
        _account(9_000, 9_000, level=StatusLevel.A, name="Kein KA"),
    ]
    totals = key_account_totals(
        build_portfolio(accounts, YEAR, ValueBasis.REVENUE, LINES).placements
    )
    assert totals.count == 2
    assert (totals.this_year.revenue, totals.this_year.potential) == (500, 50)
    assert (totals.last_year.revenue, totals.last_year.margin) == (200, None)


@pytest.mark.parametrize(
    ("now", "before", "change"),
    [(150, 100, Decimal("50.0")), (50, 100, Decimal("-50.0")), (10, -20, Decimal("150.0"))],
)
def test_a_trend_is_the_change_against_the_year_before(
    now: int, before: int, change: Decimal
) -> None:
    assert change_in_percent(Decimal(now), Decimal(before)) == change


@pytest.mark.parametrize(("now", "before"), [(None, 100), (100, None), (100, 0)])
def test_there_is_no_trend_without_both_years(now: int | None, before: int | None) -> None:
    given = [None if v is None else Decimal(v) for v in (now, before)]
    assert change_in_percent(*given) is None
