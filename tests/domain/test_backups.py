"""What a backup's name says, which backups are kept, when the daily one is due."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kamdesk.domain.backups import (
    KEPT_BY_COUNT,
    Backup,
    BackupReason,
    backup_name,
    daily_due,
    read_backup_name,
    to_remove,
)

NOW = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)


def test_a_name_says_when_and_why() -> None:
    name = backup_name("kamdesk", BackupReason.MIGRATION, NOW, "0012")
    assert name == "kamdesk-20261202T101500000000Z-rev0012.sqlite3"
    assert read_backup_name(Path(name)) == Backup(Path(name), NOW, BackupReason.MIGRATION, "0012")


def test_a_file_kamdesk_did_not_name_is_no_backup() -> None:
    assert read_backup_name(Path("kamdesk-copy.sqlite3")) is None
    assert read_backup_name(Path("kamdesk-20261202T101500000000Z-other.sqlite3")) is None


def test_backups_before_migrations_keep_the_newest_ten_and_manual_ones_all() -> None:
    made = [
        Backup(Path(f"{n}"), NOW - timedelta(hours=n), reason)
        for n in range(15)
        for reason in (BackupReason.MIGRATION, BackupReason.MANUAL)
    ]
    removed = to_remove(made, NOW, daily_days=None)
    kept = KEPT_BY_COUNT[BackupReason.MIGRATION]
    assert {b.taken_at for b in removed} == {NOW - timedelta(hours=n) for n in range(kept, 15)}
    assert {b.reason for b in removed} == {BackupReason.MIGRATION}


def test_the_daily_backup_is_due_once_a_local_day() -> None:
    yesterday = Backup(Path("a"), NOW - timedelta(days=1), BackupReason.DAILY)
    assert daily_due([yesterday], NOW)
    assert not daily_due([yesterday, Backup(Path("b"), NOW, BackupReason.MANUAL)], NOW)
