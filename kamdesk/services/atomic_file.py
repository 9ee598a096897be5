"""Writing a file so that a crash, a full disk or a pulled cable leaves the old one whole:
write a temporary file beside it, flush it to disk, then rename it over the old one."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kamdesk.domain.errors import ExportFailed


@contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """Yields the temporary path to write; on success it replaces `path`. Errors of the
    disk become ExportFailed, and the temporary file is removed."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportFailed(path, error.strerror or str(error)) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        temporary.replace(path)
        _sync_folder(path.parent)
    except OSError as error:
        raise ExportFailed(path, error.strerror or str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if os.name == "posix":
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
