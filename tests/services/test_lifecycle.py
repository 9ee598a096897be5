"""Lifecycle, warning signals and complaints against a real store."""

import dataclasses
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.complaints import Complaint, ComplaintStatus
from kamdesk.domain.errors import InvalidSignalRules
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.warning_signals import SignalKind, SignalRules
from kamdesk.services.workspace import Workspace

TODAY = date(2026, 11, 23)


@pytest.fixture
def account(workspace: Workspace) -> uuid.UUID:
    return workspace.accounts.create(AccountFields(name="Kunde AG")).id


def complain(workspace: Workspace, account: uuid.UUID, days_old: int = 1) -> Complaint:
    complaint = Complaint(uuid.uuid4(), TODAY - timedelta(days=days_old), "Lieferverzug")
    return workspace.lifecycle.save_complaint(account, complaint)


def test_a_new_account_starts_in_acquisition_with_no_history(
    workspace: Workspace, account: uuid.UUID
) -> None:
    lifecycle = workspace.lifecycle.lifecycle(account, TODAY)
    assert (lifecycle.phase, lifecycle.history, lifecycle.signals) == (Phase.ACQUISITION, [], [])
    assert workspace.accounts.summary(account).phase == Phase.ACQUISITION  # type: ignore[union-attr]


def test_a_phase_change_is_written_to_the_history(workspace: Workspace, account: uuid.UUID) -> None:
    workspace.lifecycle.change_phase(account, Phase.RETENTION, "Erster Auftrag", TODAY)
    lifecycle = workspace.lifecycle.lifecycle(account, TODAY)
    assert lifecycle.phase == Phase.RETENTION
    (entry,) = lifecycle.history
    assert (entry.changed_on, entry.old_phase, entry.new_phase, entry.reason) == (
        TODAY,
        Phase.ACQUISITION,
        Phase.RETENTION,
        "Erster Auftrag",
    )


def test_undoing_a_change_restores_phase_and_history(
    workspace: Workspace, account: uuid.UUID
) -> None:
    entry = workspace.lifecycle.change_phase(account, Phase.RETENTION, "Auftrag", TODAY)
    workspace.lifecycle.undo_phase_change(account, entry)
    lifecycle = workspace.lifecycle.lifecycle(account, TODAY)
    assert (lifecycle.phase, lifecycle.history) == (Phase.ACQUISITION, [])


def test_signals_propose_endangered_until_dismissed(
    workspace: Workspace, account: uuid.UUID
) -> None:
    complain(workspace, account)
    complain(workspace, account)
    lifecycle = workspace.lifecycle.lifecycle(account, TODAY)
    assert [s.kind for s in lifecycle.signals] == [SignalKind.OPEN_COMPLAINTS]
    assert lifecycle.proposed
    workspace.lifecycle.set_dismissed(account, frozenset({SignalKind.OPEN_COMPLAINTS}))
    assert not workspace.lifecycle.lifecycle(account, TODAY).proposed


def test_a_dismissed_proposal_returns_when_the_inputs_change(
    workspace: Workspace, account: uuid.UUID
) -> None:
    complain(workspace, account)
    complain(workspace, account)
    workspace.lifecycle.set_dismissed(account, frozenset({SignalKind.OPEN_COMPLAINTS}))
    workspace.lifecycle.set_talks_to_competitors(account, True)
    assert workspace.lifecycle.lifecycle(account, TODAY).proposed


def test_confirming_moves_to_endangered_and_clears_the_dismissal(
    workspace: Workspace, account: uuid.UUID
) -> None:
    workspace.lifecycle.set_dismissed(account, frozenset({SignalKind.NO_CONTACT}))
    workspace.lifecycle.change_phase(account, Phase.ENDANGERED, "Signale", TODAY)
    assert workspace.lifecycle.dismissed(account) == frozenset()


def test_figures_and_contacts_feed_the_signals(workspace: Workspace, account: uuid.UUID) -> None:
    workspace.plan.save_key_figures(account, KeyFigures(2025, revenue=Decimal(100_000)))
    workspace.plan.save_key_figures(account, KeyFigures(2026, revenue=Decimal(80_000)))
    kinds = [s.kind for s in workspace.lifecycle.lifecycle(account, TODAY).signals]
    assert kinds == [SignalKind.FALLING_REVENUE]


def test_the_home_views_signals_are_the_lifecycles(
    workspace: Workspace, account: uuid.UUID
) -> None:
    """The home view reads the open complaints only and the two figures the signals
    compare; what fires is the same as on the account's lifecycle tab."""
    complain(workspace, account, 45)
    worked_on = complain(workspace, account, 2)
    worked_on = dataclasses.replace(worked_on, status=ComplaintStatus.IN_PROGRESS)
    workspace.lifecycle.save_complaint(account, worked_on)
    resolved = dataclasses.replace(
        complain(workspace, account, 90), status=ComplaintStatus.RESOLVED, resolved_on=TODAY
    )
    workspace.lifecycle.save_complaint(account, resolved)
    for year, revenue, satisfaction in ((2025, 100_000, "4.5"), (2026, 70_000, "3.5")):
        figures = KeyFigures(
            year, Decimal(revenue), Decimal(9_000), satisfaction=Decimal(satisfaction)
        )
        workspace.plan.save_key_figures(account, figures)
    whole = workspace.lifecycle.lifecycle(account, TODAY)
    bulk = workspace.lifecycle.signals([account], TODAY)[account]
    assert bulk.signals == whole.signals
    assert [s.kind for s in bulk.signals] == [
        SignalKind.OPEN_COMPLAINTS,
        SignalKind.OLD_COMPLAINT,
        SignalKind.FALLING_SATISFACTION,
        SignalKind.FALLING_REVENUE,
    ]
    assert len(whole.complaints) == 3


def test_thresholds_are_stored_and_used(workspace: Workspace, account: uuid.UUID) -> None:
    complain(workspace, account)
    workspace.lifecycle.save_rules(SignalRules(open_complaints=1))
    assert workspace.lifecycle.rules().open_complaints == 1
    assert workspace.lifecycle.lifecycle(account, TODAY).proposed


def test_thresholds_out_of_range_are_refused(workspace: Workspace) -> None:
    with pytest.raises(InvalidSignalRules):
        workspace.lifecycle.save_rules(SignalRules(no_contact_days=0))
    assert workspace.lifecycle.rules() == SignalRules()


def test_a_complaint_is_resolved_and_counted_in_the_average(
    workspace: Workspace, account: uuid.UUID
) -> None:
    complaint = complain(workspace, account, days_old=4)
    resolved = Complaint(
        complaint.id,
        complaint.received_on,
        complaint.topic,
        status=ComplaintStatus.RESOLVED,
        resolved_on=TODAY,
    )
    workspace.lifecycle.save_complaint(account, resolved)
    lifecycle = workspace.lifecycle.lifecycle(account, TODAY)
    assert lifecycle.complaints == [resolved]
    assert lifecycle.average_resolution_days == Decimal(4)


def test_a_removed_complaint_is_gone(workspace: Workspace, account: uuid.UUID) -> None:
    complaint = complain(workspace, account)
    workspace.lifecycle.remove_complaint(complaint.id)
    assert workspace.lifecycle.lifecycle(account, TODAY).complaints == []
