"""Team sync (SPEC §8): this store merged with the team's shared file and back. The shared
file is read whole from a local copy, merged in memory, written beside itself and swapped in
only if nobody changed it meanwhile; the store takes the result in one transaction."""

import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from kamdesk.domain.errors import (
    ClockAhead,
    KamdeskError,
    SharedFileBusy,
    SharedFileCorrupt,
    SharedFileMissing,
    SharedFileUnwritable,
    SyncNotSet,
    TeamServerBusy,
)
from kamdesk.domain.people import Person
from kamdesk.domain.sync.team_server import Head, TeamPlace, TeamServer, place_named
from kamdesk.files import conflicted_copies, file_envelope, shared_file
from kamdesk.files.file_problems import file_problem
from kamdesk.files.shared_file import remove_stale_temporaries
from kamdesk.files.shared_lock import Relock
from kamdesk.files.sync_lease import HeldLease
from kamdesk.services.sync_merge import TeamMerge
from kamdesk.services.sync_report import (
    LogEntry,
    SyncProgress,
    SyncReport,
    SyncSettings,
    SyncStep,
)
from kamdesk.services.team_keys import TeamKeys
from kamdesk.services.team_server import ServerLink, ServerPasswords, check_server, mirror_of
from kamdesk.services.transactions import Transactions
from kamdesk.store import sync_records, sync_tables
from kamdesk.store.sync_models import SyncLogRow
from kamdesk.store.sync_records import new_device_id

ATTEMPTS = 5  # merges started over because the file or the store changed meanwhile
CLOCK_AHEAD_MS = 3_600_000  # this far ahead of the file server's clock, a device may not sync
RETRY_PAUSE_S = 0.2  # at most, times the attempt: laptops that lost a race to the server


def _unwatched(_step: SyncStep, _rows: int) -> None:
    """Progress nobody watches (scripts, tests)."""


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class SyncService:
    def __init__(self, transactions: Transactions, now_ms: Callable[[], int] = _now_ms) -> None:
        self._tx = transactions
        self._now_ms = now_ms
        self._relations = sync_tables.relations()
        self._merge = TeamMerge(transactions, now_ms, self._relations)
        self.keys = TeamKeys()
        self.passwords = ServerPasswords()

    # Settings -----------------------------------------------------------------------------

    def settings(self) -> SyncSettings:
        with self._tx.read() as session:
            row = sync_records.device(session)
            place = place_named(row.shared_file) if row.shared_file else None
            return SyncSettings(place, row.auto_sync, row.auto_minutes)

    def set_settings(self, settings: SyncSettings, *, join_team: bool = False) -> None:
        """`join_team`: the chosen file may belong to another team (whose team this store
        then joins); otherwise a file of another team is refused at the next sync."""
        with self._tx.write() as session:
            row = sync_records.device(session)
            row.shared_file = _named(settings.shared_file) if settings.shared_file else ""
            row.auto_sync, row.auto_minutes = settings.auto_sync, settings.auto_minutes
            if join_team:
                row.team = ""

    def encrypted(self, path: Path) -> bool | None:
        """Whether the team's file at `path` is encrypted; None where none can be read."""
        try:
            return file_envelope.is_encrypted(path)
        except OSError:
            return None

    def check_server(self, server: TeamServer) -> Head:
        """Whether the team server is ready, asked with its known password if none is given."""
        return check_server(self.passwords.given(server))

    def log(self) -> list[LogEntry]:
        with self._tx.read() as session:
            return [
                LogEntry(
                    r.at.timestamp(),
                    r.shared_file,
                    r.refused,
                    r.went_out,
                    r.came_in,
                    r.conflicts,
                    json.loads(r.detail) if r.detail.startswith("{") else {"reason": r.detail},
                    tuple(Person(n, i) for n, i in json.loads(r.came_from or "[]")),
                )
                for r in sync_records.log(session)
            ]

    # Sync ---------------------------------------------------------------------------------

    def sync(
        self,
        place: TeamPlace | None = None,
        progress: SyncProgress = _unwatched,
        relock: Relock | None = None,
    ) -> SyncReport:
        """Merge with the team's shared file or server (the configured one unless `place` is
        given, which then becomes the configured one); a file written from now on as
        `relock` says if given (the backups too). Refusals raise a SharedFileError or a
        TeamServerError and are logged."""
        place = self._chosen(place)
        try:
            if isinstance(place, TeamServer):
                report = self._on_server(place, progress)
            else:
                report = self._on_share(place, progress, relock)
        except KamdeskError as error:  # the team's refusals, and a busy or full store
            self._log(place, refused=type(error).__name__, detail=str(error))
            raise
        return report

    def encrypt(
        self, path: Path | None, passphrase: str, progress: SyncProgress = _unwatched
    ) -> SyncReport:
        """Encrypt the team's file (or change its passphrase), in a sync; colleagues are
        asked for the new passphrase at their next sync."""
        chosen = self._chosen_file(path)
        return self.sync(chosen, progress, self.keys.relock(chosen, passphrase))

    def decrypt(self, path: Path | None, progress: SyncProgress = _unwatched) -> SyncReport:
        """Write the team's file (and its backups) unencrypted again, in a sync."""
        return self.sync(self._chosen_file(path), progress, Relock())

    def _chosen_file(self, path: Path | None) -> Path:
        """`path`, else the configured shared file (a server is kept safe by its own means,
        not by the team passphrase)."""
        chosen = self._chosen(path)
        if isinstance(chosen, TeamServer):
            raise SyncNotSet(Path())
        return chosen

    def _chosen(self, place: TeamPlace | None) -> TeamPlace:
        """`place`, else the configured shared file or server."""
        chosen = place or self.settings().shared_file
        if chosen is None:
            raise SyncNotSet(Path())
        return chosen

    def _on_share(self, path: Path, progress: SyncProgress, relock: Relock | None) -> SyncReport:
        """The share's own failures (read-only, gone offline, no permission) at the lease,
        the probe or a leftover's removal are refusals too, never a traceback."""
        try:
            return self._leased(path, progress, relock)
        except OSError as error:
            raise SharedFileUnwritable(path, file_problem(error)) from error

    def _leased(self, path: Path, progress: SyncProgress, relock: Relock | None) -> SyncReport:
        if not path.parent.is_dir():
            raise SharedFileMissing(path.parent)
        with self._tx.read() as session:
            device = sync_records.device(session).device_id
        lease = HeldLease(path.with_name(path.name + ".lock"), device, self._tx.user())
        try:
            ahead_ms = self._now_ms() - lease.server_now_ms
            if ahead_ms > CLOCK_AHEAD_MS:  # its changes would be dated in the team's future
                raise ClockAhead(path, str(ahead_ms // 3_600_000))
            remove_stale_temporaries(path)

            def step(reached: SyncStep, rows: int) -> None:
                lease.renew()
                progress(reached, rows)

            for _ in range(ATTEMPTS):
                report = self._attempt(path, step, lease, relock)
                if report is not None:
                    if relock is not None:
                        shared_file.relock_backups(path, relock, self.keys.key_for)
                    return report
                lease.keep()
            raise SharedFileBusy(path, "")
        finally:
            lease.release()

    def _attempt(
        self, path: Path, progress: SyncProgress, lease: HeldLease, relock: Relock | None
    ) -> SyncReport | None:
        """One read-merge-write-save; None when the file or the store changed meanwhile."""
        progress(SyncStep.READING, 0)
        with self._tx.read() as session:
            device = sync_records.device(session)
            team, configured = device.team, device.shared_file
        created = not path.exists()
        if created and configured == str(path) and team:
            # Synced with this file before (pushed or only pulled): an unmounted share or a
            # deleted file is not an empty team. Choosing the file again starts it anew.
            raise SharedFileMissing(path)
        opening = (
            shared_file.new(path, team or new_device_id(), relock or self.keys.for_new_file(path))
            if created
            else shared_file.opened(path, team or None, self.keys.key_for)
        )
        with opening as copy:
            copy.relock = relock or copy.relock
            copies = conflicted_copies.readable(path, copy.team, self.keys.key_for)
            return self._merge.merged(
                copy,
                str(path),
                copies,
                lambda written: shared_file.publish(written, fence=lease.holds),
                progress,
                created=created,
                rewrite=relock is not None,
            )

    def _on_server(self, server: TeamServer, progress: SyncProgress) -> SyncReport:
        """Merge with the team server's rows as with a shared file's, through this store's
        mirror of them; a write that lost the race to a colleague's merges again."""
        with self._tx.read() as session:
            team = sync_records.device(session).team or None
        link = ServerLink(self.passwords.given(server), mirror_of(self._tx.path, server))
        try:
            for attempt in range(ATTEMPTS):
                try:
                    with link.mirrored(team, progress) as copy:
                        first = copy.last.seq == 0  # the team's first write starts it
                        report = self._merge.merged(
                            copy,
                            server.url,
                            [],
                            link.publish,
                            progress,
                            created=first,
                            rewrite=False,
                        )
                except SharedFileCorrupt:  # the mirror, not the team's rows: made anew
                    link.forget_mirror()
                    continue
                if report is not None:
                    return report
                time.sleep(random.uniform(0, RETRY_PAUSE_S * (attempt + 1)))
            raise TeamServerBusy(server.shown)
        finally:
            link.close()

    def _log(self, place: TeamPlace, *, refused: str, detail: str) -> None:
        try:
            with self._tx.write() as session:
                sync_records.add_log(
                    session, SyncLogRow(shared_file=_named(place), refused=refused, detail=detail)
                )
        except KamdeskError:
            pass  # the refusal itself is what the user needs to hear about


def _named(place: TeamPlace) -> str:
    """The team's place as the store keeps it: the file's path or the server's address."""
    return place.url if isinstance(place, TeamServer) else str(place)
