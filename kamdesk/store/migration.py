"""Bring a store to the current schema: refuse newer stores, back up before migrating."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from kamdesk.domain.errors import StoreCorrupt, StoreTooNew
from kamdesk.store.database import read_only, store_engine, translated_errors

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 10


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """Every revision this kamdesk knows, newest first."""
    script = ScriptDirectory.from_config(_config())
    return [revision.revision for revision in script.walk_revisions()]


def stored_revision(path: Path) -> str | None:
    """The store's schema revision; None for a new, empty file."""
    with read_only(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise StoreCorrupt(path, "not a kamdesk store")
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def upgrade_store(path: Path) -> MigrationResult:
    current = stored_revision(path) if path.exists() else None
    revisions = known_revisions()
    head = revisions[0]
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and current not in revisions:
        raise StoreTooNew(path, current)
    backup = backup_store(path, current) if current is not None else None
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = store_engine(path, foreign_keys=False)  # batch mode copies tables while migrating
    try:
        with translated_errors(path), engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    return MigrationResult(current, head, backup)


def backup_store(path: Path, revision: str) -> Path:
    """Copy the store with SQLite's backup API (consistent even mid-WAL); keep the newest ten."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-rev{revision}.sqlite3"
    partial = target.with_suffix(".partial")
    with read_only(path) as source, closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
    partial.replace(target)
    for old in sorted(folder.glob(f"{path.stem}-*.sqlite3"))[:-BACKUPS_KEPT]:
        old.unlink()
    return target
