"""The store schema's revisions this kamdesk knows, without Alembic or SQLAlchemy: opening a
store at the head, or reading its list at start, never loads them."""

import sqlite3
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def known_revisions() -> list[str]:
    """Every revision this kamdesk knows, newest first. Each migration's file is named by its
    revision (a test holds the names to Alembic's own chain)."""
    files = (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")
    return sorted((file.name.partition("_")[0] for file in files), reverse=True)


def revision_in(connection: sqlite3.Connection) -> str | None:
    """The schema revision a store's connection holds (its `alembic_version` table)."""
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])
