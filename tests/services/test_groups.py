"""Corporate groups: one level of group and members, roll-ups of their figures and plans, a
deleted group keeps its members, groups travel with sync."""

import dataclasses
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import AccountNotFound, InvalidAccount, IssueCode
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.penetration import Cell, CellState, Offering, Unit
from kamdesk.services.workspace import Workspace


def _join(workspace: Workspace, account: uuid.UUID, group: uuid.UUID | None) -> None:
    fields = workspace.accounts.get(account).fields
    workspace.accounts.update(account, dataclasses.replace(fields, group_id=group))


def _group_of_two(workspace: Workspace) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    group = workspace.accounts.create(AccountFields(name="Vogt Holding AG")).id
    german = workspace.accounts.create(AccountFields(name="Vogt GmbH", country="Deutschland")).id
    swiss = workspace.accounts.create(AccountFields(name="Vogt SA", country="Schweiz")).id
    for member in (german, swiss):
        _join(workspace, member, group)
    return group, german, swiss


def test_a_group_rolls_up_its_members_figures_per_year(workspace: Workspace) -> None:
    group, german, swiss = _group_of_two(workspace)
    workspace.plan.save_key_figures(german, KeyFigures(2025, Decimal(100), Decimal(30)))
    workspace.plan.save_key_figures(swiss, KeyFigures(2025, Decimal(50), None, Decimal(400)))
    workspace.plan.save_key_figures(swiss, KeyFigures(2024, Decimal(40)))
    roll_up = workspace.groups.roll_up(group)
    assert [m.name for m in roll_up.members] == ["Vogt Holding AG", "Vogt GmbH", "Vogt SA"]
    latest, before = roll_up.years[-1], roll_up.years[0]
    assert latest.figures == KeyFigures(2025, Decimal(150), Decimal(30), Decimal(400))
    assert latest.without_figures == ("Vogt Holding AG",)  # a member without figures is named
    assert before.figures.revenue == 40
    assert before.without_figures == ("Vogt Holding AG", "Vogt GmbH")


def test_a_group_s_plan_holds_every_member_s_units_by_member(workspace: Workspace) -> None:
    group, german, swiss = _group_of_two(workspace)
    offering = workspace.penetration.save_offering(Offering(uuid.uuid4(), "Schrauben"))
    for member, site, amount in ((german, "Werk Ulm", 10), (swiss, "Werk Zug", 20)):
        unit = workspace.penetration.save_unit(member, Unit(uuid.uuid4(), site))
        cell = Cell(CellState.POTENTIAL, Decimal(amount))
        workspace.penetration.set_cells(member, {(unit.id, offering.id): cell})
    roll_up = workspace.groups.roll_up(group)
    names = [(u.name, u.parent_id) for u in roll_up.plan.units]
    assert names == [
        ("Vogt GmbH", None),
        ("Werk Ulm", german),
        ("Vogt SA", None),
        ("Werk Zug", swiss),
    ]
    assert roll_up.plan.sums().total.potential == 30
    assert roll_up.open_potential == {german: 10, swiss: 20}


def test_a_member_moved_to_another_group_leaves_the_first(workspace: Workspace) -> None:
    group, german, _ = _group_of_two(workspace)
    other = workspace.accounts.create(AccountFields(name="Roth Gruppe")).id
    _join(workspace, german, other)
    assert [m.name for m in workspace.groups.roll_up(group).members][1:] == ["Vogt SA"]
    assert [m.name for m in workspace.groups.roll_up(other).members][1:] == ["Vogt GmbH"]


@pytest.mark.parametrize("nesting", ["group_joins_a_group", "member_takes_members"])
def test_groups_have_one_level(workspace: Workspace, nesting: str) -> None:
    group, german, _ = _group_of_two(workspace)
    other = workspace.accounts.create(AccountFields(name="Roth Gruppe")).id
    account, joins = (group, other) if nesting == "group_joins_a_group" else (other, german)
    with pytest.raises(InvalidAccount) as refused:
        _join(workspace, account, joins)
    assert refused.value.issues[0].code is IssueCode.GROUP_LEVELS


def test_an_account_is_not_its_own_group(workspace: Workspace) -> None:
    account = workspace.accounts.create(AccountFields(name="Allein AG")).id
    with pytest.raises(InvalidAccount):
        _join(workspace, account, account)


def test_a_group_in_the_trash_is_refused(workspace: Workspace) -> None:
    group = workspace.accounts.create(AccountFields(name="Weg AG")).id
    workspace.accounts.delete(group)
    account = workspace.accounts.create(AccountFields(name="Allein AG")).id
    with pytest.raises(AccountNotFound):
        _join(workspace, account, group)


def test_deleting_a_group_keeps_its_members(workspace: Workspace) -> None:
    group, german, swiss = _group_of_two(workspace)
    workspace.accounts.delete(group)
    alive = {s.name for s in workspace.accounts.summaries()}
    assert alive == {"Vogt GmbH", "Vogt SA"}
    _join(workspace, swiss, german)  # a deleted group's members are in none: one can be a group
    assert workspace.groups.roll_up(german).members[1].name == "Vogt SA"


def test_groups_and_the_portfolio_survive_sync_between_two_stores(
    tmp_path: Path, shared: Path
) -> None:
    today = date(2026, 3, 1)
    with Workspace.open(tmp_path / "anna") as anna, Workspace.open(tmp_path / "ben") as ben:
        group, german, swiss = _group_of_two(anna)
        anna.plan.save_key_figures(german, KeyFigures(2025, Decimal(900), None, Decimal(10)))
        anna.plan.save_key_figures(swiss, KeyFigures(2025, Decimal(10), None, Decimal(900)))
        anna.sync.sync(shared)
        ben.sync.sync(shared)
        assert [m.name for m in ben.groups.roll_up(group).members] == [
            m.name for m in anna.groups.roll_up(group).members
        ]
        fields = [
            {p.account.name: p.field for p in w.portfolio.portfolio(today).placements}
            for w in (anna, ben)
        ]
        assert fields[0] == fields[1] and len(fields[0]) == 3
        ben.accounts.delete(group)
        ben.sync.sync(shared)
        anna.sync.sync(shared)
        assert {s.name for s in anna.accounts.summaries()} == {"Vogt GmbH", "Vogt SA"}


def _score(workspace: Workspace, account: uuid.UUID) -> int | None:
    return next(s.score for s in workspace.accounts.summaries() if s.id == account)


def test_a_group_is_scored_on_its_members_figures_summed(workspace: Workspace) -> None:
    group, german, swiss = _group_of_two(workspace)
    workspace.plan.save_key_figures(german, KeyFigures(2025, Decimal(600_000)))
    workspace.plan.save_key_figures(swiss, KeyFigures(2025, Decimal(500_000)))
    status = workspace.status.status(group)
    revenue = next(line for line in status.card.lines if line.criterion.key == "revenue")
    assert (revenue.answer, revenue.points) == (Decimal(1_100_000), 20)
    assert status.members_scored == 2
    assert (_score(workspace, group), _score(workspace, german)) == (20, 10)


@pytest.mark.parametrize("parting", ["leaves", "is_deleted"])
def test_a_member_parting_lowers_its_group_s_score(workspace: Workspace, parting: str) -> None:
    group, german, swiss = _group_of_two(workspace)
    workspace.plan.save_key_figures(german, KeyFigures(2025, Decimal(600_000)))
    workspace.plan.save_key_figures(swiss, KeyFigures(2025, Decimal(500_000)))
    if parting == "leaves":
        _join(workspace, swiss, None)
    else:
        workspace.accounts.delete(swiss)
    assert _score(workspace, group) == 10
    assert workspace.status.status(group).members_scored == 1
