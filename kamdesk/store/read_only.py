"""A plain sqlite3 connection that never writes to the file, not even its header; without
SQLAlchemy, so that it serves before SQLAlchemy is loaded too."""

import sqlite3
from pathlib import Path


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
