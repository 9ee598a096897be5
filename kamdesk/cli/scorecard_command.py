"""`kamdesk scorecard ACCOUNT --out FILE.pdf|FILE.html`: the transparent scorecard to hand out."""

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.documents.output import write_pdf, write_text
from kamdesk.documents.scorecard import scorecard_html
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate
FORMATS = (".pdf", ".html")


def add_parsers(commands: Commands) -> None:
    scorecard = command_parser(commands, "scorecard")
    scorecard.add_argument("account", help="id or exact name")
    scorecard.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.html")
    scorecard.set_defaults(run=export_scorecard, needs_gui=True)


def export_scorecard(workspace: Workspace, args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        print(translate("cli", "The file must end in .pdf or .html."), file=sys.stderr)
        return 2
    account = workspace.accounts.find(args.account)
    html = scorecard_html(
        account.fields.name,
        workspace.status.status(account.id),
        workspace.status.catalogue(),
        date.today(),
    )
    if out.suffix.lower() == ".pdf":
        write_pdf(html, out, account.fields.name)
    else:
        write_text(html, out)
    return 0
