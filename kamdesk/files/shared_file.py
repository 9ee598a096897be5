"""The team's shared file: one SQLite file used as a snapshot, never opened live where it lies
(SQLite's locking is not safe on network drives). Read: copy it locally, check it, read it
whole. Write: build it locally, check it, copy it beside the old one under a unique name, check
the copy, replace the old file atomically (retrying while a sync client holds it) and keep the
previous one as a backup."""

import hashlib
import json
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.domain.errors import (
    FileProblem,
    SharedFileCorrupt,
    SharedFileForeign,
    SharedFileTooNew,
    SharedFileUnreadable,
    SharedFileUnwritable,
)
from kamdesk.domain.people import Person
from kamdesk.domain.sync.plan import Key
from kamdesk.domain.sync.rows import Texts
from kamdesk.files.atomic_file import flush_to_disk, sync_folder
from kamdesk.files.crash_points import crash_point
from kamdesk.files.file_problems import file_problem
from kamdesk.files.location import scratch_folder

APPLICATION_ID = 0x6B616D64  # "kamd"
FORMAT_MAJOR, FORMAT_MINOR = 2, 1  # 2: a row's stamps name a default (1 is still read)
# Minor 1 adds the people: who works on each device (older kamdesks ignore it).
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


def changed_since(path: Path, digest: str) -> bool:
    """Whether the shared file is no longer the one read (someone synced meanwhile)."""
    try:
        return _digest(path) != digest
    except FileNotFoundError:
        return digest != ""


def write_snapshot(
    path: Path,
    snapshot: Snapshot,
    *,
    replaces: str | None = None,
    fence: Callable[[], bool] = lambda: True,
) -> bool:
    """Replace the shared file with the snapshot; a crash at any point leaves either the old
    or the new file whole. Given `replaces` (the digest of the file read, "" for none), only
    that file is replaced, and only while `fence` says this sync still holds the lease: both
    checked the moment before the replace; False when either is no longer so and nothing was
    replaced. A full disk or a write refused is a SharedFileUnwritable."""

    def still_mine() -> bool:
        return (replaces is None or not changed_since(path, replaces)) and fence()

    try:
        return _write(path, snapshot, still_mine)
    except OSError as error:
        raise SharedFileUnwritable(path, file_problem(error)) from error


def _write(path: Path, snapshot: Snapshot, still_mine: Callable[[], bool]) -> bool:
    with tempfile.TemporaryDirectory(dir=scratch_folder()) as folder:
        local = Path(folder) / "snapshot.sqlite3"
        _build(local, snapshot)
        digest = _digest(local)
        _check(local, snapshot.team, path)
        copy = _temporary_beside(path)
        try:
            shutil.copyfile(local, copy)
            flush_to_disk(copy)
            if _digest(copy) != digest:  # the share lost or changed bytes on the way
                raise SharedFileUnwritable(path, FileProblem.IO)
            crash_point("copied")
            if not still_mine():
                return False
            if path.exists():
                _keep_backup(path)
            _replace(copy, path)
            crash_point("replaced")
        finally:
            copy.unlink(missing_ok=True)
    sync_folder(path.parent)
    return True


def read_snapshot(path: Path, team: str | None) -> Snapshot:
    """The whole file, read from a local copy. A file of a newer major format, of another
    team, not whole, or not readable is refused."""
    with tempfile.TemporaryDirectory(dir=scratch_folder()) as folder:
        local = Path(folder) / "shared.sqlite3"
        try:
            shutil.copyfile(path, local)
        except OSError as error:
            raise SharedFileUnreadable(path, file_problem(error)) from error
        digest = _digest(local)
        try:
            meta = _check(local, team, path)
            with closing(sqlite3.connect(local)) as connection:
                found = connection.execute(
                    "SELECT table_name, id, data, stamps, tombstone FROM rows"
                ).fetchall()
            devices = dict(json.loads(meta.get("devices", "{}")))
            people = {
                device: Person(str(name), str(initials))
                for device, (name, initials) in json.loads(meta.get("people", "{}")).items()
            }
        except (sqlite3.DatabaseError, ValueError, TypeError, LookupError) as error:
            raise SharedFileCorrupt(path, _backup_named(path)) from error
    rows = {Key(t, i): Texts(d, s, dead) for t, i, d, s, dead in found}
    if meta.get("rows_sha256") != _rows_digest(rows):  # a flipped bit in a value
        raise SharedFileCorrupt(path, _backup_named(path))
    return Snapshot(meta["team"], rows, devices, people, digest)


def _rows_digest(rows: Mapping[Key, Texts]) -> str:
    """Over every part of every row in key order, each part followed by a zero byte."""
    digest = hashlib.sha256()
    for key in sorted(rows):
        digest.update("\0".join((*key, *rows[key], "")).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def backups(path: Path) -> list[Path]:
    """The previous files kept beside the shared file, newest first."""
    names = [path.name + BACKUP_SUFFIX, *(f"{path.name}{BACKUP_SUFFIX}-{n}" for n in GENERATIONS)]
    return [path.with_name(name) for name in names]


def _backup_named(path: Path) -> str:
    """The last good file, if there is one, for the refusal to name."""
    return next((str(backup) for backup in backups(path) if backup.exists()), "")


def _keep_backup(path: Path) -> None:
    """The file about to be replaced becomes the newest backup; older ones move one place
    down. The copy is written beside and checked first, so a full disk leaves every backup
    as it was."""
    partial = _temporary_beside(path)
    try:
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


def _build(local: Path, snapshot: Snapshot) -> None:
    with closing(sqlite3.connect(local)) as connection, connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {FORMAT_MAJOR}")
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute(
            "CREATE TABLE rows (table_name TEXT, id TEXT, data TEXT, stamps TEXT, "
            "tombstone TEXT, PRIMARY KEY (table_name, id))"
        )
        meta = {
            "format": json.dumps([FORMAT_MAJOR, FORMAT_MINOR]),
            "team": snapshot.team,
            "devices": json.dumps(dict(snapshot.devices), sort_keys=True),
            "people": json.dumps(
                {d: [p.name, p.initials] for d, p in snapshot.people.items()}, sort_keys=True
            ),
            "rows_sha256": _rows_digest(snapshot.rows),
        }
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        connection.executemany(
            "INSERT INTO rows VALUES (?, ?, ?, ?, ?)",
            ((*key, *texts) for key, texts in snapshot.rows.items()),
        )


def _check(local: Path, team: str | None, shown: Path) -> dict[str, str]:
    """Refuse what is not a whole kamdesk shared file of this team, naming the file as the
    user knows it (`shown`, not the local copy); return its meta table."""
    with closing(sqlite3.connect(f"file:{local}?mode=ro", uri=True)) as connection:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise SharedFileCorrupt(shown, _backup_named(shown))
        if [row[0] for row in connection.execute("PRAGMA integrity_check")] != ["ok"]:
            raise SharedFileCorrupt(shown, _backup_named(shown))
        meta = {str(k): str(v) for k, v in connection.execute("SELECT key, value FROM meta")}
    major = int(json.loads(meta.get("format", "[0, 0]"))[0])
    if major > FORMAT_MAJOR:
        raise SharedFileTooNew(shown, str(major))
    meta["team"] = meta.get("team", "")
    if team is not None and meta["team"] != team:
        raise SharedFileForeign(shown, meta["team"])
    return meta


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


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
