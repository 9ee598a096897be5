"""Groups in the window: typing the group's name on a member's form, the group's page rolling
up its two members and scoring them as one, their stakeholders on one map, a member's page
leading to its group."""

import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.stakeholders import Contact
from kamdesk.services.workspace import Workspace
from kamdesk.ui.groups.group_models import YEAR_MARGIN, YEAR_REVENUE
from kamdesk.ui.groups.group_page import GroupPage
from kamdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import OpenWindow

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def store(data_dir: Path) -> dict[str, uuid.UUID]:
    with Workspace.open(data_dir) as workspace:
        ids = {
            name: workspace.accounts.create(AccountFields(name=name, country=country)).id
            for name, country in (
                ("Vogt Holding AG", "Deutschland"),
                ("Vogt GmbH", "Österreich"),
                ("Vogt SA", "Schweiz"),
            )
        }
        for name, revenue in (("Vogt GmbH", 300_000), ("Vogt SA", 200_000)):
            figures = KeyFigures(2025, Decimal(revenue), Decimal(revenue) / 10)
            workspace.plan.save_key_figures(ids[name], figures)
        for name, contact in (("Vogt GmbH", "Anna Berg"), ("Vogt SA", "Luc Favre")):
            person = Contact(uuid.uuid4(), contact, HierarchyLevel.EXECUTIVE, function="CFO")
            workspace.stakeholders.save_contact(ids[name], person)
    return ids


def _group_page_of_two(
    qtbot: QtBot, window: MainWindow, type_text: TypeText, store: dict[str, uuid.UUID]
) -> "GroupPage":
    for member in ("Vogt GmbH", "Vogt SA"):
        _join_by_typing(qtbot, window, type_text, store[member], "Vogt Holding AG")
    window.accounts_page.open_account(store["Vogt Holding AG"], None)
    window.accounts_page.details.show_part(("group", None))
    return window.accounts_page.details.group_page


def test_the_group_is_scored_as_a_whole(
    qtbot: QtBot, store: dict[str, uuid.UUID], open_window: OpenWindow, type_text: TypeText
) -> None:
    window = open_window()
    page = _group_page_of_two(qtbot, window, type_text, store)
    # together €500,000 revenue (10 points) and €50,000 margin (5); each alone 10 at most
    assert "the group scores 15 points" in page.totals.text()
    window.accounts_page.details.show_part(("status", None))
    status = window.accounts_page.details.status_page
    assert "15 points" in status.total.text() and "its 2 members" in status.total.text()


def test_the_members_stakeholders_are_on_one_map_and_lead_to_their_account(
    qtbot: QtBot, store: dict[str, uuid.UUID], open_window: OpenWindow, type_text: TypeText
) -> None:
    window = open_window()
    page = _group_page_of_two(qtbot, window, type_text, store)
    page.parts.setCurrentWidget(page.stakeholders)
    group = page.stakeholders
    cards = sorted(c.toolTip() for c in group.scene.contact_cards.values())
    assert cards == ["Anna Berg\nÖsterreich · CFO · No role", "Luc Favre\nSchweiz · CFO · No role"]
    group.member.setCurrentIndex(group.member.findText("Vogt SA"))
    group.member.activated.emit(group.member.currentIndex())
    assert [c.name for c in group.stakeholders.contacts] == ["Luc Favre"]  # type: ignore[union-attr]
    luc = next(iter(group.scene.contact_cards))
    qtbot.mouseClick(
        group.map_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=group.map_view.card_position("contact", luc).toPoint(),
    )
    accounts = window.accounts_page.details
    qtbot.waitUntil(lambda: accounts.shows(store["Vogt SA"]))
    assert accounts.currentWidget() is accounts.stakeholders


def _join_by_typing(
    qtbot: QtBot, window: MainWindow, type_text: TypeText, member: uuid.UUID, group: str
) -> None:
    window.accounts_page.open_account(member, None)
    form = window.accounts_page.form
    form.group.setFocus()
    type_text(form.group, group)
    form.save_button.click()
    qtbot.waitUntil(lambda: window.workspace.accounts.get(member).fields.group_id is not None)


def test_a_group_typed_on_the_members_forms_rolls_up_their_figures(
    qtbot: QtBot, store: dict[str, uuid.UUID], open_window: OpenWindow, type_text: TypeText
) -> None:
    window = open_window()
    for member in ("Vogt GmbH", "Vogt SA"):
        _join_by_typing(qtbot, window, type_text, store[member], "Vogt Holding AG")
    window.accounts_page.open_account(store["Vogt Holding AG"], None)
    details = window.accounts_page.details
    group_tab = details.indexOf(details._slots["group"])
    assert details.isTabVisible(group_tab)
    assert "Vogt GmbH, Vogt SA" in window.accounts_page.form.members.text()
    details.setCurrentIndex(group_tab)
    page = details.group_page
    years = page.years
    assert years.data(years.index(0, YEAR_REVENUE)) == "€500,000"
    assert years.data(years.index(0, YEAR_MARGIN)) == "€50,000"
    assert [m.name for m in page.members.rows] == ["Vogt Holding AG", "Vogt GmbH", "Vogt SA"]
    assert "3" not in page.heading.text() and "2" in page.heading.text()


def test_a_member_s_group_tab_leads_to_the_group(
    qtbot: QtBot, store: dict[str, uuid.UUID], open_window: OpenWindow, type_text: TypeText
) -> None:
    window = open_window()
    _join_by_typing(qtbot, window, type_text, store["Vogt SA"], "Vogt Holding AG")
    details = window.accounts_page.details
    details.show_part(("group", None))
    page = details.group_page
    assert page.open_group.isVisibleTo(page)
    page.open_group.click()
    qtbot.waitUntil(lambda: details.shows(store["Vogt Holding AG"]))
    assert details.currentWidget() is page


def test_a_name_that_is_no_account_is_refused_on_the_form(
    qtbot: QtBot, store: dict[str, uuid.UUID], open_window: OpenWindow, type_text: TypeText
) -> None:
    window = open_window()
    window.accounts_page.open_account(store["Vogt SA"], None)
    form = window.accounts_page.form
    form.group.setFocus()
    type_text(form.group, "Niemand AG")
    assert form.save_button.isEnabled()
    form.save_button.click()
    assert form.error.text() == "No account is called “Niemand AG”."
    assert window.workspace.accounts.get(store["Vogt SA"]).fields.group_id is None


def test_the_group_page_speaks_german(
    qtbot: QtBot,
    german: None,
    store: dict[str, uuid.UUID],
    open_window: OpenWindow,
    type_text: TypeText,
) -> None:
    window = open_window()
    page = _group_page_of_two(qtbot, window, type_text, store)
    assert page.heading.text() == "Vogt Holding AG und seine 2 Mitglieder"
    assert "Als Ganzes erreicht die Gruppe 15 Punkte" in page.totals.text()
    assert page.parts.tabText(1) == "Beziehungslandkarte der ganzen Gruppe"
    assert page.stakeholders.member.itemText(0) == "Die ganze Gruppe"
