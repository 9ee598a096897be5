"""Demo data is marked where it was loaded, and only it goes with Remove demo data."""

from pathlib import Path

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.account import AccountFields
from kamdesk.services.workspace import Workspace


def test_removing_demo_data_keeps_the_users_own_accounts(workspace: Workspace) -> None:
    load_demo_data(workspace.transactions, 15, seed=2)
    own = workspace.accounts.create(AccountFields(name="Meine Firma GmbH"))
    assert workspace.accounts.demo_count() == 15
    removed = workspace.accounts.remove_demo()
    assert [a.id for a in workspace.accounts.all()] == [own.id]
    assert len(removed) == 15 and workspace.accounts.demo_count() == 0
    workspace.accounts.restore_demo(removed)
    assert len(workspace.accounts.all()) == 16


def test_the_demo_mark_stays_on_the_laptop_that_loaded_it(tmp_path: Path, shared: Path) -> None:
    with Workspace.open(tmp_path / "anna") as anna, Workspace.open(tmp_path / "ben") as ben:
        load_demo_data(anna.transactions, 5, seed=2)
        anna.sync.sync(shared)
        ben.sync.sync(shared)
        assert ben.accounts.demo_count() == 0 and len(ben.accounts.all()) == 5
        anna.accounts.remove_demo()
        anna.sync.sync(shared)
        ben.sync.sync(shared)
        assert ben.accounts.all() == []  # the removal travels as deletions
