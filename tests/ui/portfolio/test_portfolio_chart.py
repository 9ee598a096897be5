"""Looking around the chart: the wheel and + / - zoom about the pointer or the middle, 0 and a
double click show everything again, dragging the background pans, hovering a marker names it;
the Not placed list says what each account lacks."""

import uuid
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.portfolio import Figures, PortfolioAccount, ValueBasis, build_portfolio
from kamdesk.services.workspace import Workspace
from kamdesk.ui.portfolio.portfolio_chart import PortfolioChart
from kamdesk.ui.portfolio.portfolio_page import PortfolioPage

YEAR = date.today().year - 1


def _account(name: str, revenue: int | None, potential: int | None) -> PortfolioAccount:
    figures = Figures(
        None if revenue is None else Decimal(revenue),
        None if revenue is None else Decimal(revenue) / 5,
        None if potential is None else Decimal(potential),
    )
    return PortfolioAccount(uuid.uuid4(), name, StatusLevel.B, "", "", "", figures, Figures(), None)


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> PortfolioPage:
    page = PortfolioPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.attach(workspace.portfolio)  # hidden: it reads nothing of the (empty) store
    accounts = [
        _account("Groß AG", 900_000, 800_000),
        _account("Klein KG", 10_000, 5_000),
        _account("Ohne Potenzial GmbH", 50_000, None),
    ]
    page.show_portfolio(build_portfolio(accounts, YEAR, ValueBasis.REVENUE, None))
    page.show()
    qtbot.waitExposed(page)
    return page


def _width(chart: PortfolioChart) -> float:
    return chart.view.x1 - chart.view.x0


def test_keys_zoom_in_and_out_and_zero_shows_everything(qtbot: QtBot, page: PortfolioPage) -> None:
    chart = page.chart
    everything = _width(chart)
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    assert _width(chart) < everything
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert _width(chart) > everything
    qtbot.keyClick(chart, Qt.Key.Key_0)
    assert _width(chart) == pytest.approx(everything)


def test_the_wheel_zooms_about_the_pointer(page: PortfolioPage) -> None:
    chart = page.chart
    at = QPointF(chart.frame().plot.center())
    before = chart.frame().log_at(at)
    wheel = QWheelEvent(
        at,
        chart.mapToGlobal(at),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    width = _width(chart)
    QApplication.sendEvent(chart, wheel)
    assert _width(chart) != pytest.approx(width)
    assert chart.frame().log_at(at) == pytest.approx(before)  # the point under it stays


def test_dragging_the_background_pans_and_a_double_click_shows_everything(
    qtbot: QtBot, page: PortfolioPage
) -> None:
    chart = page.chart
    everything = (chart.view.x0, chart.view.y0)
    plot = chart.frame().plot
    start = QPoint(round(plot.left() + 30), round(plot.bottom() - 30))  # no marker, no line
    assert chart.marker_at(QPointF(start)) is None
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(chart, start + QPoint(100, 0))
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    assert chart.view.x0 < everything[0]  # dragged right: further left is in view
    qtbot.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=start)
    assert (chart.view.x0, chart.view.y0) == pytest.approx(everything)


def test_hovering_a_marker_names_the_account_and_its_figures(
    qtbot: QtBot, page: PortfolioPage
) -> None:
    chart = page.chart
    marker = next(m for m in chart.drawing.shown if m.placement.account.name == "Groß AG")
    qtbot.mouseMove(chart, chart.frame().point(marker.x, marker.y).toPoint())
    tip = QToolTip.text()
    assert tip.splitlines()[:2] == ["Groß AG", "Top customer"]
    assert "Value: €900,000" in tip and "Contribution margin: €180,000" in tip


def test_the_not_placed_list_says_what_is_missing(page: PortfolioPage) -> None:
    unplaced = page.unplaced
    assert [p.account.name for p in unplaced.rows] == ["Ohne Potenzial GmbH"]
    assert "potential" in str(unplaced.data(unplaced.index(0, 1))).casefold()
    assert page.side.tabText(1) == "Not placed (1)"
