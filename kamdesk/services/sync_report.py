"""What a sync did, said to the user and kept in the log: the steps it goes through, the report
(rows out and in by table, conflicts, copies merged, who the changes came from, key-account
levels a colleague changed), the settings and the log's entries."""

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from kamdesk.domain.people import Person
from kamdesk.domain.sync.plan import Key, LocalRow, Materialized, Merge
from kamdesk.domain.sync.team_server import TeamPlace
from kamdesk.files import conflicted_copies


class SyncStep(Enum):
    READING = "reading"
    MERGING = "merging"
    WRITING = "writing"  # rows sent
    SAVING = "saving"  # rows received


SyncProgress = Callable[[SyncStep, int], None]  # a step reached, with the rows it moves


@dataclass(frozen=True)
class StatusChange:
    """An account's key-account level as a colleague's sync brought it in."""

    account: str  # its name
    old: str  # StatusLevel values
    new: str


@dataclass(frozen=True)
class SyncReport:
    went_out: Mapping[str, int]  # rows by table
    came_in: Mapping[str, int]
    conflicts: int
    copies_merged: int = 0
    created: bool = False
    status_changes: tuple[StatusChange, ...] = ()
    came_from: tuple[Person, ...] = ()  # the colleagues whose changes came in

    @property
    def rows_out(self) -> int:
        return sum(self.went_out.values())

    @property
    def rows_in(self) -> int:
        return sum(self.came_in.values())


@dataclass(frozen=True)
class SyncSettings:
    shared_file: TeamPlace | None  # the team's shared file, or its server
    auto_sync: bool  # at start, at close and every `auto_minutes` (0: not in between)
    auto_minutes: int


@dataclass(frozen=True)
class LogEntry:
    at: float  # seconds since the epoch
    shared_file: str
    refused: str
    went_out: int
    came_in: int
    conflicts: int
    detail: Mapping[str, object] = field(default_factory=dict)
    came_from: tuple[Person, ...] = ()


def status_changes(
    merge: Merge, local: Mapping[Key, LocalRow], result: Materialized
) -> tuple[StatusChange, ...]:
    """Accounts whose level came in changed, to be said as the start-up review says its own."""
    changes = []
    for key in sorted(k for k in merge.incoming if k[0] == "accounts" and k in local):
        values, alive = result.rows.get(key, ({}, False))
        old, new = local[key].data.get("status_level"), values.get("status_level")
        if alive and old != new and isinstance(old, str) and isinstance(new, str):
            changes.append(StatusChange(str(values.get("name", "")), old, new))
    return tuple(changes)


def sync_report(
    merge: Merge,
    copies: list[conflicted_copies.Copy],
    created: bool,
    status_changes: tuple[StatusChange, ...],
    came_from: tuple[Person, ...],
    *,
    went_out: Mapping[str, int] | None = None,
    came_in: Mapping[str, int] | None = None,
) -> SyncReport:
    """`went_out`, `came_in`: rows a first sync moved set by set, by table (counted
    besides the rows the merge decided)."""
    return SyncReport(
        dict(Counter(key.table for key in merge.outgoing) + Counter(went_out or {})),
        dict(Counter(key.table for key in merge.incoming) + Counter(came_in or {})),
        len(merge.conflicts),
        len(copies),
        created,
        status_changes,
        came_from,
    )


def came_from(merge: Merge, here: str, people: Mapping[str, Person]) -> tuple[Person, ...]:
    """Who made the changes that came in: the device of each incoming row's newest stamp."""
    devices = {
        newest.device
        for key in merge.incoming
        if (newest := merge.states[key].newest) is not None and newest.device != here
    }
    return tuple(sorted({people[d] for d in devices if d in people}, key=lambda p: p.name))
