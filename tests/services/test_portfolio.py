"""The portfolio against a real store: figures of the last completed year, the plan's open
potential, the user's thresholds kept in the store, the account list's column."""

import uuid
from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.penetration import Cell, CellState, Offering, Unit
from kamdesk.domain.portfolio import Lack, PortfolioField, PotentialSource, Thresholds, ValueBasis
from kamdesk.services.workspace import Workspace

TODAY = date(2026, 3, 1)  # "value today" is 2025's


def _account(
    workspace: Workspace, name: str, revenue: int | None, potential: int | None, year: int = 2025
) -> uuid.UUID:
    account = workspace.accounts.create(AccountFields(name=name)).id
    amounts = {
        "revenue": None if revenue is None else Decimal(revenue),
        "potential": None if potential is None else Decimal(potential),
        "contribution_margin": None if revenue is None else Decimal(revenue) / 4,
    }
    workspace.plan.save_key_figures(account, KeyFigures(year, **amounts))
    return account


def _fields(workspace: Workspace) -> dict[str, PortfolioField | None]:
    portfolio = workspace.portfolio.portfolio(TODAY)
    return {p.account.name: p.field for p in portfolio.placements}


def test_accounts_are_placed_by_last_year_s_figures(workspace: Workspace) -> None:
    _account(workspace, "Groß", 900_000, 800_000)
    _account(workspace, "Klein", 10_000, 5_000)
    _account(workspace, "Mittel", 100_000, 100_000)
    _account(workspace, "Dieses Jahr", 900_000, 900_000, year=2026)
    portfolio = workspace.portfolio.portfolio(TODAY)
    assert portfolio.year == 2025
    assert portfolio.thresholds == Thresholds(Decimal(100_000), Decimal(100_000))
    assert _fields(workspace) == {
        "Dieses Jahr": None,  # only this year's figures: it lacks last year's
        "Groß": PortfolioField.TOP,
        "Klein": PortfolioField.CARRIED,
        "Mittel": PortfolioField.TOP,
    }
    unplaced = next(p for p in portfolio.placements if p.field is None)
    assert unplaced.lack is Lack.BOTH


def test_the_plan_s_open_potential_places_an_account_without_a_typed_potential(
    workspace: Workspace,
) -> None:
    account = _account(workspace, "Planvoll AG", 50_000, None)
    offering = workspace.penetration.save_offering(Offering(uuid.uuid4(), "Schrauben"))
    unit = workspace.penetration.save_unit(account, Unit(uuid.uuid4(), "Werk Ulm"))
    workspace.penetration.set_cells(
        account, {(unit.id, offering.id): Cell(CellState.POTENTIAL, Decimal(70_000))}
    )
    (placement,) = workspace.portfolio.portfolio(TODAY).placements
    assert (placement.potential, placement.potential_source) == (70_000, PotentialSource.PLAN)


def test_chosen_thresholds_and_basis_are_kept_in_the_store(workspace: Workspace) -> None:
    _account(workspace, "Groß", 900_000, 800_000)
    _account(workspace, "Klein", 10_000, 5_000)
    chosen = Thresholds(Decimal(500_000), Decimal(1_000_000))
    workspace.portfolio.choose(ValueBasis.REVENUE, chosen)
    assert workspace.portfolio.portfolio(TODAY).thresholds == chosen
    assert _fields(workspace)["Groß"] is PortfolioField.BASE
    workspace.portfolio.choose(ValueBasis.MARGIN, None)
    portfolio = workspace.portfolio.portfolio(TODAY)
    assert (portfolio.basis, portfolio.thresholds) == (ValueBasis.MARGIN, portfolio.defaults)
    assert portfolio.thresholds.value == Decimal(2_500)  # the margins' median: 10,000 / 4


def test_each_account_s_field_is_told_for_the_account_list(workspace: Workspace) -> None:
    account = _account(workspace, "Groß", 900_000, 800_000)
    nothing = workspace.accounts.create(AccountFields(name="Ohne Zahlen")).id
    assert workspace.portfolio.fields(TODAY) == {account: PortfolioField.TOP, nothing: None}
    workspace.plan.save_key_figures(account, KeyFigures(TODAY.year - 1, Decimal(5)))
    assert workspace.portfolio.fields(TODAY)[account] is None  # the potential is gone


@pytest.mark.parametrize("basis", list(ValueBasis))
def test_an_empty_store_has_an_empty_portfolio(workspace: Workspace, basis: ValueBasis) -> None:
    workspace.portfolio.choose(basis, None)
    portfolio = workspace.portfolio.portfolio(TODAY)
    assert portfolio.placements == () and portfolio.basis is basis
