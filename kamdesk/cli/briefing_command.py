"""`kamdesk briefing ACCOUNT --out FILE.pdf|FILE.html|FILE.md`: the visit briefing, through the
same code as the GUI's "Prepare visit"."""

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.documents.briefing_export import FORMATS, export_briefing
from kamdesk.domain.briefing import VisitPlan
from kamdesk.i18n import LANGUAGES
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    briefing = command_parser(commands, "briefing")
    briefing.add_argument("account", help="id or exact name")
    briefing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.html|FILE.md")
    briefing.add_argument(
        "--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD", help="visit day"
    )
    briefing.add_argument(
        "--contacts", default="", metavar="NAME,NAME", help="the customer's people attending"
    )
    # Given here, it overrides the global --lang; not given, the global one stays.
    briefing.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
    briefing.set_defaults(run=write_briefing, needs_gui=True)


def write_briefing(workspace: Workspace, args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        print(translate("cli", "The file must end in .pdf, .html or .md."), file=sys.stderr)
        return 2
    account = workspace.accounts.find(args.account)
    names = [name for name in args.contacts.split(",") if name.strip()]
    contacts = workspace.briefing.contact_ids(account.id, names)
    visit = VisitPlan(args.date or date.today(), contacts)
    export_briefing(out, workspace.briefing.prepare(account.id, visit))
    return 0
