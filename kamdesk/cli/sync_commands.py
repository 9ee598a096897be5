"""`kamdesk sync`, `kamdesk conflicts` and `kamdesk team`: team sync for scripts and tests
(the same service the Sync action runs). Passphrases come from the keyring or the
environment; typed at a terminal, they are never echoed."""

import argparse
import getpass
import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import print_json, print_table
from kamdesk.domain.errors import ConflictNotFound, PassphraseNeeded, PassphraseWrong
from kamdesk.domain.sync.team_server import place_named
from kamdesk.i18n.sync_words import conflict_side, shared_file_message
from kamdesk.services.sync_conflicts import ConflictView
from kamdesk.services.sync_report import SyncReport
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate
NEW_PASSPHRASE_VARIABLE = "KAMDESK_NEW_TEAM_PASSPHRASE"


def add_parsers(commands: Commands) -> None:
    sync = command_parser(commands, "sync")
    sync.add_argument(
        "path",
        type=place_named,
        nargs="?",
        metavar="PATH|URL",
        help="the shared file, or the team server as postgresql://user@host/database "
        "(default: the chosen one)",
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
    _add_team_parsers(command_parser(commands, "team"))


def _add_team_parsers(team: argparse.ArgumentParser) -> None:
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    for name, run, help_line in (
        ("encrypt", run_encrypt, "encrypt the shared file with a team passphrase"),
        ("change-passphrase", run_encrypt, "encrypt the shared file with a new passphrase"),
        ("decrypt", run_decrypt, "write the shared file unencrypted again"),
    ):
        action = actions.add_parser(
            name,
            help=help_line,
            epilog=f"The new passphrase comes from ${NEW_PASSPHRASE_VARIABLE} or is asked for."
            if run is run_encrypt
            else None,
        )
        action.add_argument("path", type=Path, nargs="?", metavar="PATH")
        action.set_defaults(run=run, apply_reviews=False)


def run_sync(workspace: Workspace, args: argparse.Namespace) -> int:
    report = _asking(workspace, lambda: workspace.sync.sync(args.path))
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
    _print_synced(report)
    return 0


def run_encrypt(workspace: Workspace, args: argparse.Namespace) -> int:
    passphrase = os.environ.get(NEW_PASSPHRASE_VARIABLE) or _typed_twice()
    if passphrase is None:
        print(
            translate(
                "cli", "Give the new passphrase in {variable}, or run this at a terminal."
            ).format(variable=NEW_PASSPHRASE_VARIABLE),
            file=sys.stderr,
        )
        return 2
    _print_synced(_asking(workspace, lambda: workspace.sync.encrypt(args.path, passphrase)))
    print(
        translate("cli", "The shared file is encrypted with the new passphrase."), file=sys.stderr
    )
    return 0


def run_decrypt(workspace: Workspace, args: argparse.Namespace) -> int:
    _print_synced(_asking(workspace, lambda: workspace.sync.decrypt(args.path)))
    print(translate("cli", "The shared file is no longer encrypted."), file=sys.stderr)
    return 0


def _asking(workspace: Workspace, sync: Callable[[], SyncReport]) -> SyncReport:
    """The sync; at a terminal, a passphrase needed or not fitting is asked for, once."""
    try:
        return sync()
    except (PassphraseNeeded, PassphraseWrong) as error:
        if not sys.stdin.isatty():
            raise
        print(shared_file_message(error), file=sys.stderr)
        workspace.sync.keys.offer(getpass.getpass(translate("cli", "Team passphrase: ")))
        return sync()


def _typed_twice() -> str | None:
    """A new passphrase typed twice alike at a terminal; None where there is none."""
    if not sys.stdin.isatty():
        return None
    while True:
        first = getpass.getpass(translate("cli", "New team passphrase: "))
        if first == getpass.getpass(translate("cli", "The same again: ")):
            return first
        print(translate("cli", "The two did not match; please type them again."), file=sys.stderr)


def _print_synced(report: SyncReport) -> None:
    print(
        translate("cli", "Synced: {out} out, {came} in, {conflicts} conflict(s).").format(
            out=report.rows_out, came=report.rows_in, conflicts=report.conflicts
        )
    )


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
