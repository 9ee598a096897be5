"""Backing up and restoring the store: a round trip, an older backup upgraded, bad backups
refused with the store untouched, the daily backup and its retention, and what a restore
does to the team's rows at the next sync."""

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.backups import BackupReason, backup_name
from kamdesk.domain.errors import StoreCorrupt, StoreTooNew
from kamdesk.files.location import store_path
from kamdesk.services.workspace import Workspace
from kamdesk.store.revisions import known_revisions

DATA = Path(__file__).parent.parent / "data"
DAY = timedelta(days=1)


def names(workspace: Workspace) -> list[str]:
    return sorted(a.fields.name for a in workspace.accounts.all())


def test_a_restore_brings_back_the_store_as_it_was_backed_up(workspace: Workspace) -> None:
    kept = workspace.accounts.create(AccountFields(name="Müller GmbH"))
    backup = workspace.backups.back_up()
    workspace.accounts.create(AccountFields(name="Bäckerei Süß"))
    workspace.accounts.delete(kept.id)
    before = workspace.backups.restore(backup)
    assert names(workspace) == ["Müller GmbH"]
    assert before.name.endswith("-restore.sqlite3")
    workspace.backups.restore(before)  # and back again: nothing typed is lost
    assert names(workspace) == ["Bäckerei Süß"]


def test_a_backup_goes_where_the_user_says(workspace: Workspace, tmp_path: Path) -> None:
    workspace.accounts.create(AccountFields(name="Müller GmbH"))
    (tmp_path / "usb").mkdir()
    target = workspace.backups.back_up(tmp_path / "usb" / "kamdesk-2026-12-02.sqlite3")
    assert target.exists() and not list(target.parent.glob("*.partial"))


def test_a_backup_from_before_a_migration_is_upgraded_on_restore(workspace: Workspace) -> None:
    workspace.accounts.create(AccountFields(name="Neu GmbH"))
    workspace.backups.restore(DATA / "store-rev0012.sqlite3")
    assert names(workspace)  # the fixture's accounts
    assert "Neu GmbH" not in names(workspace)
    workspace.accounts.create(AccountFields(name="Nach dem Restore", customer_number="1"))
    assert workspace.accounts.find("Nach dem Restore").fields.customer_number == "1"


def test_a_damaged_backup_is_refused_and_the_store_left_alone(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.accounts.create(AccountFields(name="Müller GmbH"))
    damaged = tmp_path / "kaputt.sqlite3"
    damaged.write_bytes(b"no database at all" * 1000)
    with pytest.raises(StoreCorrupt) as refused:
        workspace.backups.restore(damaged)
    assert refused.value.path == damaged
    assert names(workspace) == ["Müller GmbH"]
    assert not (workspace.data_dir / "restoring").exists()


def test_a_backup_of_a_newer_kamdesk_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    newer = shutil.copy(workspace.backups.back_up(), tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(StoreTooNew):
        workspace.backups.restore(Path(newer))


def test_a_restore_keeps_this_laptops_sync_identity_and_clock(
    workspace: Workspace, shared: Path
) -> None:
    backup = workspace.backups.back_up()
    workspace.accounts.create(AccountFields(name="Müller GmbH"))
    workspace.sync.sync(shared)
    device = _device(workspace)
    workspace.backups.restore(backup)
    assert _device(workspace) == device and device[1]


def _device(workspace: Workspace) -> tuple[str, str, str]:
    connection = sqlite3.connect(store_path(workspace.data_dir))
    try:
        query = "SELECT device_id, clock, shared_file FROM sync_device"
        return connection.execute(query).fetchone()  # type: ignore[no-any-return]
    finally:
        connection.close()


def test_after_a_restore_the_next_sync_brings_the_teams_rows_and_deletions(
    tmp_path: Path, shared: Path
) -> None:
    with Workspace.open(tmp_path / "anna") as anna, Workspace.open(tmp_path / "ben") as ben:
        gone = anna.accounts.create(AccountFields(name="Alt AG")).id
        anna.sync.sync(shared)
        ben.sync.sync(shared)
        backup = anna.backups.back_up()
        ben.accounts.delete(gone)  # the team deletes a row the backup holds
        ben.accounts.create(AccountFields(name="Neu GmbH"))
        anna.accounts.create(AccountFields(name="Geteilt KG"))  # shared after the backup
        anna.sync.sync(shared)
        ben.sync.sync(shared)
        anna.accounts.create(AccountFields(name="Nie geteilt"))  # never synced
        anna.backups.restore(backup)
        anna.sync.sync(shared)
        ben.sync.sync(shared)
        assert names(anna) == names(ben) == ["Geteilt KG", "Neu GmbH"]


def test_the_daily_backup_is_made_once_a_day(workspace: Workspace) -> None:
    now = datetime.now(UTC)
    first = workspace.backups.daily(now, daily_days=14)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert workspace.backups.daily(now, daily_days=14) is None
    assert workspace.backups.daily(now, daily_days=0) is None  # the user turned it off


def test_daily_backups_older_than_the_retention_go(workspace: Workspace) -> None:
    folder = workspace.data_dir / "backups"
    folder.mkdir()
    now = datetime.now(UTC)
    for days in (3, 20):
        when = now - timedelta(days=days)
        for reason in (BackupReason.DAILY, BackupReason.MANUAL):
            shutil.copy(
                store_path(workspace.data_dir), folder / backup_name("kamdesk", reason, when)
            )
    workspace.backups.daily(now, daily_days=14)
    left = sorted((round((now - b.taken_at) / DAY), b.reason) for b in workspace.backups.listed())
    assert left == [
        (0, BackupReason.DAILY),
        (3, BackupReason.DAILY),
        (3, BackupReason.MANUAL),
        (20, BackupReason.MANUAL),
    ]


def test_the_list_names_the_revision_of_a_backup_before_a_migration(data_dir: Path) -> None:
    data_dir.mkdir()
    shutil.copy(DATA / "store-rev0012.sqlite3", store_path(data_dir))
    with Workspace.open(data_dir) as workspace:
        (backup,) = workspace.backups.listed()
    assert (backup.reason, backup.revision) == (BackupReason.MIGRATION, "0012")
    assert known_revisions()[0] != "0012"
