"""Penetration-plan figures on a big plan (200 units × 50 offerings = 10,000 filled cells).

    python benchmarks/penetration_plan.py [--units 200] [--offerings 50] [--edits 20]

Prints: the time to read the plan from the store, to open it on the Plan page (model, column
widths, white-space list, first paint), the median and worst time to edit one cell (typed text
to stored, sums and white space updated, repainted), a 10 × 10 paste, and an Excel export and
import of the plan.
"""

import argparse
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from kamdesk.domain.account import AccountFields
from kamdesk.domain.penetration import (
    Cell,
    CellState,
    Offering,
    PenetrationPlan,
    Unit,
    UnitKind,
)
from kamdesk.i18n.penetration_words import sheet_words
from kamdesk.services.workspace import Workspace
from kamdesk.ui.plan.penetration_page import PenetrationPage

STATES = (CellState.OURS, CellState.POTENTIAL, CellState.COMPETITOR, CellState.NOT_RELEVANT)


def big_plan(units: int, offerings: int) -> PenetrationPlan:
    """Sites with departments below them; every cell filled."""
    catalogue = tuple(Offering(uuid.uuid4(), f"Angebot {n:02d}") for n in range(offerings))
    rows: list[Unit] = []
    site: Unit | None = None
    for n in range(units):
        if n % 10 == 0:
            site = Unit(uuid.uuid4(), f"Werk {n // 10:02d}")
            rows.append(site)
        else:
            parent = site.id if site else None
            rows.append(Unit(uuid.uuid4(), f"Abteilung {n:03d}", UnitKind.DEPARTMENT, parent))
    cells = {}
    for i, unit in enumerate(rows):
        for j, offering in enumerate(catalogue):
            state = STATES[(i + j) % len(STATES)]
            amount = Decimal(1000 + (i * 37 + j * 101) % 90_000) if state in STATES[:2] else None
            name = "Würth" if state is CellState.COMPETITOR else ""
            cells[(unit.id, offering.id)] = Cell(state, amount, name)
    return PenetrationPlan(tuple(rows), catalogue, cells)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--offerings", type=int, default=50)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder)) as workspace:
        account = workspace.accounts.create(AccountFields(name="Großkunde AG")).id
        plan = big_plan(args.units, args.offerings)
        stored = timed(lambda: workspace.penetration.replace_plan(account, plan))
        print(
            f"{len(plan.units)} units × {len(plan.offerings)} offerings, {len(plan.cells):,} cells"
        )
        print(f"  stored in {stored:.0f} ms")
        print(f"  read from the store: {timed(lambda: workspace.penetration.plan(account)):.0f} ms")
        page = PenetrationPage(QUndoStack())
        page.attach(workspace.penetration)
        page.resize(1400, 800)
        page.show()
        app.processEvents()

        def open_plan() -> None:
            page.show_account(account, "Großkunde AG")
            page.view.viewport().repaint()

        print(f"  opened on the Plan page (painted): {timed(open_plan):.0f} ms")
        edits = []
        for n in range(args.edits):
            index = page.model.index(n % len(plan.units), (n * 7) % len(plan.offerings))

            def edit(index: object = index, n: int = n) -> None:
                page.model.setData(index, f"p {1000 + n}")  # type: ignore[arg-type]
                app.processEvents()  # paints what changed

            edits.append(timed(edit))
        print(
            f"  edit one cell: median {statistics.median(edits):.1f} ms, "
            f"worst {max(edits):.1f} ms ({args.edits} edits)"
        )
        block = {
            (unit.id, offering.id): Cell(CellState.OURS, Decimal(500))
            for unit in plan.units[:10]
            for offering in plan.offerings[:10]
        }
        print(f"  paste 10 × 10: {timed(lambda: page.set_cells(block, 'paste')):.0f} ms")
        out = Path(folder) / "plan.xlsx"
        words = sheet_words()
        export = timed(
            lambda: workspace.penetration.export_xlsx([(account, "Großkunde AG")], out, words)
        )
        print(f"  Excel export: {export:.0f} ms ({out.stat().st_size // 1024} KiB)")
        imported = timed(
            lambda: workspace.penetration.import_xlsx(account, "Großkunde AG", out, ",")
        )
        print(f"  Excel import: {imported:.0f} ms")
        page.close()


if __name__ == "__main__":
    main()
