"""`kamdesk plan export ACCOUNT --out FILE.xlsx` and `kamdesk plan import ACCOUNT FILE.xlsx`:
the penetration plan in Excel, through the same service code as the GUI."""

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.i18n.formats import decimal_point
from kamdesk.i18n.penetration_words import sheet_words
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    plan = command_parser(commands, "plan")
    actions = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the account's plan to an .xlsx file")
    export.add_argument("account", help="id or exact name")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    export.set_defaults(run=export_plan)
    load = actions.add_parser("import", help="replace the account's plan with an .xlsx file's")
    load.add_argument("account", help="id or exact name")
    load.add_argument("file", type=Path, metavar="FILE.xlsx")
    load.set_defaults(run=import_plan)


def export_plan(workspace: Workspace, args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".xlsx":
        print(translate("cli", "The file must end in .xlsx."), file=sys.stderr)
        return 2
    account = workspace.accounts.find(args.account)
    workspace.penetration.export_xlsx([(account.id, account.fields.name)], out, sheet_words())
    return 0


def import_plan(workspace: Workspace, args: argparse.Namespace) -> int:
    account = workspace.accounts.find(args.account)
    plan = workspace.penetration.import_xlsx(
        account.id, account.fields.name, args.file, decimal_point()
    )
    print(
        translate("cli", "Imported {units} units and {cells} filled cells into {account}.").format(
            units=len(plan.units), cells=len(plan.cells), account=account.fields.name
        )
    )
    return 0
