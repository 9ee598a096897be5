"""The team's shared file: one SQLite file used as a snapshot, never opened live where it lies
(SQLite's locking is not safe on network drives). Read: copy it locally, check it, read what a
sync needs (`shared_copy`). Write: update the local copy, copy it beside the old one under a
unique name, check the copy's bytes, replace the old file atomically (retrying while a sync
client holds it) and keep the previous one as a backup."""

import os
import shutil
import time
import uuid
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.domain.errors import FileProblem, SharedFileError, SharedFileUnwritable
from kamdesk.domain.people import Person
from kamdesk.domain.sync.plan import Key
from kamdesk.domain.sync.rows import Texts
from kamdesk.files import shared_copy, shared_lock
from kamdesk.files.atomic_file import flush_to_disk, sync_folder
from kamdesk.files.crash_points import crash_point
from kamdesk.files.file_problems import file_problem
from kamdesk.files.shared_copy import FORMAT_MAJOR, SharedCopy
from kamdesk.files.shared_lock import Identity, Relock, Unlock

__all__ = [
    "FORMAT_MAJOR",
    "Snapshot",
    "backups",
    "new",
    "opened",
    "publish",
    "read_snapshot",
    "write_snapshot",
]

REPLACE_ATTEMPTS, REPLACE_PAUSE_S = 10, 0.5
BACKUP_SUFFIX = ".previous"
GENERATIONS = (2, 3)  # ".previous-2", ".previous-3": older backups kept


@dataclass(frozen=True)
class Snapshot:
    team: str
    rows: Mapping[Key, Texts]  # (table, row id): data, stamps, tombstone
    devices: Mapping[str, str] = field(default_factory=dict)  # device: newest stamp it wrote
    people: Mapping[str, Person] = field(default_factory=dict)  # device: who works on it
    digest: str = field(default="", compare=False)  # of the file as read


def _changed_since(path: Path, digest: str, identity: Identity | None = None) -> bool:
    """Whether the shared file is no longer the one read (someone synced meanwhile). The
    bytes are read again only when the file's identity changed."""
    try:
        if identity is not None and Identity.of(path) == identity:
            return False
        return shared_lock.file_digest(path) != digest
    except FileNotFoundError:
        return digest != ""


def publish(copy: SharedCopy, *, fence: Callable[[], bool]) -> bool:
    """Replace the shared file the copy was read from (or take its place, for a new one);
    a crash at any point leaves either the old or the new file whole. Only while the file
    is still the one read and `fence` says this sync still holds the lease, both checked
    the moment before the replace; False when either is no longer so and nothing was
    replaced. A full disk or a write refused is a SharedFileUnwritable."""

    def still_mine() -> bool:
        return not _changed_since(copy.shown, copy.digest, copy.identity) and fence()

    return _published(copy, copy.shown, still_mine)


def write_snapshot(path: Path, snapshot: "Snapshot") -> None:
    """A whole snapshot as the shared file, whatever the file held before."""
    with shared_copy.new(path, snapshot.team) as copy:
        copy.put(snapshot.rows, snapshot.devices, snapshot.people)
        _published(copy, path, lambda: True)


def _published(
    copy: SharedCopy, path: Path, still_mine: Callable[[], bool], *, backed_up: bool = True
) -> bool:
    try:
        return _publish(copy, path, still_mine, backed_up)
    except OSError as error:
        raise SharedFileUnwritable(path, file_problem(error)) from error


def _publish(
    written: SharedCopy, path: Path, still_mine: Callable[[], bool], backed_up: bool
) -> bool:
    copy = _temporary_beside(path)
    try:
        try:
            digest = written.write_to(copy)
            flush_to_disk(copy)
            intact = written.written_in(copy, digest)
        except FileNotFoundError:
            if not still_mine():  # paused past the lease: its new holder swept the copy
                return False
            raise
        if not intact:  # the share lost or changed bytes
            raise SharedFileUnwritable(path, FileProblem.IO)
        crash_point("copied")
        if not still_mine():
            return False
        if backed_up and path.exists():
            _keep_backup(path)
        _replace(copy, path)
        crash_point("replaced")
    finally:
        copy.unlink(missing_ok=True)
    sync_folder(path.parent)
    return True


def opened(
    path: Path, team: str | None, unlock: Unlock | None = None
) -> AbstractContextManager[SharedCopy]:
    """The shared file copied in and checked (see `shared_copy.opened`)."""
    return shared_copy.opened(path, team, _backup_named(path), unlock)


new = shared_copy.new


def read_snapshot(path: Path, team: str | None, unlock: Unlock | None = None) -> Snapshot:
    """The whole file, read from a local copy. A file of a newer major format, of another
    team, not whole, or not readable is refused."""
    with opened(path, team, unlock) as copy:
        rows = copy.all_texts()
        return Snapshot(copy.team, rows, copy.devices, copy.people, copy.digest)


def relock_backups(path: Path, relock: Relock, unlock: Unlock) -> None:
    """The backups kept beside the file written anew as `relock` says, so that a passphrase
    changed (or encryption turned on) leaves nothing readable the old way."""
    for backup in backups(path):
        if not backup.exists():
            continue
        try:
            with shared_copy.opened(backup, None, "", unlock) as copy:
                copy.relock = relock
                copy.put({}, copy.devices, copy.people)  # a write of nothing, sealed anew
                _published(copy, backup, lambda: True, backed_up=False)
        except SharedFileError:
            backup.unlink()  # unreadable already: only the readable the old way would remain


def backups(path: Path) -> list[Path]:
    """The previous files kept beside the shared file, newest first."""
    names = [path.name + BACKUP_SUFFIX, *(f"{path.name}{BACKUP_SUFFIX}-{n}" for n in GENERATIONS)]
    return [path.with_name(name) for name in names]


def _backup_named(path: Path) -> str:
    """The last good file, if there is one, for the refusal to name."""
    return next((str(backup) for backup in backups(path) if backup.exists()), "")


def _keep_backup(path: Path) -> None:
    """The file about to be replaced becomes the newest backup; older ones move one place
    down. The file is linked under a temporary name (no bytes written), or copied and
    flushed where the share has no hard links; either way the older backups move only once
    the new one is whole, so a full disk leaves every backup as it was."""
    partial = _temporary_beside(path)
    try:
        try:
            os.link(path, partial)
        except OSError:  # FAT, some network and cloud drives
            shutil.copyfile(path, partial)
            flush_to_disk(partial)
        kept = backups(path)
        for older, newer in zip(reversed(kept), reversed(kept[:-1]), strict=False):
            if newer.exists():
                newer.replace(older)
        partial.replace(kept[0])
    finally:
        partial.unlink(missing_ok=True)


def _temporary_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")


def remove_stale_temporaries(path: Path) -> None:
    """What a killed sync left beside the shared file; only the lease holder calls this, and
    only the lease holder writes temporaries there."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        stale.unlink(missing_ok=True)


def _replace(source: Path, target: Path) -> None:
    """os.replace, retried while a sync client or virus scanner holds the target; never
    delete-then-rename."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            source.replace(target)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_PAUSE_S)
