"""Opening the user's store, a step of its own before any service works on it: a damaged file
is refused before anything writes to it, an older schema is migrated (backup first), a newer
one refused. Also the store-file chores around it: its health, its latest backup."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from kamdesk.domain.backups import to_remove
from kamdesk.domain.errors import StoreMissing
from kamdesk.files.location import store_path
from kamdesk.store.backups import backups, check_whole, latest_backup, put_back, remove_backups
from kamdesk.store.database import integrity_problems, store_engine
from kamdesk.store.migration import MigrationResult, stored_revision, upgrade_store
from kamdesk.store.revisions import known_revisions


@dataclass(frozen=True)
class OpenedStore:
    data_dir: Path
    path: Path
    engine: Engine
    migration: MigrationResult


def open_store(data_dir: Path, *, refuse_damaged: bool = False) -> OpenedStore:
    """The store at the current schema. `refuse_damaged` reads the whole file first, as the
    window does, so that a damaged store is offered its backup before a migration or a
    review writes to it."""
    path = store_path(data_dir)
    if refuse_damaged and path.exists():
        check_whole(path)
    migration = upgrade_store(path)
    if migration.backup is not None:  # the oldest backups before migrations go
        remove_backups(to_remove(backups(path), datetime.now(UTC), daily_days=None))
    return OpenedStore(data_dir, path, store_engine(path), migration)


@dataclass(frozen=True)
class HealthReport:
    path: Path
    revision: str | None
    head: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


def check_store(data_dir: Path) -> HealthReport:
    """Integrity and schema state of a store, read without changing it."""
    path = store_path(data_dir)
    head = known_revisions()[0]
    if not path.exists():
        raise StoreMissing(path)
    return HealthReport(path, stored_revision(path), head, integrity_problems(path))


def latest_backup_of(data_dir: Path) -> Path | None:
    return latest_backup(store_path(data_dir))


def restore_latest_backup(data_dir: Path) -> Path:
    """The store as its latest backup; returns where the damaged file was kept."""
    path = store_path(data_dir)
    backup = latest_backup(path)
    if backup is None:
        raise StoreMissing(path.parent / "backups")
    return put_back(path, backup)
