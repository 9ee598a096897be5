"""Portfolio figures on a store of 5,000 demo accounts: reading the portfolio, opening the
page (markers built, lists filled, first paint), one repaint of the chart, one step of
dragging a threshold (counts and repaint), one hover (which marker is under the pointer),
and a PNG export. The repaint is set against a repaint of the same chart without markers,
as a ratio; 16 ms is one frame at 60 Hz.

    python benchmarks/portfolio.py [--accounts 5000] [--repeats 20]
"""

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from kamdesk.demo.data import load_demo_data
from kamdesk.documents.output import write_drawing
from kamdesk.services.workspace import Workspace
from kamdesk.ui.portfolio.chart_drawing import Frame, draw
from kamdesk.ui.portfolio.portfolio_page import EXPORT_SIZE, PortfolioPage


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def median_of(action: Callable[[], object], repeats: int) -> float:
    return statistics.median(timed(action) for _ in range(repeats))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder)) as workspace:
        load_demo_data(workspace.transactions, args.accounts)
        read = timed(lambda: workspace.portfolio.portfolio(date.today()))
        portfolio = workspace.portfolio.portfolio(date.today())
        page = PortfolioPage()
        page.resize(1400, 860)
        page.show()
        app.processEvents()
        page._service = workspace.portfolio  # shown as the window does, without the worker

        def open_page() -> None:
            page.show_portfolio(portfolio)
            page.chart.repaint()

        opened = timed(open_page)
        chart = page.chart
        repaint = median_of(chart.repaint, args.repeats)
        shown = chart.drawing.shown
        chart.drawing.shown = []
        bare = median_of(chart.repaint, args.repeats)
        chart.drawing.shown = shown
        plot = chart.frame().plot
        chart._dragging = "value"
        points = [
            QPointF(plot.left() + plot.width() * i / args.repeats, plot.center().y())
            for i in range(args.repeats)
        ]
        drag = statistics.median(
            timed(lambda p=p: (chart._move_line(p), chart.repaint())) for p in points
        )
        chart._dragging = None
        hover = median_of(lambda: chart.marker_at(plot.center()), args.repeats)
        view, drawing = chart.view, chart.drawing
        png = Path(folder) / "portfolio.png"
        exported = timed(
            lambda: write_drawing(
                png,
                EXPORT_SIZE,
                lambda painter, area: draw(painter, area, Frame.inside(area, view), drawing),
                "Portfolio",
            )
        )
    print(f"{args.accounts} accounts, {len(shown)} markers")
    print(f"read the portfolio: {read:.0f} ms")
    print(f"open the page (markers, lists, first paint): {opened:.0f} ms")
    print(
        f"repaint the chart: median {repaint:.1f} ms"
        f" (bare chart {bare:.1f} ms, ratio {repaint / bare:.1f})"
    )
    print(f"drag a threshold one step (counts, repaint): median {drag:.1f} ms")
    print(f"hover (marker under the pointer): median {hover:.2f} ms")
    print(f"export PNG: {exported:.0f} ms")


if __name__ == "__main__":
    main()
