"""`kamdesk reminders`: the reminders list for scripts, optionally as an iCalendar file."""

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import print_json, print_table
from kamdesk.domain.calendar_events import DAYS_AHEAD_MAX, DEFAULT_DAYS_AHEAD
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.lifecycle_words import group_label, reminder_text
from kamdesk.i18n.plural import Plural
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    reminders = command_parser(commands, "reminders")
    reminders.add_argument("--json", action="store_true", help="print JSON")
    reminders.add_argument(
        "--ics", type=Path, metavar="FILE", help="also write the reminders as an iCalendar file"
    )
    reminders.add_argument(
        "--days",
        type=_days_ahead,
        default=DEFAULT_DAYS_AHEAD,
        metavar="N",
        help=f"how many days ahead the iCalendar file looks (default {DEFAULT_DAYS_AHEAD})",
    )
    reminders.set_defaults(run=list_reminders)


def _days_ahead(text: str) -> int:
    days = int(text)
    if not 1 <= days <= DAYS_AHEAD_MAX:
        raise argparse.ArgumentTypeError(f"between 1 and {DAYS_AHEAD_MAX}")
    return days


def list_reminders(workspace: Workspace, args: argparse.Namespace) -> int:
    today = date.today()  # the user's local date
    shown = workspace.reminders.due(today)
    if args.ics is not None:
        from kamdesk.documents.calendar import export_calendar  # the calendar library: for --ics

        count = export_calendar(args.ics, workspace.reminders, today, args.days)
        print(
            Plural.tr("%n reminder(s) written to {path}.", "", count).format(path=args.ics),
            file=sys.stderr,
        )
    if args.json:
        print_json(
            [
                {
                    "key": s.reminder.key,
                    "kind": s.reminder.kind,
                    "group": s.group,
                    "due_on": s.due_on,
                    "original_due_on": s.reminder.due_on,
                    "snoozed": s.snoozed,
                    "account_id": s.reminder.account_id,
                    "account": s.reminder.account_name,
                    "subject": s.reminder.subject,
                    "text": reminder_text(s.reminder),
                }
                for s in shown
            ]
        )
        return 0
    if not shown:
        print(translate("cli", "Nothing is due."))
        return 0
    headers = [translate("cli", "Due"), translate("cli", "When"), translate("cli", "Account")]
    headers.append(translate("cli", "What"))
    rows = [
        [
            format_date(s.due_on),
            group_label(s.group),
            s.reminder.account_name,
            reminder_text(s.reminder),
        ]
        for s in shown
    ]
    print_table(headers, rows)
    return 0
