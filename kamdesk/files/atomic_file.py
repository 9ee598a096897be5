"""Writing a file so that a crash, a full disk or a pulled cable leaves the old one whole:
write a temporary file beside it, flush it to disk, then rename it over the old one."""

import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kamdesk.domain.errors import ExportFailed

_UMASK_GUARD = threading.Lock()


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
        temporary.chmod(_mode_for(path))  # mkstemp's 0600 is for secrets, not for exports
        yield temporary
        flush_to_disk(temporary)
        temporary.replace(path)
        sync_folder(path.parent)
    except OSError as error:
        raise ExportFailed(path, error.strerror or str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)


def _mode_for(path: Path) -> int:
    """The mode the file has now, or a new file's mode under the user's umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """Read without changing it where the system tells it (Linux); elsewhere set and reset."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    with _UMASK_GUARD:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def flush_to_disk(path: Path) -> None:
    """Everything written to the file is on the disk, not in a cache, when this returns."""
    with path.open("rb+") as written:
        os.fsync(written.fileno())


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if os.name == "posix":
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
