"""Every way a synced row changes here reaches the next sync: the change log holds it (and a
colleague then holds the same rows), however it was made."""

import dataclasses
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.account import AccountFields
from kamdesk.domain.contact_import import DuplicatePolicy
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.penetration import Cell, CellState, Offering, Unit
from kamdesk.domain.sync.plan import Key
from kamdesk.files.location import store_path
from kamdesk.services.workspace import Workspace
from kamdesk.store import sync_changes, sync_tables

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


def team_rows(laptop: Workspace) -> dict[Key, object]:
    with laptop.transactions.read() as session:
        return {
            key: (row.data, row.deleted) for key, row in sync_tables.read_local(session).items()
        }


def logged(laptop: Workspace) -> set[Key]:
    with laptop.transactions.read() as session:
        return sync_changes.changed(session)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace, Path]]:
    shared = tmp_path / "share" / "team.kamdesk"
    shared.parent.mkdir()
    anna, ben = Workspace.open(tmp_path / "anna"), Workspace.open(tmp_path / "ben")
    account = anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.plan.save_key_figures(account.id, KeyFigures(2025, revenue=Decimal(10)))
    for laptop in (anna, ben, anna):
        laptop.sync.sync(shared)
    yield anna, ben, shared
    anna.close()
    ben.close()


def _edit(anna: Workspace, account: uuid.UUID) -> None:
    fields = anna.accounts.get(account).fields
    anna.accounts.update(account, dataclasses.replace(fields, industry="Chemie"))


def _undo_a_deletion(anna: Workspace, account: uuid.UUID) -> None:
    anna.accounts.delete(account)
    anna.accounts.restore(account)


def _redo_a_deletion(anna: Workspace, account: uuid.UUID) -> None:
    _undo_a_deletion(anna, account)
    anna.accounts.delete(account)


def _import_contacts(anna: Workspace, account: uuid.UUID) -> None:
    preview = anna.stakeholders.preview_import(account, CONTACTS / "google-3.0.vcf")
    anna.stakeholders.import_contacts(account, preview.rows, DuplicatePolicy.MERGE)


def _paste_into_the_plan(anna: Workspace, account: uuid.UUID) -> None:
    unit = anna.penetration.save_unit(account, Unit(uuid.uuid4(), "Werk Nord"))
    offering = anna.penetration.save_offering(Offering(uuid.uuid4(), "Wartung"))
    cells = {(unit.id, offering.id): Cell(CellState.POTENTIAL, Decimal(5000))}
    anna.penetration.set_cells(account, cells)


def _load_demo_data(anna: Workspace, account: uuid.UUID) -> None:
    anna.accounts.delete(account)  # demo data goes only into a store without accounts
    load_demo_data(anna.transactions, accounts=5)


CHANGES: dict[str, Callable[[Workspace, uuid.UUID], None]] = {
    "edit": _edit,
    "undo": _undo_a_deletion,
    "redo": _redo_a_deletion,
    "contact import": _import_contacts,
    "plan paste": _paste_into_the_plan,
    "demo data": _load_demo_data,
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_change_is_logged_and_reaches_a_colleague(
    team: tuple[Workspace, Workspace, Path], change: Callable[[Workspace, uuid.UUID], None]
) -> None:
    anna, ben, shared = team
    assert logged(anna) == set()  # in step with the base after the sync
    before = team_rows(anna)
    change(anna, anna.accounts.find("Müller GmbH").id)
    after = team_rows(anna)
    touched = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    assert logged(anna) and touched <= logged(anna)  # an undo may touch nothing in the end
    anna.sync.sync(shared)
    ben.sync.sync(shared)
    assert team_rows(ben) == team_rows(anna)


def test_a_row_changed_while_the_triggers_were_gone_reaches_the_next_sync(
    team: tuple[Workspace, Workspace, Path],
) -> None:
    """As a batch migration leaves a table: recreated without the triggers, rows rewritten."""
    anna, ben, shared = team
    anna.close()
    with sqlite3.connect(store_path(anna.path.parent)) as connection:
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.execute("UPDATE accounts SET industry = 'Migriert'")
    connection.close()
    with Workspace.open(anna.path.parent) as reopened:
        reopened.sync.sync(shared)
    ben.sync.sync(shared)
    assert ben.accounts.find("Müller GmbH").fields.industry == "Migriert"


def test_a_resolved_conflict_reaches_the_colleague(team: tuple[Workspace, Workspace, Path]) -> None:
    anna, ben, shared = team
    account = anna.accounts.find("Müller GmbH").id
    for laptop, industry in ((anna, "Chemie"), (ben, "Pharma")):
        fields = laptop.accounts.get(account).fields
        laptop.accounts.update(account, dataclasses.replace(fields, industry=industry))
    anna.sync.sync(shared)
    ben.sync.sync(shared)  # the conflict: ben's later value is kept, anna's lost
    (conflict,) = ben.conflicts.open()
    ben.conflicts.resolve(conflict.id, keep_mine=not conflict.kept_mine)  # a change here
    assert Key("accounts", account.hex) in logged(ben)
    ben.sync.sync(shared)
    anna.sync.sync(shared)
    assert team_rows(anna) == team_rows(ben)


def test_a_row_received_from_the_team_and_then_edited_goes_back(
    team: tuple[Workspace, Workspace, Path],
) -> None:
    anna, ben, shared = team
    account = anna.accounts.find("Müller GmbH").id
    _edit(ben, account)
    ben.sync.sync(shared)
    anna.sync.sync(shared)  # received: in step with the base, not logged
    assert logged(anna) == set()
    fields = anna.accounts.get(account).fields
    anna.accounts.update(account, dataclasses.replace(fields, country="Österreich"))
    anna.sync.sync(shared)
    ben.sync.sync(shared)
    assert ben.accounts.get(account).fields.country == "Österreich"
