"""Reminder and home-view figures on a big demo store.

    python benchmarks/reminders.py [--accounts 5000]

Prints: the time to build the reminders list across all accounts, the home view's glance
(reminders, warning signals and map coverage of the accounts shown, in one pass, as the
worker thread computes it), and the calendar export of the whole list.
"""

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication

from kamdesk.demo.data import load_demo_data
from kamdesk.documents.calendar import export_calendar
from kamdesk.launch import collect_cycles_rarely
from kamdesk.services.workspace import Workspace


def timed(label: str, work: object) -> object:
    assert callable(work)
    started = time.perf_counter()
    result = work()
    print(f"{label}: {(time.perf_counter() - started) * 1000:.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=5000)
    args = parser.parse_args()
    QCoreApplication([])
    collect_cycles_rarely()  # as `kamdesk` does
    today = date.today()
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder)) as workspace:
        load_demo_data(workspace.transactions, args.accounts)
        shown = workspace.reminders.due(today)
        print(f"{args.accounts} accounts, {len(shown)} reminders")
        timed("reminders list", lambda: workspace.reminders.due(today))
        attention = workspace.attention.attention(today)
        print(f"home view: {len(attention.glances)} of {attention.weighed} accounts shown")
        timed("home view and reminders (one pass)", lambda: workspace.attention.attention(today))
        target = Path(folder) / "r.ics"
        timed("calendar export, first", lambda: export_calendar(target, workspace.reminders, today))
        timed("calendar export, again", lambda: export_calendar(target, workspace.reminders, today))


if __name__ == "__main__":
    main()
