"""`kamdesk portfolio [--json]`: each account with its value, potential and field, and the
thresholds (the user's, or the medians); `--value`/`--potential` set them, `--basis` says what
value means, `--medians` goes back to the medians."""

import argparse
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import print_json, print_table
from kamdesk.domain.amounts import parse_amount
from kamdesk.domain.portfolio import Placement, Portfolio, Thresholds, ValueBasis
from kamdesk.i18n.formats import decimal_point, format_money
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.portfolio_words import basis_name, field_name, lack_text
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    portfolio = command_parser(commands, "portfolio")
    portfolio.add_argument("--basis", choices=[b.value for b in ValueBasis])
    portfolio.add_argument("--value", metavar="AMOUNT", help="the value threshold to keep")
    portfolio.add_argument("--potential", metavar="AMOUNT", help="the potential threshold")
    portfolio.add_argument("--medians", action="store_true", help="thresholds at the medians")
    portfolio.add_argument("--json", action="store_true")
    portfolio.set_defaults(run=show_portfolio)


def show_portfolio(workspace: Workspace, args: argparse.Namespace) -> int:
    service = workspace.portfolio
    if args.basis or args.value or args.potential or args.medians:
        _choose(workspace, args)
    portfolio = service.portfolio(date.today())
    if args.json:
        print_json(_portfolio_object(portfolio))
        return 0
    print(_thresholds_line(portfolio))
    print_table(
        [
            translate("cli", "Account"),
            translate("cli", "Field"),
            translate("cli", "Status"),
            translate("cli", "Value"),
            translate("cli", "Potential"),
        ],
        [_line(placement) for placement in portfolio.placements],
    )
    return 0


def _choose(workspace: Workspace, args: argparse.Namespace) -> None:
    basis_now, chosen = workspace.portfolio.view()
    basis = ValueBasis(args.basis) if args.basis else basis_now
    if args.medians or (basis != basis_now and not (args.value or args.potential)):
        workspace.portfolio.choose(basis, None)
        return
    current = chosen or workspace.portfolio.portfolio(date.today()).thresholds
    point = decimal_point()
    value = (parse_amount(args.value, point) if args.value else None) or current.value
    potential = (
        parse_amount(args.potential, point) if args.potential else None
    ) or current.potential
    workspace.portfolio.choose(basis, Thresholds(value, potential))


def _thresholds_line(portfolio: Portfolio) -> str:
    lines = portfolio.thresholds
    how = (
        translate("cli", "the medians")
        if lines == portfolio.defaults
        else translate("cli", "chosen")
    )
    return translate(
        "cli", "{basis} {year}: value from {value}, potential from {potential} ({how})"
    ).format(
        basis=basis_name(portfolio.basis),
        year=portfolio.year,
        value=format_money(lines.value),
        potential=format_money(lines.potential),
        how=how,
    )


def _line(placement: Placement) -> list[str]:
    if placement.field is None:
        assert placement.lack is not None
        said = lack_text(placement.lack).format(
            basis=basis_name(placement.basis), year=placement.year
        )
    else:
        said = field_name(placement.field)
    return [
        placement.account.name,
        said,
        status_level_label(placement.account.status_level),
        format_money(placement.value),
        format_money(placement.potential),
    ]


def _amount(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def _portfolio_object(portfolio: Portfolio) -> dict[str, Any]:
    return {
        "year": portfolio.year,
        "basis": portfolio.basis.value,
        "thresholds": {
            "value": str(portfolio.thresholds.value),
            "potential": str(portfolio.thresholds.potential),
            "chosen": portfolio.thresholds != portfolio.defaults,
        },
        "accounts": [
            {
                "id": str(p.account.id),
                "name": p.account.name,
                "status_level": p.account.status_level.value,
                "value": _amount(p.value),
                "potential": _amount(p.potential),
                "potential_from": None if p.potential_source is None else p.potential_source.value,
                "contribution_margin": _amount(p.margin),
                "field": None if p.field is None else p.field.value,
                "lacks": None if p.lack is None else p.lack.value,
                "field_last_year": None if p.previous_field is None else p.previous_field.value,
            }
            for p in portfolio.placements
        ],
    }
