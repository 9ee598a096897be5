"""`kamdesk export accounts|contacts|plans --out FILE`: the same files as File › Export."""

import argparse
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.i18n.account_cells import COLUMN_FIELDS, exported_rows
from kamdesk.i18n.formats import decimal_point
from kamdesk.i18n.penetration_words import sheet_words
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    export = command_parser(commands, "export")
    kinds = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    accounts = kinds.add_parser("accounts", help="the account list, by name, every column")
    accounts.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")
    accounts.set_defaults(run=export_accounts)
    contacts = kinds.add_parser("contacts", help="contacts as vCard 3.0 or Outlook's CSV")
    contacts.add_argument("account", nargs="?", help="id or exact name (default: every account)")
    contacts.add_argument("--out", type=Path, required=True, metavar="FILE.vcf|FILE.csv")
    contacts.set_defaults(run=export_contacts)
    plans = kinds.add_parser("plans", help="every penetration plan in one workbook")
    plans.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    plans.set_defaults(run=export_plans)


def export_accounts(workspace: Workspace, args: argparse.Namespace) -> int:
    from kamdesk.files.table_export import write_table

    fields = workspace.portfolio.fields(date.today())
    summaries = sorted(
        (s._replace(portfolio=fields.get(s.id)) for s in workspace.accounts.summaries()),
        key=lambda s: s.name.casefold(),
    )
    headers, rows = exported_rows(summaries, list(range(len(COLUMN_FIELDS))))
    write_table(args.out, headers, rows, decimal_point(), translate("cli", "Accounts"))
    return _said(args.out, len(rows))


def export_contacts(workspace: Workspace, args: argparse.Namespace) -> int:
    from kamdesk.files.contact_export import write_contacts

    account_id = workspace.accounts.find(args.account).id if args.account else None
    contacts = workspace.stakeholders.address_book(account_id)
    write_contacts(args.out, contacts)
    return _said(args.out, len(contacts))


def export_plans(workspace: Workspace, args: argparse.Namespace) -> int:
    return _said(args.out, workspace.penetration.export_all_xlsx(args.out, sheet_words()))


def _said(path: Path, count: int) -> int:
    print(translate("cli", "Wrote {count} to {path}.").format(count=count, path=path))
    return 0
