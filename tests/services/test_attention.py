"""The home view's accounts at a glance: as many as it shows, the most urgent, and counts of
all it holds."""

import uuid
from datetime import date, timedelta

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.annual_plan import Action
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.stakeholders import BuyingRole, Contact
from kamdesk.services import attention
from kamdesk.services.workspace import Workspace

TODAY = date(2026, 11, 23)


def key_account(workspace: Workspace, name: str, overdue_actions: int = 0) -> uuid.UUID:
    fields = AccountFields(name=name, status_level=StatusLevel.KEY)
    account = workspace.accounts.create(fields, reason="Rahmenvertrag").id
    for late in range(overdue_actions):
        action = Action(uuid.uuid4(), f"Angebot {late}", TODAY - timedelta(days=2))
        workspace.plan.save_action(account, TODAY.year, action)
    return account


def test_the_home_view_shows_the_most_urgent_and_counts_them_all(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attention, "HOME_ROWS", 2)
    for name in ("Anker AG", "Berg KG"):
        key_account(workspace, name)
    key_account(workspace, "Zeder GmbH", overdue_actions=1)
    key_account(workspace, "Ypsilon GmbH", overdue_actions=2)
    found = workspace.attention.attention(TODAY)
    assert [glance.name for glance in found.glances] == ["Ypsilon GmbH", "Zeder GmbH"]
    assert [glance.overdue for glance in found.glances] == [2, 1]
    assert (found.needing, found.weighed) == (2, 4)
    assert (found.overdue, found.due_now) == (3, 3)


def test_shown_key_accounts_have_their_map_coverage(workspace: Workspace) -> None:
    account = key_account(workspace, "Anker AG")
    met = Contact(uuid.uuid4(), "Anna Berg", role=BuyingRole.DECISION_MAKER, last_contact_on=TODAY)
    workspace.stakeholders.save_contact(account, met)
    found = workspace.attention.attention(TODAY)
    assert found.glances[0].coverage == workspace.stakeholders.coverages([account])[account]
    assert found.glances[0].coverage is not None


def test_the_home_view_holds_key_accounts_troubled_ones_and_those_with_something_due(
    workspace: Workspace,
) -> None:
    key_account(workspace, "Anker AG")
    plain = AccountFields(name="Nur Kunde KG")
    workspace.accounts.create(plain)
    due = workspace.accounts.create(AccountFields(name="Fällig GmbH")).id
    action = Action(uuid.uuid4(), "Rückruf", TODAY + timedelta(days=1))
    workspace.plan.save_action(due, TODAY.year, action)
    troubled = workspace.accounts.create(AccountFields(name="Gefährdet AG")).id
    workspace.lifecycle.change_phase(troubled, Phase.ENDANGERED, "Wettbewerb", TODAY)
    found = workspace.attention.attention(TODAY)
    assert [glance.name for glance in found.glances] == [
        "Gefährdet AG",
        "Fällig GmbH",
        "Anker AG",
    ]
    assert found.weighed == 3
