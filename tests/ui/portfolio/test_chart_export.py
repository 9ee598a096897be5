"""The portfolio chart exported from the page with 5,000 accounts: a PNG at twice the export
size, every field tinted, markers in each status level's colour; an SVG and a PDF beside it."""

import random
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.portfolio import Figures, PortfolioAccount, ValueBasis, build_portfolio
from kamdesk.services.workspace import Workspace
from kamdesk.ui.portfolio.chart_drawing import LEVEL_COLOURS, compact
from kamdesk.ui.portfolio.portfolio_page import EXPORT_SIZE, PortfolioPage

ACCOUNTS = 5_000


def _accounts() -> list[PortfolioAccount]:
    rng = random.Random(5)
    levels = list(StatusLevel)

    def amount(median: float) -> Decimal:
        return Decimal(round(rng.lognormvariate(0, 1.2) * median))

    return [
        PortfolioAccount(
            uuid.UUID(int=rng.getrandbits(128)),
            f"Kunde {number}",
            rng.choice(levels),
            "Ute",
            "Deutschland",
            "Maschinenbau",
            Figures(amount(200_000), amount(40_000), amount(300_000)),  # the year placed
            Figures(),
            None,
        )
        for number in range(ACCOUNTS)
    ]


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> PortfolioPage:
    page = PortfolioPage()
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.attach(workspace.portfolio)  # hidden, the page reads nothing of the (empty) store
    page.show_portfolio(build_portfolio(_accounts(), 2025, ValueBasis.REVENUE, None))
    return page


def _export(page: PortfolioPage, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_chart()


def _share_of(image: QImage, colour: str) -> float:
    """The share of sampled pixels within a small distance of the colour."""
    wanted, hits, samples = QColor(colour), 0, 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            pixel = image.pixelColor(x, y)
            samples += 1
            near = abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green())
            hits += near + abs(pixel.blue() - wanted.blue()) < 60
    return hits / samples


def test_the_png_shows_five_thousand_markers_in_their_level_colours(
    page: PortfolioPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(page.chart.drawing.shown) == ACCOUNTS
    out = tmp_path / "Portfolio.png"
    _export(page, out, monkeypatch)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (EXPORT_SIZE * 2).toSize().toTuple()
    assert _share_of(image, "#ffffff") < 0.9  # drawn, not blank
    for level in (StatusLevel.C, StatusLevel.KEY):
        assert _share_of(image, LEVEL_COLOURS[level]) > 0.001, level


@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_the_chart_exports_as_a_drawing(
    page: PortfolioPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    out = tmp_path / f"Portfolio{suffix}"
    _export(page, out, monkeypatch)
    assert out.stat().st_size > 10_000


@pytest.mark.parametrize(
    ("exponent", "shown"), [(2, "100"), (4, "10 k"), (6, "1 M"), (6.18, "1.5 M"), (7, "10 M")]
)
def test_axis_amounts_are_short_and_round_at_gridlines(exponent: float, shown: str) -> None:
    assert compact(exponent) == shown
