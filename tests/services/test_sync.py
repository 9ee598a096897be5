"""Two stores synced through the team's shared file or server: changes travel both ways,
concurrent edits become conflicts, nothing is lost."""

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.documents.calendar import export_calendar
from kamdesk.domain.account import AccountFields
from kamdesk.domain.annual_plan import Action
from kamdesk.domain.errors import AmbiguousAccountName
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.stakeholders import Contact
from kamdesk.domain.sync.team_server import TeamPlace
from kamdesk.services import sync_merge
from kamdesk.services.sync_conflicts import ConflictView
from kamdesk.services.workspace import Workspace

from ..team_places import last_write, stored_bytes, tables_in


@pytest.fixture
def anna(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "anna") as workspace:
        yield workspace


@pytest.fixture
def ben(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ben") as workspace:
        yield workspace


def edit(workspace: Workspace, account: uuid.UUID, **changes: object) -> None:
    fields = workspace.accounts.get(account).fields
    workspace.accounts.update(account, dataclasses.replace(fields, **changes))  # type: ignore[arg-type]


def shared_account(anna: Workspace, ben: Workspace, team: TeamPlace) -> uuid.UUID:
    account = anna.accounts.create(AccountFields(name="Müller GmbH")).id
    anna.sync.sync(team)
    ben.sync.sync(team)
    return account


def add_contact(workspace: Workspace, account: uuid.UUID, name: str) -> None:
    workspace.stakeholders.save_contact(account, Contact(uuid.uuid4(), name))


def conflicting_industry(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> tuple[uuid.UUID, ConflictView]:
    """Anna types "Chemie", Ben "Pharma" into the same field; Ben syncs second."""
    account = shared_account(anna, ben, team)
    edit(anna, account, industry="Chemie")
    edit(ben, account, industry="Pharma")
    anna.sync.sync(team)
    ben.sync.sync(team)
    (conflict,) = ben.conflicts.open()
    return account, conflict


def names(workspace: Workspace) -> list[str]:
    return sorted(a.fields.name for a in workspace.accounts.all())


def test_an_account_travels_to_a_colleague(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH", industry="Maschinenbau"))
    first = anna.sync.sync(team)
    second = ben.sync.sync(team)
    assert first.created and first.went_out == {"accounts": 1}
    assert second.came_in == {"accounts": 1}
    assert names(ben) == ["Müller GmbH"]
    assert ben.accounts.find("Müller GmbH").fields.industry == "Maschinenbau"


def test_edits_of_different_fields_both_survive(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = shared_account(anna, ben, team)
    edit(anna, account, industry="Chemie")
    edit(ben, account, country="Österreich")
    for workspace in (anna, ben, anna):
        workspace.sync.sync(team)
    for workspace in (anna, ben):
        got = workspace.accounts.get(account).fields
        assert (got.industry, got.country) == ("Chemie", "Österreich")
    assert anna.conflicts.count() == ben.conflicts.count() == 0


def test_concurrent_edits_of_one_field_keep_the_loser_as_a_conflict(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = shared_account(anna, ben, team)
    edit(anna, account, industry="Chemie")
    edit(ben, account, industry="Pharma")
    anna.sync.sync(team)
    report = ben.sync.sync(team)
    anna.sync.sync(team)
    assert report.conflicts == 1
    (conflict,) = ben.conflicts.open()
    assert (conflict.mine, conflict.theirs, conflict.original) == (
        {"industry": "Pharma"},
        {"industry": "Chemie"},
        {"industry": ""},
    )
    assert conflict.account_name == "Müller GmbH"
    assert anna.conflicts.count() == (1 if conflict.kept_mine else 0)  # whose value lost
    kept = ben.accounts.get(account).fields.industry
    assert kept == anna.accounts.get(account).fields.industry
    assert conflict.kept_mine == (kept == "Pharma")


def test_the_colleague_whose_value_lost_sees_the_conflict_too(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account, found = conflicting_industry(anna, ben, team)  # Ben's later sync won
    assert found.kept_mine
    anna.sync.sync(team)
    assert anna.accounts.get(account).fields.industry == "Pharma"
    (conflict,) = anna.conflicts.open()
    assert (conflict.mine, conflict.theirs, conflict.original) == (
        {"industry": "Chemie"},
        {"industry": "Pharma"},
        {"industry": ""},
    )
    assert not conflict.kept_mine
    assert conflict.theirs_by == ben.transactions.user()
    anna.sync.sync(team)
    assert anna.conflicts.count() == 1  # once, however often it syncs


def test_keeping_mine_travels_to_the_colleague(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account, conflict = conflicting_industry(anna, ben, team)
    ben.conflicts.resolve(conflict.id, keep_mine=True)
    ben.sync.sync(team)
    anna.sync.sync(team)
    assert anna.accounts.get(account).fields.industry == "Pharma"
    assert ben.conflicts.count() == 0


def test_undoing_a_resolution_brings_back_value_and_conflict(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account, conflict = conflicting_industry(anna, ben, team)
    before = ben.accounts.get(account).fields.industry
    resolution = ben.conflicts.resolve(conflict.id, keep_mine=not conflict.kept_mine)
    ben.conflicts.undo(resolution)
    assert ben.accounts.get(account).fields.industry == before
    assert ben.conflicts.count() == 1


def test_a_deletion_travels(anna: Workspace, ben: Workspace, team: TeamPlace) -> None:
    account = shared_account(anna, ben, team)
    anna.accounts.delete(account)
    anna.sync.sync(team)
    ben.sync.sync(team)
    assert names(ben) == []
    assert [a.id for a in ben.accounts.all(deleted=True)] == [account]


def test_an_edit_the_deleter_never_saw_keeps_the_account(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = shared_account(anna, ben, team)
    anna.accounts.delete(account)
    edit(ben, account, industry="Chemie")
    anna.sync.sync(team)
    ben.sync.sync(team)
    anna.sync.sync(team)
    assert names(anna) == names(ben) == ["Müller GmbH"]
    assert anna.accounts.get(account).fields.industry == "Chemie"
    assert anna.conflicts.count() == ben.conflicts.count() == 1  # the same, seen by both


def test_a_contact_added_meanwhile_keeps_the_deleted_account(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = shared_account(anna, ben, team)
    anna.accounts.delete(account)
    anna.sync.sync(team)
    add_contact(ben, account, "Jürgen Groß")
    ben.sync.sync(team)
    anna.sync.sync(team)
    assert names(anna) == names(ben) == ["Müller GmbH"]
    assert [c.name for c in anna.stakeholders.contacts(account)] == ["Jürgen Groß"]
    (conflict,) = anna.conflicts.open()
    assert conflict.deletion and conflict.mine_deleted


def test_restoring_a_synced_deletion_restores_the_contacts_too(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = shared_account(anna, ben, team)
    add_contact(anna, account, "Jürgen Groß")
    anna.sync.sync(team)
    anna.accounts.delete(account)
    anna.sync.sync(team)
    anna.accounts.restore(account)
    anna.sync.sync(team)
    ben.sync.sync(team)
    assert names(ben) == ["Müller GmbH"]
    assert [c.name for c in ben.stakeholders.contacts(account)] == ["Jürgen Groß"]


def test_private_notes_never_leave_the_store(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = anna.accounts.create(AccountFields(name="Müller GmbH")).id
    edit(anna, account, private_notes="Einkäufer wechselt bald")
    anna.sync.sync(team)
    ben.sync.sync(team)
    assert b"wechselt" not in stored_bytes(team)
    assert ben.accounts.get(account).fields.private_notes == ""
    assert anna.accounts.get(account).fields.private_notes == "Einkäufer wechselt bald"


def test_the_same_year_entered_on_two_laptops_becomes_one_row(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = shared_account(anna, ben, team)
    anna.plan.save_key_figures(account, KeyFigures(2026, revenue=Decimal(100_000)))
    ben.plan.save_key_figures(account, KeyFigures(2026, potential=Decimal(900_000)))
    for workspace in (anna, ben, anna, ben):
        workspace.sync.sync(team)
    figures = [ws.plan.key_figures(account) for ws in (anna, ben)]
    assert figures[0] == figures[1]
    assert [(f.year, f.revenue, f.potential) for f in figures[0]] == [
        (2026, Decimal(100_000), Decimal(900_000))
    ]


def test_nothing_changed_writes_nothing(anna: Workspace, ben: Workspace, team: TeamPlace) -> None:
    shared_account(anna, ben, team)
    written = last_write(team)
    report = anna.sync.sync(team)
    assert (report.rows_out, report.rows_in, last_write(team)) == (0, 0, written)


def twin_names(anna: Workspace, ben: Workspace, team: TeamPlace) -> None:
    """Anna and Ben each make "Müller GmbH", then sync: Ben has both."""
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    ben.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(team)
    ben.sync.sync(team)


def test_the_same_name_made_on_two_laptops_blocks_no_edit(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    twin_names(anna, ben, team)
    twins = [a for a in ben.accounts.all() if a.fields.name == "Müller GmbH"]
    assert len(twins) == 2
    for twin in twins:
        ben.accounts.update(twin.id, dataclasses.replace(twin.fields, industry="Chemie"))
    renamed = dataclasses.replace(twins[1].fields, name="Müller GmbH Werk Süd")
    ben.accounts.update(twins[1].id, renamed)
    assert sorted(a.fields.name for a in ben.accounts.all()) == [
        "Müller GmbH",
        "Müller GmbH Werk Süd",
    ]


def test_a_name_two_accounts_share_is_refused_as_a_reference(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    twin_names(anna, ben, team)
    with pytest.raises(AmbiguousAccountName):
        ben.accounts.find("Müller GmbH")


def test_what_one_kam_did_with_a_reminder_stays_on_their_laptop(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = shared_account(anna, ben, team)
    anna.plan.save_action(account, date.today().year, Action(uuid.uuid4(), "Angebot", date.today()))
    (due,) = anna.reminders.due(date.today())
    anna.reminders.mark_done(due.reminder)  # done for Anna; her plan says so for everyone
    export_calendar(anna.transactions.path.parent / "anna.ics", anna.reminders, date.today())
    anna.sync.sync(team)
    ben.sync.sync(team)
    assert ben.plan.actions(account, date.today().year)[0].status == "done"
    assert not tables_in(team) & {"reminder_handling", "calendar_events"}


def test_an_edit_made_while_the_sync_merges_is_merged_again_not_lost(
    anna: Workspace, ben: Workspace, team: TeamPlace, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = shared_account(anna, ben, team)
    edited: list[str] = []

    def edit_meanwhile(point: str) -> None:
        if point == "merged" and not edited:
            edited.append(point)
            edit(anna, account, country="Schweiz")  # typed in the window while syncing

    edit(anna, account, industry="Chemie")
    monkeypatch.setattr(sync_merge, "crash_point", edit_meanwhile)
    anna.sync.sync(team)
    monkeypatch.undo()
    ben.sync.sync(team)
    fields = ben.accounts.get(account).fields
    assert edited and (fields.industry, fields.country) == ("Chemie", "Schweiz")
