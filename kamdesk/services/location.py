"""Where the store lives: --data-dir, else $KAMDESK_DATA_DIR, else the user data dir."""

import os
from pathlib import Path

import platformdirs

DATA_DIR_VARIABLE = "KAMDESK_DATA_DIR"
STORE_FILE = "kamdesk.sqlite3"


def resolve_data_dir(explicit: Path | None = None) -> Path:
    if explicit is not None:
        return explicit
    from_environment = os.environ.get(DATA_DIR_VARIABLE)
    if from_environment:
        return Path(from_environment)
    return Path(platformdirs.user_data_dir("kamdesk", appauthor=False))


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILE
