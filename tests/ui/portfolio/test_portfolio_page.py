"""The Portfolio page as the user works it: dragging a threshold moves accounts between fields,
a click on a marker opens the account, the funnel starts from the candidates list."""

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.portfolio import PortfolioField, ValueBasis
from kamdesk.i18n.account_cells import PORTFOLIO
from kamdesk.services.workspace import Workspace
from kamdesk.ui.portfolio.chart_drawing import log_of
from kamdesk.ui.portfolio.portfolio_page import PortfolioPage
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import OpenWindow

FIGURES = {  # revenue and potential of last year: medians at 100,000 and 100,000
    "Groß AG": (900_000, 800_000),
    "Mittel GmbH": (100_000, 100_000),
    "Klein KG": (10_000, 5_000),
    "Entwicklung SE": (20_000, 600_000),
    "Basis GmbH": (400_000, 20_000),
}


@pytest.fixture
def store(data_dir: Path) -> dict[str, uuid.UUID]:
    year = date.today().year - 1
    with Workspace.open(data_dir) as workspace:
        ids = {}
        for name, (revenue, potential) in FIGURES.items():
            ids[name] = account = workspace.accounts.create(AccountFields(name=name)).id
            figures = KeyFigures(year, Decimal(revenue), Decimal(revenue) / 5, Decimal(potential))
            workspace.plan.save_key_figures(account, figures)
    return ids


@pytest.fixture
def window(store: dict[str, uuid.UUID], open_window: OpenWindow, qtbot: QtBot) -> MainWindow:
    window = open_window()
    window.window_actions.page_actions[3].trigger()  # Ctrl+4
    page = window.workbench.portfolio
    qtbot.waitUntil(lambda: page.portfolio is not None and len(page.chart.drawing.shown) == 5)
    return window


def _fields(page: PortfolioPage) -> dict[str, PortfolioField | None]:
    assert page.portfolio is not None
    return {p.account.name: p.field for p in page.portfolio.placements}


def _line_x(page: PortfolioPage) -> int:
    frame = page.chart.frame()
    return round(frame.point(log_of(page.portfolio.thresholds.value), 0).x())  # type: ignore[union-attr]


def test_dragging_the_value_line_moves_accounts_between_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.workbench.portfolio
    assert _fields(page)["Basis GmbH"] is PortfolioField.BASE
    chart, y = page.chart, page.chart.frame().plot.center().y()
    target = round(chart.frame().point(log_of(Decimal(600_000)), 0).x())
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(_line_x(page), round(y)))
    qtbot.mouseMove(chart, QPoint(target, round(y)))
    assert chart.drawing.counts[PortfolioField.BASE] == 0  # the counts follow while dragging
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=QPoint(target, round(y)))
    qtbot.waitUntil(lambda: _fields(page)["Basis GmbH"] is PortfolioField.CARRIED)
    assert _fields(page)["Mittel GmbH"] is PortfolioField.DEVELOPMENT
    assert page.reset_button.isEnabled()
    names = [p.account.name for p in page.candidates.rows]
    assert names == ["Groß AG", "Mittel GmbH", "Entwicklung SE"]  # the higher value first
    page.reset_button.click()
    qtbot.waitUntil(lambda: _fields(page)["Basis GmbH"] is PortfolioField.BASE)


def test_a_click_on_a_marker_opens_the_account(
    qtbot: QtBot, window: MainWindow, store: dict[str, uuid.UUID]
) -> None:
    chart = window.workbench.portfolio.chart
    marker = next(m for m in chart.drawing.shown if m.placement.account.name == "Klein KG")
    at = chart.frame().point(marker.x, marker.y).toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: window.accounts_page.details.shows(store["Klein KG"]))
    assert window.workbench.currentWidget() is window.accounts_page


def test_the_funnel_starts_from_the_candidates_list_with_the_field_at_gate_two(
    qtbot: QtBot, window: MainWindow, store: dict[str, uuid.UUID]
) -> None:
    page = window.workbench.portfolio
    row = next(i for i, p in enumerate(page.candidates.rows) if p.account.name == "Entwicklung SE")
    page.candidates_view.selectRow(row)
    page.funnel_button.click()
    status = window.accounts_page.details.status_page
    qtbot.waitUntil(lambda: status.funnel_wizard is not None and status.funnel_wizard.isVisible())
    assert window.accounts_page.details.shows(store["Entwicklung SE"])
    wizard = status.funnel_wizard
    assert wizard is not None and wizard.placement is not None
    assert wizard.placement.field is PortfolioField.DEVELOPMENT
    wizard.reject()


def test_filters_narrow_the_chart_and_the_candidates(qtbot: QtBot, window: MainWindow) -> None:
    page = window.workbench.portfolio
    levels = page.filters["level"]
    levels.setCurrentIndex(levels.findData("key_accounts"))
    levels.activated.emit(levels.currentIndex())
    assert page.chart.drawing.shown == [] and page.candidates.rows == []


def test_the_page_speaks_german(
    qtbot: QtBot, german: None, store: dict[str, uuid.UUID], open_window: OpenWindow
) -> None:
    window = open_window()
    window.window_actions.page_actions[3].trigger()
    page = window.workbench.portfolio
    qtbot.waitUntil(lambda: page.portfolio is not None)
    assert window.workbench.tabText(3) == "Portfolio"
    assert "Entwicklungskunden" in page.meanings.text()
    assert page.candidates.headerData(1, Qt.Orientation.Horizontal) == "Feld"


def test_the_account_list_s_portfolio_column_fills_in_and_keeps_its_field_on_an_edit(
    qtbot: QtBot, store: dict[str, uuid.UUID], open_window: OpenWindow
) -> None:
    window = open_window()
    model = window.accounts_page.model

    def field_of(name: str) -> str:
        row = model.row_of(store[name])
        assert row is not None
        return str(model.index(row, PORTFOLIO).data())

    qtbot.waitUntil(lambda: field_of("Groß AG") == "Top customer")
    assert field_of("Klein KG") == "Carried customer"
    window.accounts_page.show_changed(store["Groß AG"])  # a saved edit: its line is read anew
    assert field_of("Groß AG") == "Top customer"


def test_the_margin_basis_places_by_margin_and_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    page = window.workbench.portfolio
    page.basis.setCurrentIndex(page.basis.findData(ValueBasis.MARGIN.value))
    page.basis.activated.emit(page.basis.currentIndex())
    qtbot.waitUntil(
        lambda: page.portfolio is not None and page.portfolio.basis is ValueBasis.MARGIN
    )
    assert page.portfolio is not None
    assert page.portfolio.thresholds.value == Decimal(20_000)  # the margins' median
    assert window.workspace.portfolio.view() == (ValueBasis.MARGIN, None)


def test_a_candidate_opens_its_account_on_enter(
    qtbot: QtBot, window: MainWindow, store: dict[str, uuid.UUID]
) -> None:
    page = window.workbench.portfolio
    row = next(i for i, p in enumerate(page.candidates.rows) if p.account.name == "Groß AG")
    page.candidates_view.setFocus()
    page.candidates_view.setCurrentIndex(page.candidates.index(row, 0))
    qtbot.keyClick(page.candidates_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.accounts_page.details.shows(store["Groß AG"]))
