"""Back up and restore the user's store: a backup made on demand (to the backups folder or a
file the user names), one a day, and the list of them all; a restore backs up the store as it
is first, upgrades an older backup, and keeps this laptop's sync identity and clock.

What a restore means for the team (see README): the store goes back to the backup's state on
this laptop only. The next sync brings in what the team changed since (their rows, their
deletions) and what this laptop shared after the backup was taken; only changes made here and
never synced are gone, and they are in the backup taken just before the restore."""

import shutil
from datetime import datetime
from pathlib import Path

from kamdesk.domain.backups import Backup, BackupReason, daily_due, to_remove
from kamdesk.domain.errors import StoreCorrupt, StoreTooNew
from kamdesk.store.backups import (
    backup_store,
    backups,
    check_whole,
    copy_database,
    keep_device,
    remove_backups,
    write_over,
)
from kamdesk.store.migration import stored_revision, upgrade_store
from kamdesk.store.revisions import known_revisions

RESTORING = "restoring"  # the folder beside the store where a backup is readied


class BackupService:
    def __init__(self, path: Path) -> None:
        self._path = path  # the store's file

    def back_up(self, target: Path | None = None) -> Path:
        """A backup now, in the backups folder or at `target`."""
        return backup_store(self._path, BackupReason.MANUAL, target=target)

    def daily(self, now: datetime, daily_days: int) -> Path | None:
        """The day's backup if none was taken today; then the ones past retention go."""
        made = None
        if daily_days > 0 and daily_due(backups(self._path), now):
            made = backup_store(self._path, BackupReason.DAILY)
        remove_backups(to_remove(backups(self._path), now, daily_days))
        return made

    def listed(self) -> list[Backup]:
        """Every backup in the backups folder, newest first."""
        return backups(self._path)

    def restore(self, backup: Path) -> Path:
        """The store becomes the backup (upgraded if older); returns the backup of the store
        as it was. A backup that is damaged, no store or from a newer kamdesk is refused
        before anything changes."""
        # Checked here, not only by the upgrade below, so that the error names the backup.
        revision = stored_revision(backup)
        if revision is None:
            raise StoreCorrupt(backup, "empty store")
        if revision not in known_revisions():
            raise StoreTooNew(backup, revision)
        readied = self._path.parent / RESTORING / self._path.name
        shutil.rmtree(readied.parent, ignore_errors=True)
        readied.parent.mkdir()
        try:
            copy_database(backup, readied)
            check_whole(readied, named=backup)
            upgrade_store(readied)
            keep_device(readied, self._path)
            before = backup_store(self._path, BackupReason.RESTORE)
            write_over(self._path, readied)
        finally:
            shutil.rmtree(readied.parent, ignore_errors=True)
        return before
