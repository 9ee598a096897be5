"""Bring a store to the current schema: refuse newer stores, back up before migrating."""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.domain.backups import BackupReason
from kamdesk.domain.errors import StoreCorrupt, StoreTooNew
from kamdesk.store.backups import backup_store
from kamdesk.store.database import read_only, store_engine, translated_errors
from kamdesk.store.revisions import MIGRATIONS_DIR, known_revisions, revision_in

if TYPE_CHECKING:
    from alembic.config import Config


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> "Config":
    from alembic.config import Config  # Alembic only where a schema is made or migrated

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def stored_revision(path: Path) -> str | None:
    """The store's schema revision. kamdesk makes a new store whole before it takes the
    store's name, so an empty file there is a damaged store (a failed copy, a full disk)."""
    if path.stat().st_size == 0:
        raise StoreCorrupt(path, "empty")
    with read_only(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise StoreCorrupt(path, "not a kamdesk store")
            return None
        return revision_in(connection)


def upgrade_store(path: Path) -> MigrationResult:
    current = stored_revision(path) if path.exists() else None
    revisions = known_revisions()
    head = revisions[0]
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and current not in revisions:
        raise StoreTooNew(path, current)
    if current is None:
        _create(path)
        return MigrationResult(None, head, None)
    backup = backup_store(path, BackupReason.MIGRATION, revision=current)
    _migrate(path)
    return MigrationResult(current, head, backup)


def _create(path: Path) -> None:
    """A new store is made beside under another name and takes the store's name whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".new")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)  # of a start that was killed while making it
    _migrate(partial)
    partial.replace(path)


def _migrate(path: Path) -> None:
    from alembic import command

    engine = store_engine(path, foreign_keys=False)  # batch mode copies tables while migrating
    try:
        with translated_errors(path), engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()  # the last connection closing folds the WAL into the file
