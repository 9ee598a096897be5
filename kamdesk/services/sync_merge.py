"""One merge of this store with the team's rows, however they were reached: a local copy of
the shared file, or the laptop's mirror of the team server. It reads what changed since the
last sync, lets the domain decide, has the transport write the team's side (`publish`) and
saves the result and the sync base in one transaction."""

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from sqlalchemy.orm import Session

from kamdesk.domain.sync.clock import HybridClock, Stamp, far_ahead
from kamdesk.domain.sync.decision import decided
from kamdesk.domain.sync.merge import RowState
from kamdesk.domain.sync.plan import Merge, Relations
from kamdesk.domain.sync.stamps import DEFAULT
from kamdesk.domain.sync.stamps import encode as encode_stamps
from kamdesk.files import conflicted_copies
from kamdesk.files.conflicted_copies import Copy
from kamdesk.files.crash_points import crash_point
from kamdesk.files.shared_copy import Seen, Selected, SharedCopy
from kamdesk.services import sync_reading
from kamdesk.services.log_file import log
from kamdesk.services.sync_conflicts import conflict_records, noticed, notices
from kamdesk.services.sync_reading import Reading
from kamdesk.services.sync_report import (
    SyncProgress,
    SyncReport,
    SyncStep,
    came_from,
    status_changes,
    sync_report,
)
from kamdesk.services.transactions import Transactions
from kamdesk.store import sync_changes, sync_full, sync_records, sync_tables
from kamdesk.store.sync_models import SyncLogRow
from kamdesk.store.sync_records import new_device_id


class TeamMerge:
    def __init__(
        self, transactions: Transactions, now_ms: Callable[[], int], relations: Relations
    ) -> None:
        self._tx = transactions
        self._now_ms = now_ms
        self._relations = relations

    def merged(
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


def _cloned(device: str, pushed: str, devices: Mapping[str, str]) -> bool:
    """Another install wrote under this device id (a copied or restored store)."""
    written = devices.get(device)
    return written is not None and (not pushed or written > pushed)


def _set_by_set(copy: SharedCopy, merge: Merge) -> Counter[str]:
    """The rows a first sync pushed set by set: all in the file but those merged."""
    return Counter(copy.counts()) - Counter(key.table for key in merge.outgoing)


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
