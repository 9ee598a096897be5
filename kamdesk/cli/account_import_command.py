"""`kamdesk import accounts FILE`: the same preview and import as File › Import accounts….
Without --yes it is a dry run that says what would happen to each row."""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from kamdesk.cli.output import print_json, print_table
from kamdesk.domain.account_columns import Meaning, header_key, meaning_from_text
from kamdesk.domain.account_import import ImportChoice, RowKind
from kamdesk.domain.errors import AccountFileProblem, InvalidAccountFile
from kamdesk.i18n.formats import decimal_point
from kamdesk.i18n.import_words import kind_label, row_outcome, source_label
from kamdesk.services.account_import import AccountImportPreview
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parser(kinds: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    load = kinds.add_parser(
        "accounts", help="accounts from a CSV file or an Excel workbook (a CRM export, a list)"
    )
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--sheet", help="the workbook's sheet to read (default: the first)")
    load.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE.json",
        help='what the columns mean, e.g. {"Kunde": "name", "Umsatz": "revenue:2025"}',
    )
    matched = load.add_mutually_exclusive_group()
    matched.add_argument(
        "--update", action="store_true", help="update the accounts rows match (the default)"
    )
    matched.add_argument("--skip", action="store_true", help="leave matched accounts alone")
    load.add_argument(
        "--all-or-nothing", action="store_true", help="import nothing if any row is refused"
    )
    load.add_argument("--yes", action="store_true", help="import (without it: a dry run)")
    load.add_argument("--json", action="store_true", help="print JSON")
    load.set_defaults(run=import_accounts)


def import_accounts(workspace: Workspace, args: argparse.Namespace) -> int:
    mapping = _mapping(args.mapping) if args.mapping else None
    preview = workspace.account_import.preview(
        args.file, decimal_point(), mapping=mapping, sheet=args.sheet
    )
    if preview.needs_mapping:
        raise InvalidAccountFile(AccountFileProblem.NO_NAME_COLUMN)
    choice = ImportChoice(update_matches=not args.skip, all_or_nothing=args.all_or_nothing)
    if args.yes:
        workspace.account_import.import_accounts(preview, choice)
    if args.json:
        print_json(_report(preview, args.yes))
        return 0
    _print(preview, choice, args.yes)
    return 0


def _mapping(path: Path) -> dict[str, Meaning]:
    """{"header": "target" or "target:year"} as the user wrote it."""
    try:
        given = json.loads(path.read_text(encoding="utf-8"))
        return {header_key(header): meaning_from_text(target) for header, target in given.items()}
    except (OSError, ValueError, AttributeError, TypeError) as error:
        raise InvalidAccountFile(AccountFileProblem.CANNOT_READ, str(path)) from error


def _report(preview: AccountImportPreview, written: bool) -> dict[str, Any]:
    return {
        "written": written,
        "source": preview.source,
        "rows": [
            {
                "row": row.row,
                "kind": row.kind,
                "name": row.imported.name if row.imported else None,
                "matched_by": row.matched_by,
                "changes": list(row.changes),
                "reason": row.refusal.problem if row.refusal else None,
                "column": row.refusal.column if row.refusal else None,
            }
            for row in preview.rows
        ],
    }


def _print(preview: AccountImportPreview, choice: ImportChoice, written: bool) -> None:
    print(source_label(preview.source))
    rows = [
        [
            str(row.row),
            kind_label(row.kind),
            row.imported.name if row.imported else "",
            row_outcome(row),
        ]
        for row in preview.rows
        if row.kind is not RowKind.UNCHANGED
    ]
    headers = [
        translate("cli", "Row"),
        translate("cli", "What"),
        translate("cli", "Name"),
        translate("cli", "Details"),
    ]
    print_table(headers, rows)
    counts = {kind: preview.count(kind) for kind in RowKind}
    updated = counts[RowKind.UPDATE] if choice.update_matches else 0
    summary = translate("cli", "{new} new, {updated} updated, {refused} refused.").format(
        new=counts[RowKind.NEW], updated=updated, refused=counts[RowKind.REFUSED]
    )
    print(summary)
    if not written:
        print(translate("cli", "Nothing was written (a dry run); add --yes to import."))
    if counts[RowKind.REFUSED]:
        print(translate("cli", "Refused rows were not imported."), file=sys.stderr)
