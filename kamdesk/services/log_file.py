"""The log: a rotating file in the user's log folder. Lines above debug say what happened,
never customer data; an error is logged by its type and where it was raised, since the
message of a database error holds the statement and its values."""

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

LOG_DIR_VARIABLE = "KAMDESK_LOG_DIR"
DEBUG_VARIABLE = "KAMDESK_DEBUG"  # set to 1: debug lines too, with messages (never by default)
LOG_FILE = "kamdesk.log"
LOG_BYTES, LOGS_KEPT = 1_000_000, 3

log = logging.getLogger("kamdesk")


def log_path() -> Path:
    folder = os.environ.get(LOG_DIR_VARIABLE) or platformdirs.user_log_dir(
        "kamdesk", appauthor=False
    )
    return Path(folder) / LOG_FILE


def debugging() -> bool:
    return os.environ.get(DEBUG_VARIABLE) == "1"


def start_logging() -> Path | None:
    """Log to the file from now on; None where no file can be written (kamdesk runs anyway)."""
    path = log_path()
    if log.handlers:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOGS_KEPT, encoding="utf-8"
        )
    except OSError:
        log.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if debugging() else logging.INFO)
    log.propagate = False
    return path


def where_raised(error: BaseException) -> str:
    """The error's type and the frames it passed, with the errors that caused it: no message."""
    blocks: list[str] = []
    seen: BaseException | None = error
    while seen is not None and len(blocks) < 10:
        frames = traceback.extract_tb(seen.__traceback__)
        lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
        blocks.append("\n".join([f"{type(seen).__module__}.{type(seen).__qualname__}", *lines]))
        seen = seen.__cause__ or seen.__context__
    return "\ncaused by ".join(blocks)


def log_unexpected(error: BaseException) -> None:
    log.error("unexpected error: %s", where_raised(error))
    log.debug("unexpected error in full", exc_info=error)
