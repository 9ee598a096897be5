"""`kamdesk sync` and `kamdesk conflicts`: team sync for scripts and tests (the same service
the Sync action runs)."""

import argparse
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import print_json, print_table
from kamdesk.domain.errors import ConflictNotFound
from kamdesk.i18n.sync_words import conflict_side
from kamdesk.services.sync_conflicts import ConflictView
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    sync = command_parser(commands, "sync")
    sync.add_argument(
        "path",
        type=Path,
        nargs="?",
        metavar="PATH",
        help="the shared file (default: the chosen one)",
    )
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.set_defaults(run=run_sync, apply_reviews=False)
    conflicts = command_parser(commands, "conflicts")
    actions = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the conflicts waiting for a decision")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=list_conflicts, apply_reviews=False)
    resolve = actions.add_parser("resolve", help="keep one side of a conflict")
    resolve.add_argument("id", metavar="ID")
    resolve.add_argument("--keep", choices=("mine", "theirs"), required=True)
    resolve.set_defaults(run=resolve_conflict, apply_reviews=False)


def run_sync(workspace: Workspace, args: argparse.Namespace) -> int:
    report = workspace.sync.sync(args.path)
    if args.json:
        print_json(
            {
                "went_out": report.rows_out,
                "came_in": report.rows_in,
                "conflicts": report.conflicts,
                "went_out_by_table": report.went_out,
                "came_in_by_table": report.came_in,
                "conflicted_copies_merged": report.copies_merged,
                "created": report.created,
                "came_from": [person.name for person in report.came_from],
            }
        )
        return 0
    print(
        translate("cli", "Synced: {out} out, {came} in, {conflicts} conflict(s).").format(
            out=report.rows_out, came=report.rows_in, conflicts=report.conflicts
        )
    )
    return 0


def list_conflicts(workspace: Workspace, args: argparse.Namespace) -> int:
    found = workspace.conflicts.open()
    if args.json:
        print_json([_conflict_object(c) for c in found])
        return 0
    if not found:
        print(translate("cli", "No conflicts."))
        return 0
    headers = [
        translate("cli", "ID"),
        translate("cli", "Account"),
        translate("cli", "Field"),
        translate("cli", "Mine"),
        translate("cli", "Theirs"),
    ]
    print_table(
        headers,
        [[str(c.id), c.account_name, c.field, _side(c, True), _side(c, False)] for c in found],
    )
    return 0


def resolve_conflict(workspace: Workspace, args: argparse.Namespace) -> int:
    try:
        conflict_id = uuid.UUID(args.id)
    except ValueError:
        raise ConflictNotFound(args.id) from None
    workspace.conflicts.resolve(conflict_id, keep_mine=args.keep == "mine")
    print(translate("cli", "Conflict resolved."), file=sys.stderr)
    return 0


def _side(conflict: ConflictView, mine: bool) -> str:
    deleted = conflict.deletion and conflict.mine_deleted == mine
    return conflict_side(conflict.mine if mine else conflict.theirs, deleted)


def _conflict_object(c: ConflictView) -> dict[str, object]:
    return {
        "id": c.id,
        "table": c.table,
        "row_id": c.row_id,
        "field": c.field,
        "account_id": c.account_id,
        "account": c.account_name,
        "label": c.label,
        "mine": dict(c.mine),
        "theirs": dict(c.theirs),
        "theirs_by": c.theirs_by,
        "original": None if c.original is None else dict(c.original),
        "kept": "mine" if c.kept_mine else "theirs",
        "deletion": c.deletion,
        "mine_deleted": c.mine_deleted,
        "found_at": c.found_at,
    }
