"""The home view's headline and note at a large store's scale: counts grouped as the user
reads numbers."""

import uuid

from pytestqt.qtbot import QtBot

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.portfolio import Figures, KeyAccountTotals, PortfolioAtAGlance, PortfolioField
from kamdesk.services.attention import Attention, Glance
from kamdesk.ui.home.home_page import HomePage


def test_the_counts_of_a_large_store_are_grouped(qtbot: QtBot) -> None:
    page = HomePage()
    qtbot.addWidget(page)
    glance = Glance(
        uuid.uuid4(), "Anker AG", StatusLevel.KEY, Phase.ENDANGERED, True, 2, None, None, 3, 3
    )
    small = PortfolioAtAGlance(
        2025, dict.fromkeys(PortfolioField, 0), [], KeyAccountTotals(0, Figures(), Figures())
    )
    page.show_glances(Attention([], [glance], 20_725, 22_162, {}, small, 0, 0))
    assert page.headline.text() == "20,725 accounts need your attention"
    assert page.cut_note.text() == "Showing the most urgent of 22,162 accounts."
