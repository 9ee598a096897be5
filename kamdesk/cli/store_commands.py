"""`kamdesk demo`, `kamdesk check`, `kamdesk backup` and `kamdesk restore`."""

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import print_json
from kamdesk.i18n.plural import Plural
from kamdesk.services.store_opening import check_store
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    demo = command_parser(commands, "demo")
    demo.add_argument("--accounts", type=int, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(run=load_demo)
    checking = command_parser(commands, "check")
    checking.add_argument("--json", action="store_true")
    checking.set_defaults(run=check, needs_workspace=False)
    backing_up = command_parser(commands, "backup")
    backing_up.add_argument(
        "--out", type=Path, metavar="FILE", help="where to write it (default: the backups folder)"
    )
    backing_up.set_defaults(run=back_up, apply_reviews=False)
    restoring = command_parser(commands, "restore")
    restoring.add_argument("backup", type=Path, metavar="FILE")
    restoring.set_defaults(run=restore, apply_reviews=False)


def load_demo(workspace: Workspace, args: argparse.Namespace) -> int:
    if not 1 <= args.accounts <= 50_000:
        print(translate("cli", "--accounts takes a number from 1 to 50000."), file=sys.stderr)
        return 2
    from kamdesk.demo.data import load_demo_data  # `check` and `backup` never need it

    count = load_demo_data(workspace.transactions, args.accounts, args.seed)
    print(Plural.tr("Loaded %n demo account(s).", "", count))
    return 0


def back_up(workspace: Workspace, args: argparse.Namespace) -> int:
    path = workspace.backups.back_up(args.out)
    print(translate("cli", "The store was backed up to {path}.").format(path=path))
    return 0


def restore(workspace: Workspace, args: argparse.Namespace) -> int:
    before = workspace.backups.restore(args.backup)
    print(
        translate(
            "cli", "The store is now the backup {backup}; it was backed up first to {before}."
        ).format(backup=args.backup, before=before)
    )
    return 0


def check(args: argparse.Namespace) -> int:
    report = check_store(args.data_dir)
    if args.json:
        print_json(
            {
                "path": str(report.path),
                "revision": report.revision,
                "head": report.head,
                "problems": report.problems,
                "ok": report.ok,
            }
        )
    elif report.ok:
        print(
            translate("cli", "The store {path} is healthy (schema {revision}).").format(
                path=report.path, revision=report.revision
            )
        )
    else:
        for problem in report.problems:
            print(problem, file=sys.stderr)
        if report.revision != report.head:
            print(
                translate(
                    "cli", "The store {path} has schema {revision}; this kamdesk expects {head}."
                ).format(path=report.path, revision=report.revision, head=report.head),
                file=sys.stderr,
            )
    return 0 if report.ok else 1
