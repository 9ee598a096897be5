"""Team sync (SPEC §8): this store merged with the team's shared file and back. The shared
file is read whole from a local copy, merged in memory, written beside itself and swapped in
only if nobody changed it meanwhile; the store takes the result in one transaction."""

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from sqlalchemy.orm import Session

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
from kamdesk.domain.sync.clock import HybridClock, Stamp, far_ahead
from kamdesk.domain.sync.decision import decided
from kamdesk.domain.sync.merge import RowState
from kamdesk.domain.sync.plan import Merge
from kamdesk.domain.sync.stamps import DEFAULT
from kamdesk.domain.sync.stamps import encode as encode_stamps
from kamdesk.domain.sync.team_server import Head, TeamPlace, TeamServer, place_named
from kamdesk.files import conflicted_copies, file_envelope, shared_file
from kamdesk.files.conflicted_copies import Copy
from kamdesk.files.crash_points import crash_point
from kamdesk.files.file_problems import file_problem
from kamdesk.files.shared_copy import Seen, Selected, SharedCopy
from kamdesk.files.shared_file import remove_stale_temporaries
from kamdesk.files.shared_lock import Relock
from kamdesk.files.sync_lease import HeldLease
from kamdesk.services import sync_reading
from kamdesk.services.log_file import log
from kamdesk.services.sync_conflicts import conflict_records, noticed, notices
from kamdesk.services.sync_reading import Reading
from kamdesk.services.sync_report import (
    LogEntry,
    SyncProgress,
    SyncReport,
    SyncSettings,
    SyncStep,
    came_from,
    status_changes,
    sync_report,
)
from kamdesk.services.team_keys import TeamKeys
from kamdesk.services.team_server import ServerLink, ServerPasswords, check_server, mirror_of
from kamdesk.services.transactions import Transactions
from kamdesk.store import sync_changes, sync_full, sync_records, sync_tables
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
        self.keys = TeamKeys()
        self.passwords = ServerPasswords()

    # Settings -----------------------------------------------------------------------------

    def ensure_device(self) -> None:
        """This install gets its device id once, when its store is opened, so that reading
        the sync settings never has to write; and the store its change log's triggers."""
        with self._tx.write() as session:
            sync_records.ensure_device(session)
            sync_changes.ensure_change_log(session)

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
            return self._merged(
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
                        report = self._merged(
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

    def _merged(
        self,
        copy: SharedCopy,
        place: str,
        copies: list[Copy],
        publish: Callable[[SharedCopy], bool],
        progress: SyncProgress,
        *,
        created: bool,
        rewrite: bool,
    ) -> SyncReport | None:
        """One merge with the team's rows in `copy` (of the shared file or the server's
        mirror), written back by `publish` (False: a colleague wrote meanwhile)."""
        crash_point("read")
        progress(SyncStep.MERGING, 0)
        with self._tx.read() as session:
            device = sync_records.device(session)
            device_id, clock_text = device.device_id, device.clock
            if _cloned(device_id, device.pushed, copy.devices):
                device_id, clock_text = new_device_id(), ""  # saved with the merge's result
            before = sync_changes.mark(session)
            first = not copies and sync_full.base_is_empty(session)
            pushing = first and copy.is_empty()
            if first and not pushing and not rewrite and sync_full.store_is_empty(session):
                reading = None  # a pull into an empty store, read set by set when saving
            elif pushing:  # only what is deleted here needs a merge; the rest goes as it is
                dead = sync_full.not_alive(session, self._relations)
                reading = Reading(sync_tables.read_local(session, dead), {}, [{}])
            else:
                seen = Seen(device.file_seq, device.file_write)
                reading = self._reading(session, copy, copies, seen)
        clock = HybridClock(device_id, Stamp.decode(clock_text) if clock_text else None)
        if reading is None:
            return self._pulled(copy, place, clock, before, progress)
        local_rows, base_texts, remotes = reading.local, reading.base, reading.remotes
        decision = decided(
            local_rows, base_texts, remotes, self._relations, lambda r: self._stamp(clock, copy, r)
        )
        stamp, local, remote = decision.stamp, decision.local, decision.remote
        merge, result, encoded = decision.merge, decision.result, decision.encoded
        records = conflict_records(merge, local, remote, copy.people)
        if merge.outgoing or copies or created or pushing or rewrite:
            sent = {k: t for k, t in encoded.items() if remotes[0].get(k) != t}
            progress(SyncStep.WRITING, before[0] if pushing else len(sent))
            crash_point("merged")
            copy.put(
                sent,
                {**copy.devices, clock.device: stamp.encode()},
                {**copy.people, clock.device: self._tx.person()},
                self._pushed(stamp) if pushing else None,
                notices(records, merge, remote, self._tx.person()),
            )
            if not publish(copy):
                return None  # a colleague wrote meanwhile: merge again with their write
            crash_point("written")
            pushed = stamp.encode()
        else:
            pushed = ""
        progress(SyncStep.SAVING, len(merge.incoming))
        saving = self._tx.write_beside(copy.local) if pushing else self._tx.write()
        with saving as session:
            if sync_changes.mark(session) != before:
                return None  # edited while merging: merge again with the edit
            sync_tables.apply(session, result, local_rows, self._relations)
            if pushing:
                sync_full.base_from_beside(session)
            else:
                changed = {k: t for k, t in encoded.items() if base_texts.get(k) != t}
                sync_tables.write_base(session, changed)
            sync_changes.restart(session, result.folded)  # folded here: gone, not in the base
            lost_there = noticed(copy.notices_for(clock.device))  # a colleague's edit won
            sync_records.add_conflicts(session, [*records, *lost_there])
            report = sync_report(
                merge,
                copies,
                created,
                status_changes(merge, local_rows, result),
                came_from(merge, clock.device, copy.people),
                went_out=_set_by_set(copy, merge) if pushing else None,
            )
            self._saved(session, clock, stamp, copy, place, pushed, report)
        crash_point("applied")
        conflicted_copies.move_aside(copies)
        return report

    def _pulled(
        self,
        copy: SharedCopy,
        place: str,
        clock: HybridClock,
        before: tuple[int, int],
        progress: SyncProgress,
    ) -> SyncReport | None:
        """A first sync of an empty store: the team's rows inserted set by set, only those a
        merge must think about (tombstones, a unique key held twice) decided one by one."""
        progress(SyncStep.SAVING, sum(copy.counts().values()))
        with self._tx.write_beside(copy.local) as session:
            if sync_changes.mark(session) != before:
                return None  # edited while merging: merge again with the edit
            hard = sync_full.hard_in_beside(session, self._relations)
            decision = decided(
                {}, {}, [copy.texts(hard)], self._relations, lambda r: self._stamp(clock, copy, r)
            )
            session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            with sync_changes.paused(session):
                came_in = sync_full.pulled_easily(session)
                sync_tables.apply(session, decision.result, {}, self._relations)
            sync_full.base_from_beside(session)
            sync_changes.restart(session, decision.result.folded)
            report = sync_report(
                decision.merge,
                [],
                False,
                (),
                tuple(p for d, p in sorted(copy.people.items()) if d != clock.device),
                came_in=came_in,
            )
            self._saved(session, clock, decision.stamp, copy, place, "", report)
        crash_point("applied")
        return report

    def _pushed(self, stamp: Stamp) -> Selected:
        """This store's live rows as the shared file keeps them, every field stamped now."""
        stamps = encode_stamps({DEFAULT: stamp})
        return Selected(
            self._tx.path, "store", sync_full.pushed(self._relations, "store"), (stamps,)
        )

    def _saved(
        self,
        session: Session,
        clock: HybridClock,
        stamp: Stamp,
        copy: SharedCopy,
        place: str,
        pushed: str,
        report: SyncReport,
    ) -> None:
        """The device's record of the sync, in the sync's transaction, and the log entry."""
        device = sync_records.device(session)
        device.device_id, device.team, device.shared_file = clock.device, copy.team, place
        device.clock = (clock.last or stamp).encode()
        device.file_seq, device.file_write = copy.last.seq, copy.last.write
        if pushed:
            device.pushed = pushed
        sync_records.add_log(session, _log_row(place, report))

    def _reading(
        self, session: Session, copy: SharedCopy, copies: list[Copy], seen: Seen
    ) -> Reading:
        """Only what changed since the last sync, where the file says what that is."""
        changed = None if copies else copy.changed_since(seen)
        if changed is None:
            remotes = [copy.all_texts(), *(dict(other.snapshot.rows) for other in copies)]
            return sync_reading.everything(session, remotes)
        changed |= sync_changes.changed(session)
        return sync_reading.changes(session, copy, changed, self._relations)

    def _stamp(self, clock: HybridClock, copy: SharedCopy, remote: Iterable[RowState]) -> Stamp:
        """This sync's stamp for every change made here: after everything seen so far (the
        rows decided one by one, and every device's newest write, for the rows not)."""
        written = (Stamp.decode(text) for text in copy.devices.values())
        newest = max((*(s.newest for s in remote if s.newest is not None), *written), default=None)
        now = self._now_ms()
        if newest is not None:
            if far_ahead(newest, now):
                log.warning("stamps of device %s run ahead of real time", newest.device)
            clock.receive(newest, now)
        return clock.now(now)

    def _log(self, place: TeamPlace, *, refused: str, detail: str) -> None:
        try:
            with self._tx.write() as session:
                sync_records.add_log(
                    session, SyncLogRow(shared_file=_named(place), refused=refused, detail=detail)
                )
        except KamdeskError:
            pass  # the refusal itself is what the user needs to hear about


def _cloned(device: str, pushed: str, devices: Mapping[str, str]) -> bool:
    """Another install wrote under this device id (a copied or restored store)."""
    written = devices.get(device)
    return written is not None and (not pushed or written > pushed)


def _set_by_set(copy: SharedCopy, merge: Merge) -> Counter[str]:
    """The rows a first sync pushed set by set: all in the file but those merged."""
    return Counter(copy.counts()) - Counter(key.table for key in merge.outgoing)


def _named(place: TeamPlace) -> str:
    """The team's place as the store keeps it: the file's path or the server's address."""
    return place.url if isinstance(place, TeamServer) else str(place)


def _log_row(place: str, report: SyncReport) -> SyncLogRow:
    return SyncLogRow(
        shared_file=place,
        refused="",
        went_out=report.rows_out,
        came_in=report.rows_in,
        conflicts=report.conflicts,
        detail=json.dumps(
            {"out": report.went_out, "in": report.came_in, "copies": report.copies_merged}
        ),
        came_from=json.dumps([[p.name, p.initials] for p in report.came_from]),
    )
