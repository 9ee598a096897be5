"""Backups of the store file, made with SQLite's backup API (a consistent copy even while
the store is open and mid-WAL), checked before they count; restoring one writes its pages
into the open store in one transaction, so a crash leaves the store as it was."""

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from kamdesk.domain.backups import Backup, BackupReason, backup_name, read_backup_name
from kamdesk.domain.errors import StoreCorrupt
from kamdesk.store.database import read_only, translated_errors

BACKUP_FOLDER = "backups"
DEVICE_COLUMNS = (  # of sync_device: this install's sync identity, settings and clock
    "id",
    "device_id",
    "team",
    "shared_file",
    "auto_minutes",
    "auto_sync",
    "clock",
    "pushed",
)


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def backup_store(
    path: Path, reason: BackupReason, *, revision: str = "", target: Path | None = None
) -> Path:
    """Copy the store into the backups folder (or to `target`), whole or not at all."""
    if target is None:
        folder = backup_folder(path)
        folder.mkdir(exist_ok=True)
        target = folder / backup_name(path.stem, reason, datetime.now(UTC), revision)
    partial = target.with_name(target.name + ".partial")
    try:
        copy_database(path, partial)
        check_whole(partial, named=path)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def copy_database(source: Path, target: Path) -> None:
    with (
        read_only(source) as reading,
        translated_errors(target),
        closing(sqlite3.connect(target)) as copy,
    ):
        reading.backup(copy)


def backups(path: Path) -> list[Backup]:
    """The backups in the store's folder, newest first; a file the user named there counts
    as theirs, taken when it was last written."""
    folder = backup_folder(path)
    found = folder.glob("*.sqlite3") if folder.is_dir() else []
    listed = [read_backup_name(file) or _named_by_user(file) for file in found]
    return sorted(listed, key=lambda b: b.taken_at, reverse=True)


def _named_by_user(file: Path) -> Backup:
    written = datetime.fromtimestamp(file.stat().st_mtime, UTC)
    return Backup(file, written, BackupReason.MANUAL)


def remove_backups(old: list[Backup]) -> None:
    for backup in old:
        backup.path.unlink(missing_ok=True)


def latest_backup(path: Path) -> Path | None:
    found = backups(path)
    return found[0].path if found else None


def check_whole(path: Path, named: Path | None = None) -> None:
    """SQLite's quick check of the whole file; StoreCorrupt with the first problem, naming
    `named` (the file the user knows) or the file checked."""
    with read_only(path) as connection:
        found = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    if found != ["ok"]:
        raise StoreCorrupt(named or path, found[0])


def put_back(path: Path, backup: Path) -> Path:
    """The store becomes a copy of `backup` (the store is not open: it is damaged); the file
    it was, with its journal, is kept beside under a name that says when it was put aside.
    Returns that name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    partial = path.with_name(path.name + ".new")
    shutil.copyfile(backup, partial)
    for suffix in ("-wal", "-shm"):
        journal = path.with_name(path.name + suffix)
        if journal.exists():
            journal.replace(kept.with_name(kept.name + suffix))
    if path.exists():
        path.replace(kept)
    partial.replace(path)
    return kept


def keep_device(copy: Path, store: Path) -> None:
    """The copy takes the store's sync identity and clock (this laptop's, not the backup's),
    so that the next sync neither replays nor out-stamps what this laptop already shared."""
    with read_only(store) as reading:
        row = reading.execute(f"SELECT {', '.join(DEVICE_COLUMNS)} FROM sync_device").fetchone()
    if row is None:
        return
    with translated_errors(copy), closing(sqlite3.connect(copy)) as writing, writing:
        writing.execute("DELETE FROM sync_device")
        columns, marks = ", ".join(DEVICE_COLUMNS), ", ".join("?" * len(DEVICE_COLUMNS))
        writing.execute(f"INSERT INTO sync_device ({columns}) VALUES ({marks})", row)


def write_over(store: Path, copy: Path) -> None:
    """The open store's pages become the copy's, in one write transaction of the store."""
    with (
        translated_errors(store),
        closing(sqlite3.connect(copy)) as source,
        closing(sqlite3.connect(store, timeout=10)) as target,
    ):
        source.backup(target)
