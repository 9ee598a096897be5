"""Where the store lives: --data-dir, else $KAMDESK_DATA_DIR, else the user data dir."""

import os
import shutil
import time
from pathlib import Path

import platformdirs

DATA_DIR_VARIABLE = "KAMDESK_DATA_DIR"
STORE_FILE = "kamdesk.sqlite3"
SCRATCH_KEPT_S = 3600.0  # far longer than any sync runs


def resolve_data_dir(explicit: Path | None = None) -> Path:
    if explicit is not None:
        return explicit
    from_environment = os.environ.get(DATA_DIR_VARIABLE)
    if from_environment:
        return Path(from_environment)
    return Path(platformdirs.user_data_dir("kamdesk", appauthor=False))


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILE


def scratch_folder() -> Path:
    """kamdesk's own folder for temporary copies of team data. The system's temp folder is
    shared and seldom emptied: a sync killed there would leave the team's contacts behind."""
    folder = Path(platformdirs.user_cache_dir("kamdesk", appauthor=False)) / "scratch"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sweep_scratch(older_than_s: float = SCRATCH_KEPT_S) -> None:
    """Remove what killed runs left in the scratch folder; a live run's copies are younger."""
    limit = time.time() - older_than_s
    for entry in scratch_folder().iterdir():
        try:
            if entry.lstat().st_mtime >= limit:
                continue
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue  # in use or gone: the next start tries again
