"""Visit briefing figures: the richest demo account (most contacts) to PDF, HTML and Markdown.

    python benchmarks/briefing.py [--accounts 200] [--runs 5]

Prints the median time to gather the briefing from the store and to write each format
(the PDF includes drawing the stakeholder map).
"""

import argparse
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication

from kamdesk.demo.data import load_demo_data
from kamdesk.documents.briefing_export import export_briefing
from kamdesk.domain.briefing import VisitPlan
from kamdesk.services.workspace import Workspace


def median_ms(work: object, runs: int) -> float:
    assert callable(work)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    QApplication([])
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder)) as workspace:
        load_demo_data(workspace.transactions, args.accounts)
        richest = max(
            workspace.accounts.summaries(),
            key=lambda s: len(workspace.stakeholders.contacts(s.id)),
        )
        contacts = tuple(c.id for c in workspace.stakeholders.contacts(richest.id)[:4])
        visit = VisitPlan(date.today(), contacts)
        people = len(workspace.stakeholders.contacts(richest.id))
        print(f"{richest.name}: {people} contacts, 4 attending")
        prepared = workspace.briefing.prepare(richest.id, visit)
        gather = median_ms(lambda: workspace.briefing.prepare(richest.id, visit), args.runs)
        print(f"gather from the store: median {gather:.0f} ms")
        for suffix in ("pdf", "html", "md"):
            path = Path(folder) / f"briefing.{suffix}"
            spent = median_ms(lambda p=path: export_briefing(p, prepared), args.runs)
            print(f"write {suffix}: median {spent:.0f} ms ({path.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
