"""Reminders across sources against a real store."""

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.annual_plan import Action, ActionStatus
from kamdesk.domain.complaints import Complaint
from kamdesk.domain.jour_fixe import JourFixe
from kamdesk.domain.reminders import Group, ReminderKind
from kamdesk.domain.stakeholders import BuyingRole, Contact
from kamdesk.services.workspace import Workspace

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def account(workspace: Workspace) -> uuid.UUID:
    return workspace.accounts.create(AccountFields(name="Kunde AG")).id


def add_action(
    workspace: Workspace, account: uuid.UUID, days: int, title: str = "Angebot"
) -> Action:
    action = Action(uuid.uuid4(), title, TODAY + timedelta(days=days))
    workspace.plan.save_action(account, TODAY.year, action)
    return action


def test_every_source_appears_soonest_first(workspace: Workspace, account: uuid.UUID) -> None:
    add_action(workspace, account, 3)
    workspace.jour_fixe.save_meeting(account, JourFixe(4, TODAY + timedelta(days=1)))
    workspace.lifecycle.save_complaint(
        account, Complaint(uuid.uuid4(), TODAY - timedelta(days=40), "Falsche Ware")
    )
    contact = Contact(
        uuid.uuid4(),
        "Anna Berg",
        role=BuyingRole.DECISION_MAKER,
        last_contact_on=TODAY - timedelta(days=400),
    )
    workspace.stakeholders.save_contact(account, contact)
    shown = workspace.reminders.due(TODAY)
    assert [(s.reminder.kind, s.group) for s in shown] == [
        (ReminderKind.CONTACT, Group.OVERDUE),  # C customer: 365 days, met 400 days ago
        (ReminderKind.COMPLAINT, Group.OVERDUE),  # 40 days open, due after 30
        (ReminderKind.JOUR_FIXE, Group.THIS_WEEK),
        (ReminderKind.ACTION, Group.THIS_WEEK),
    ]
    assert shown[0].reminder.subject == "Anna Berg"
    assert all(s.reminder.account_name == "Kunde AG" for s in shown)


def test_finished_actions_and_deleted_accounts_are_not_due(
    workspace: Workspace, account: uuid.UUID
) -> None:
    action = add_action(workspace, account, -1)
    workspace.plan.save_action(
        account, TODAY.year, Action(action.id, action.title, action.due_on, ActionStatus.DONE)
    )
    other = workspace.accounts.create(AccountFields(name="Weg GmbH")).id
    add_action(workspace, other, -1)
    workspace.accounts.delete(other)
    assert workspace.reminders.due(TODAY) == []


def test_done_persists_and_finishes_the_action(workspace: Workspace, account: uuid.UUID) -> None:
    add_action(workspace, account, -2)
    (shown,) = workspace.reminders.due(TODAY)
    workspace.reminders.mark_done(shown.reminder)
    assert workspace.reminders.due(TODAY) == []
    (action,) = workspace.plan.actions(account, TODAY.year)
    assert action.status == ActionStatus.DONE


def test_undoing_done_brings_reminder_and_action_status_back(
    workspace: Workspace, account: uuid.UUID
) -> None:
    add_action(workspace, account, -2)
    (shown,) = workspace.reminders.due(TODAY)
    workspace.reminders.undo(workspace.reminders.mark_done(shown.reminder))
    assert workspace.reminders.due(TODAY) == [shown]
    assert workspace.plan.actions(account, TODAY.year)[0].status == ActionStatus.OPEN


def test_snooze_persists_across_a_reopened_store(
    workspace: Workspace, account: uuid.UUID, data_dir: Path
) -> None:
    workspace.jour_fixe.save_meeting(account, JourFixe(4, TODAY - timedelta(days=3)))
    (shown,) = workspace.reminders.due(TODAY)
    workspace.reminders.snooze(shown.reminder, TODAY + timedelta(days=8))
    workspace.close()
    with Workspace.open(data_dir) as reopened:
        (snoozed,) = reopened.reminders.due(TODAY)
    assert (snoozed.due_on, snoozed.group, snoozed.snoozed) == (
        TODAY + timedelta(days=8),
        Group.LATER,
        True,
    )


def test_a_held_jour_fixe_is_a_new_occurrence(workspace: Workspace, account: uuid.UUID) -> None:
    workspace.jour_fixe.save_meeting(account, JourFixe(1, TODAY - timedelta(days=3)))
    (shown,) = workspace.reminders.due(TODAY)
    workspace.reminders.mark_done(shown.reminder)
    workspace.jour_fixe.mark_held(account, TODAY)
    (next_one,) = workspace.reminders.due(TODAY)
    assert next_one.due_on == TODAY + timedelta(weeks=1)
