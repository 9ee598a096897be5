from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import HierarchyLevel, Segment, StatusLevel
from kamdesk.domain.errors import StoreNotEmpty
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.reminders import Group, ReminderKind
from kamdesk.services.workspace import Workspace
from kamdesk.store.models import ContactRow, KeyFigureRow, TeamMemberRow

TODAY = date(2026, 11, 23)


def _names(data_dir: Path, seed: int) -> list[str]:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 300, seed, today=TODAY)
        return [s.name for s in workspace.accounts.summaries()]


def test_the_same_seed_gives_the_same_customers(tmp_path: Path) -> None:
    first = _names(tmp_path / "a", 7)
    assert _names(tmp_path / "b", 7) == first
    assert _names(tmp_path / "c", 8) != first


def test_demo_covers_every_level_segment_and_hierarchy(workspace: Workspace) -> None:
    load_demo_data(workspace.transactions, 400, 1, today=TODAY)
    summaries = workspace.accounts.summaries()
    assert len(summaries) == 400
    assert {s.status_level for s in summaries} == set(StatusLevel)
    assert {s.segment for s in summaries} == set(Segment)
    assert any(ch in "".join(s.name for s in summaries) for ch in "äöüß")
    assert len({s.name for s in summaries}) == 400
    with workspace.transactions.write() as session:
        contact_levels = set(session.scalars(select(ContactRow.hierarchy_level)))
        team_levels = set(session.scalars(select(TeamMemberRow.hierarchy_level)))
        figures = session.scalar(select(func.count()).select_from(KeyFigureRow))
    assert contact_levels == team_levels == set(HierarchyLevel)
    assert figures == 3 * 400


def test_progress_is_reported_up_to_the_total(workspace: Workspace) -> None:
    reports: list[tuple[int, int]] = []
    load_demo_data(workspace.transactions, 2_500, 1, progress=lambda *r: reports.append(r))
    assert reports[-1] == (2_500, 2_500)
    assert len(reports) > 1


def test_demo_data_never_mixes_with_real_accounts(workspace: Workspace) -> None:
    workspace.accounts.create(AccountFields(name="Echter Kunde GmbH"))
    with pytest.raises(StoreNotEmpty):
        load_demo_data(workspace.transactions, 10)
    assert workspace.accounts.count() == 1


def test_key_accounts_come_with_margins_and_an_annual_plan(workspace: Workspace) -> None:
    from kamdesk.domain.annual_plan import ActionStatus
    from kamdesk.store.models import MarginCostRow, PlanActionRow, PlanGoalRow

    load_demo_data(workspace.transactions, 400, 1, today=TODAY)
    with workspace.transactions.write() as session:
        margins = session.scalar(select(func.count()).select_from(MarginCostRow))
        goals = session.scalar(select(func.count()).select_from(PlanGoalRow))
        overdue = session.scalar(
            select(func.count())
            .select_from(PlanActionRow)
            .where(
                PlanActionRow.due_on < TODAY,
                PlanActionRow.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
            )
        )
    assert margins and goals and overdue


def test_demo_has_endangered_accounts_proposals_and_overdue_reminders(
    workspace: Workspace,
) -> None:
    load_demo_data(workspace.transactions, 200, 1, today=TODAY)
    attention = workspace.attention.attention(TODAY)
    phases = {glance.phase for glance in attention.glances}
    assert Phase.ENDANGERED in phases and Phase.RECOVERY in phases
    assert any(glance.proposed for glance in attention.glances)
    overdue = {s.reminder.kind for s in attention.reminders if s.group == Group.OVERDUE}
    assert {ReminderKind.ACTION, ReminderKind.COMPLAINT, ReminderKind.CONTACT} <= overdue
