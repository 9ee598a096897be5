"""`kamdesk review`: key-account statuses due for review, and applying the automatic drops."""

import argparse
from datetime import date

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import print_json, print_table
from kamdesk.i18n.labels import field_label, status_level_label
from kamdesk.services.status import ReviewItem
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    review = command_parser(commands, "review")
    review.add_argument(
        "--apply",
        dest="apply",
        action="store_true",
        help="apply the automatic drops (as opening the app does)",
    )
    review.add_argument("--json", action="store_true")
    review.set_defaults(run=review_accounts, apply_reviews=False)


def review_accounts(workspace: Workspace, args: argparse.Namespace) -> int:
    status = workspace.status
    items = status.apply_reviews(date.today()) if args.apply else status.reviews(date.today())
    if args.json:
        print_json([_review_object(item) for item in items])
    elif not items:
        print(translate("cli", "No key-account status is due for review."))
    else:
        headers = [
            field_label("name"),
            translate("cli", "Review due"),
            translate("cli", "Status"),
            translate("cli", "After review"),
            translate("cli", "Score"),
        ]
        print_table(
            headers,
            [
                [
                    item.name,
                    item.review_due_on.isoformat(),
                    status_level_label(item.outcome.old_level),
                    _verdict(item),
                    str(item.outcome.score),
                ]
                for item in items
            ],
        )
    return 0


def _action(item: ReviewItem) -> str:
    if item.outcome.dropped:
        return "drop"
    return "pending" if item.pending else "confirm"


def _verdict(item: ReviewItem) -> str:
    if item.outcome.dropped:
        return translate("cli", "drops to {level}").format(
            level=status_level_label(item.outcome.new_level)
        )
    return translate("cli", "still qualifies: to confirm")


def _review_object(item: ReviewItem) -> dict[str, object]:
    return {
        "id": str(item.account_id),
        "name": item.name,
        "review_due_on": item.review_due_on.isoformat(),
        "old_level": item.outcome.old_level.value,
        "new_level": item.outcome.new_level.value,
        "score": item.outcome.score,
        "action": _action(item),
    }
