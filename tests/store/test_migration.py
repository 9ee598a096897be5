"""Stores of every released revision upgrade with their data; newer stores are refused."""

import dataclasses
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.account import AccountFields
from kamdesk.domain.backups import KEPT_BY_COUNT, BackupReason
from kamdesk.domain.errors import StoreCorrupt, StoreTooNew
from kamdesk.files.location import store_path
from kamdesk.services.store_opening import check_store, restore_latest_backup
from kamdesk.services.workspace import Workspace
from kamdesk.store import models, sync_models  # noqa: F401 - they put their tables on Base
from kamdesk.store.backups import backup_store
from kamdesk.store.base import Base
from kamdesk.store.database import store_engine
from kamdesk.store.migration import alembic_config
from kamdesk.store.revisions import known_revisions

DATA = Path(__file__).parent.parent / "data"
HEAD = known_revisions()[0]
RELEASED_STORES = sorted(DATA.glob("store-rev*.sqlite3"))


def _copy_fixture(fixture: Path, data_dir: Path) -> Path:
    data_dir.mkdir()
    return Path(shutil.copy(fixture, store_path(data_dir)))


def test_a_new_store_is_created_at_head(data_dir: Path) -> None:
    with Workspace.open(data_dir) as workspace:
        assert workspace.migration.to_revision == HEAD
        assert workspace.migration.backup is None
    assert check_store(data_dir).ok


def test_every_released_revision_has_a_committed_store() -> None:
    revisions = {path.stem.removeprefix("store-rev") for path in RELEASED_STORES}
    assert revisions == set(known_revisions()) - {HEAD}


@pytest.mark.parametrize("fixture", RELEASED_STORES, ids=lambda p: p.stem)
def test_old_store_upgrades_with_data_intact_and_a_backup(fixture: Path, data_dir: Path) -> None:
    _copy_fixture(fixture, data_dir)
    with Workspace.open(data_dir) as workspace:
        migration = workspace.migration
        account = workspace.accounts.find("Müller Maschinenbau GmbH")
        trashed = workspace.accounts.all(deleted=True)
    assert migration.to_revision == HEAD and migration.from_revision != HEAD
    assert account.id == uuid.UUID("3f1c6a0e-8b7d-4c2e-9f5a-1b2c3d4e5f60")
    assert account.fields.address == "Industriestraße 5\n80331 München"
    assert [a.fields.name for a in trashed] == ["Großhandel Süß AG"]
    assert migration.backup is not None
    assert _same_rows(migration.backup, fixture)
    assert check_store(data_dir).ok


def _same_rows(first: Path, second: Path) -> bool:
    def dump(path: Path) -> list[str]:
        with sqlite3.connect(path) as connection:
            return list(connection.iterdump())

    return dump(first) == dump(second)


def test_a_store_from_a_newer_kamdesk_is_refused_and_untouched(data_dir: Path) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts  # noqa: B018 - a store at head exists
    path = store_path(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StoreTooNew) as caught:
        Workspace.open(data_dir)
    assert caught.value.detail == "9999_from_the_future"
    assert path.read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = store_path(data_dir)
    path.write_bytes(b"This is a shopping list, not a database." * 100)
    before = path.read_bytes()
    with pytest.raises(StoreCorrupt):
        Workspace.open(data_dir)
    assert path.read_bytes() == before


def test_a_foreign_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    with sqlite3.connect(store_path(data_dir)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    with pytest.raises(StoreCorrupt):
        Workspace.open(data_dir)


def test_a_migration_keeps_only_the_newest_backups_before_migrations(data_dir: Path) -> None:
    path = _copy_fixture(RELEASED_STORES[0], data_dir)
    kept = KEPT_BY_COUNT[BackupReason.MIGRATION]
    made = [backup_store(path, BackupReason.MIGRATION, revision="0001") for _ in range(kept)]
    manual = backup_store(path, BackupReason.MANUAL)
    Workspace.open(data_dir).close()
    left = sorted((data_dir / "backups").iterdir())
    assert made[0] not in left and made[1:] == left[: kept - 1]
    assert manual in left and len(left) == kept + 1


def test_the_models_match_the_migrations(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    engine = store_engine(store_path(data_dir))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_an_empty_store_file_is_refused_as_damaged_and_left_as_it_is(data_dir: Path) -> None:
    data_dir.mkdir()
    store_path(data_dir).write_bytes(b"")
    with pytest.raises(StoreCorrupt):
        Workspace.open(data_dir)
    assert store_path(data_dir).read_bytes() == b""


def test_a_new_store_takes_its_name_only_when_it_is_whole(data_dir: Path) -> None:
    data_dir.mkdir()
    leftover = store_path(data_dir).with_name("kamdesk.sqlite3.new")
    leftover.write_bytes(b"half made by a start that was killed")
    Workspace.open(data_dir).close()
    assert sorted(p.name for p in data_dir.iterdir()) == ["kamdesk.sqlite3"]


def _damaged_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 5 * page] = bytes(range(256)) * (2 * page // 256)
    path.write_bytes(bytes(data))


def test_a_store_with_damaged_pages_is_refused_before_anything_writes(data_dir: Path) -> None:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 30, seed=2)
    _damaged_pages(store_path(data_dir))
    before = store_path(data_dir).read_bytes()
    with pytest.raises(StoreCorrupt):
        Workspace.open(data_dir, refuse_damaged=True)
    assert store_path(data_dir).read_bytes() == before


def test_the_latest_backup_takes_a_damaged_stores_place_which_is_kept(data_dir: Path) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    backup_store(store_path(data_dir), BackupReason.MANUAL)
    damaged = b"This is no longer a database." * 100
    store_path(data_dir).write_bytes(damaged)
    kept = restore_latest_backup(data_dir)
    assert kept.read_bytes() == damaged
    with Workspace.open(data_dir, refuse_damaged=True) as workspace:
        assert [a.fields.name for a in workspace.accounts.all()] == ["Müller GmbH"]


def test_the_migration_files_are_named_by_alembic_s_revisions() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == [revision.revision for revision in script.walk_revisions()]


@pytest.mark.parametrize("fixture", RELEASED_STORES, ids=lambda p: p.stem)
def test_a_store_migrated_from_a_released_revision_syncs(
    fixture: Path, data_dir: Path, tmp_path: Path
) -> None:
    _copy_fixture(fixture, data_dir)
    shared = tmp_path / "share" / "team.kamdesk"
    shared.parent.mkdir()
    with Workspace.open(data_dir) as old, Workspace.open(tmp_path / "colleague") as colleague:
        old.sync.sync(shared)
        colleague.sync.sync(shared)
        account = colleague.accounts.find("Müller Maschinenbau GmbH")
        assert account.fields.address == "Industriestraße 5\n80331 München"
        fields = dataclasses.replace(account.fields, industry="Maschinenbau")
        colleague.accounts.update(account.id, fields)
        colleague.sync.sync(shared)
        old.sync.sync(shared)
        assert old.accounts.get(account.id).fields.industry == "Maschinenbau"
