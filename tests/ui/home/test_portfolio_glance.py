"""The portfolio in small on Home: counts per field, who moved since last year, the key
accounts' totals with their trend; its link opens the Portfolio page."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.services.workspace import Workspace
from tests.ui.conftest import OpenWindow

YEAR = date.today().year - 1
FIGURES = {  # the year placed and the year before: revenue, margin, potential
    "Groß AG": ((900_000, 90_000, 800_000), (800_000, 60_000, 800_000)),
    "Klein KG": ((10_000, 1_000, 5_000), (10_000, 1_000, 5_000)),
    "Aufsteiger GmbH": ((400_000, 40_000, 900_000), (20_000, 2_000, 900_000)),
}


@pytest.fixture
def store(data_dir: Path) -> None:
    with Workspace.open(data_dir) as workspace:
        for name, years in FIGURES.items():
            account = workspace.accounts.create(AccountFields(name=name)).id
            for year, (revenue, margin, potential) in zip((YEAR, YEAR - 1), years, strict=True):
                amounts = (Decimal(revenue), Decimal(margin), Decimal(potential))
                workspace.plan.save_key_figures(account, KeyFigures(year, *amounts))
        big = workspace.accounts.find("Groß AG").id
        workspace.status.change_level(big, StatusLevel.KEY, "Rahmenvertrag", date.today())


def test_home_shows_the_fields_the_moves_and_the_key_accounts_trend(
    qtbot: QtBot, store: None, open_window: OpenWindow
) -> None:
    window = open_window()
    window.window_actions.page_actions[0].trigger()  # Ctrl+1
    glance = window.workbench.home.portfolio
    qtbot.waitUntil(glance.isVisible)
    assert f"Portfolio {YEAR}: Top customers 2 · Base customers 0" in glance.fields.text()
    assert glance.moved.text() == (
        "1 account moved since last year: 1 from Development customer to Top customer."
    )
    assert "1 key account in" in glance.key_accounts.text()
    assert "revenue €900,000 (▲ 12.5 %)" in glance.key_accounts.text()
    assert "contribution margin €90,000 (▲ 50.0 %)" in glance.key_accounts.text()
    glance.fields.linkActivated.emit("portfolio")
    assert window.workbench.currentWidget() is window.workbench.portfolio
