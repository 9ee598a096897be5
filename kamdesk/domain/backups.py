"""The store's backups: why each was taken (its name says so), and which of them are kept.
Backups before a migration and before a restore keep the newest ten; daily ones as many days
as the user chose; the ones the user made are theirs and never removed."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path


class BackupReason(StrEnum):
    MIGRATION = "rev"  # before the schema was upgraded; the name says from which revision
    DAILY = "daily"
    MANUAL = "manual"  # File › Back up…, `kamdesk backup`
    RESTORE = "restore"  # the store as it was before a backup was restored over it


KEPT_BY_COUNT = {BackupReason.MIGRATION: 10, BackupReason.RESTORE: 10}
DAILY_DAYS_DEFAULT = 14
DAILY_DAYS_MAX = 365
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z]+)(?P<rev>\w*)$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: BackupReason
    revision: str = ""  # of a backup before a migration


def backup_name(stem: str, reason: BackupReason, now: datetime, revision: str = "") -> str:
    """Names sort by the moment they were taken: "kamdesk-20261202T101500123456Z-daily"."""
    return f"{stem}-{now.astimezone(UTC):%Y%m%dT%H%M%S%f}Z-{reason.value}{revision}.sqlite3"


def read_backup_name(path: Path) -> Backup | None:
    """The backup a file's name describes; None for a file kamdesk did not name."""
    found = _NAME.match(path.stem)
    if found is None or found["reason"] not in BackupReason._value2member_map_:
        return None
    taken = datetime.strptime(found["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    return Backup(path, taken, BackupReason(found["reason"]), found["rev"])


def to_remove(backups: list[Backup], now: datetime, daily_days: int | None) -> list[Backup]:
    """The backups past their retention; `backups` in any order; daily ones only where the
    user's number of days is given."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    removed = []
    for reason, kept in KEPT_BY_COUNT.items():
        removed += [b for b in newest_first if b.reason is reason][kept:]
    if daily_days is not None:
        oldest = now - timedelta(days=daily_days)
        removed += [
            b for b in newest_first if b.reason is BackupReason.DAILY and b.taken_at < oldest
        ]
    return removed


def daily_due(backups: list[Backup], now: datetime) -> bool:
    """No backup of any kind was taken since local midnight."""
    midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    return all(b.taken_at < midnight for b in backups)
