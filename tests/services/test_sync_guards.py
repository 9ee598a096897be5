"""What sync refuses, and what it survives: damaged, newer and missing shared files, locks,
a full disk, a conflicted copy, a clock a day behind, a cloned store. A refusal changes
nothing, neither in the shared file nor in the store."""

import dataclasses
import errno
import json
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import (
    ClockAhead,
    FileProblem,
    SharedFileBusy,
    SharedFileCorrupt,
    SharedFileMissing,
    SharedFileTooNew,
    SharedFileUnwritable,
)
from kamdesk.files import shared_copy, shared_file
from kamdesk.files.conflicted_copies import MERGED_FOLDER
from kamdesk.files.shared_copy import SharedCopy
from kamdesk.files.sync_lease import Lease, acquire
from kamdesk.services import sync
from kamdesk.services.sync import SyncService
from kamdesk.services.workspace import Workspace

from ..conftest import inside

pytestmark = pytest.mark.usefixtures("each_file_form")

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Callable[[str], Workspace]]:
    opened: list[Workspace] = []

    def open_(name: str) -> Workspace:
        opened.append(Workspace.open(tmp_path / name))
        return opened[-1]

    yield open_
    for workspace in opened:
        workspace.close()


def names(workspace: Workspace) -> list[str]:
    return sorted(a.fields.name for a in workspace.accounts.all())


def edit(workspace: Workspace, account: uuid.UUID, **changes: object) -> None:
    fields = workspace.accounts.get(account).fields
    workspace.accounts.update(account, dataclasses.replace(fields, **changes))  # type: ignore[arg-type]


@pytest.fixture
def synced(stores: Callable[[str], Workspace], shared: Path) -> tuple[Workspace, Workspace]:
    """Anna and Ben share one account; the shared file has been written twice (so a backup
    sits beside it)."""
    anna, ben = stores("anna"), stores("ben")
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    ben.accounts.create(AccountFields(name="Bäckerei Süß"))
    ben.sync.sync(shared)
    anna.sync.sync(shared)
    return anna, ben


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def zero_filled(data: bytes) -> bytes:
    return bytes(len(data))


def bit_flipped(data: bytes) -> bytes:
    """One bit of a stored value flipped: SQLite's own check does not notice it (in an
    encrypted file, where no value can be found, one bit in the middle)."""
    at = data.rfind(b"ckerei") if b"ckerei" in data else len(data) // 2
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


@pytest.mark.parametrize("damage", [truncated, zero_filled, bit_flipped])
def test_a_damaged_shared_file_is_refused_naming_the_backup_and_left_alone(
    synced: tuple[Workspace, Workspace], shared: Path, damage: Callable[[bytes], bytes]
) -> None:
    _, ben = synced
    shared.write_bytes(damage(shared.read_bytes()))
    damaged = shared.read_bytes()
    edit(ben, ben.accounts.find("Bäckerei Süß").id, industry="Backwaren")
    with pytest.raises(SharedFileCorrupt) as refused:
        ben.sync.sync(shared)
    assert refused.value.detail == str(shared) + ".previous"
    assert shared.read_bytes() == damaged
    assert ben.accounts.find("Bäckerei Süß").fields.industry == "Backwaren"
    assert ben.sync.log()[0].refused == "SharedFileCorrupt"


def test_a_file_of_a_newer_major_format_is_refused_and_untouched(
    synced: tuple[Workspace, Workspace], shared: Path
) -> None:
    anna, _ = synced
    newer = json.dumps([shared_file.FORMAT_MAJOR + 1, 0])
    with inside(shared) as database, sqlite3.connect(database) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'format'", (newer,))
    connection.close()
    before = shared.read_bytes()
    with pytest.raises(SharedFileTooNew):
        anna.sync.sync(shared)
    assert shared.read_bytes() == before


def test_a_missing_share_folder_is_refused(
    stores: Callable[[str], Workspace], tmp_path: Path
) -> None:
    anna = stores("anna")
    with pytest.raises(SharedFileMissing):
        anna.sync.sync(tmp_path / "unplugged" / "team.kamdesk")
    assert not (tmp_path / "unplugged").exists()


def test_a_vanished_shared_file_is_not_an_empty_team(
    synced: tuple[Workspace, Workspace], shared: Path
) -> None:
    anna, _ = synced
    shared.unlink()
    with pytest.raises(SharedFileMissing):
        anna.sync.sync()
    assert not shared.exists()
    assert names(anna) == ["Bäckerei Süß", "Müller GmbH"]


def test_a_vanished_shared_file_is_not_made_anew_by_a_laptop_that_only_pulled(
    stores: Callable[[str], Workspace], shared: Path
) -> None:
    anna, carla = stores("anna"), stores("carla")
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    assert carla.sync.sync(shared).rows_out == 0  # Carla only ever received
    shared.unlink()
    with pytest.raises(SharedFileMissing):
        carla.sync.sync()
    assert not shared.exists()


def test_choosing_the_vanished_file_again_starts_the_team_anew(
    synced: tuple[Workspace, Workspace], shared: Path
) -> None:
    anna, _ = synced
    shared.unlink()
    anna.sync.set_settings(anna.sync.settings(), join_team=True)
    assert anna.sync.sync().created
    assert shared.exists()


def test_what_a_killed_sync_left_beside_the_file_goes_with_the_next_sync(
    synced: tuple[Workspace, Workspace], shared: Path
) -> None:
    anna, _ = synced
    stale = shared.with_name(f".{shared.name}.0123abcd.tmp")
    stale.write_bytes(b"a copy of the team's file, half written")
    anna.sync.sync()
    assert not stale.exists()


def test_a_lease_held_by_a_live_colleague_is_respected(
    synced: tuple[Workspace, Workspace], shared: Path
) -> None:
    anna, _ = synced
    acquire(shared.with_name("team.kamdesk.lock"), "laptop-carla", "carla")
    with pytest.raises(SharedFileBusy) as busy:
        anna.sync.sync(shared)
    assert busy.value.detail == "carla (laptop-carla)"


def test_a_stale_lease_is_broken(synced: tuple[Workspace, Workspace], shared: Path) -> None:
    anna, _ = synced
    lock = shared.with_name("team.kamdesk.lock")
    stale = Lease("laptop-carla", "carla", "t", time.time() - 10)
    lock.write_text(json.dumps(dataclasses.asdict(stale)))
    anna.sync.sync(shared)
    assert not lock.exists()


def test_a_full_disk_leaves_file_and_store_as_they_were_and_the_next_sync_works(
    synced: tuple[Workspace, Workspace], shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, ben = synced
    account = anna.accounts.find("Müller GmbH").id
    edit(anna, account, industry="Chemie")
    before = shared.read_bytes()

    def full(_copy: SharedCopy, target: Path) -> str:
        target.write_bytes(b"what fitted")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SharedCopy, "write_to", full)
    with pytest.raises(SharedFileUnwritable):
        anna.sync.sync(shared)
    assert shared.read_bytes() == before
    assert [p.name for p in shared.parent.iterdir() if p.name.endswith(".tmp")] == []
    monkeypatch.undo()
    anna.sync.sync(shared)
    ben.sync.sync(shared)
    assert ben.accounts.get(account).fields.industry == "Chemie"


def test_a_conflicted_copy_is_merged_and_moved_aside(
    synced: tuple[Workspace, Workspace],
    stores: Callable[[str], Workspace],
    shared: Path,
    tmp_path: Path,
) -> None:
    anna, ben = synced
    elsewhere = tmp_path / "carla-cloud" / "team.kamdesk"
    elsewhere.parent.mkdir()
    shutil.copy(shared, elsewhere)
    carla = stores("carla")
    carla.accounts.create(AccountFields(name="Chemiewerk Köln"))
    carla.sync.sync(elsewhere)
    copy = shared.with_name("team (Carla's conflicted copy 2026-11-23).kamdesk")
    shutil.copy(elsewhere, copy)
    report = ben.sync.sync(shared)
    assert report.copies_merged == 1
    assert names(ben) == ["Bäckerei Süß", "Chemiewerk Köln", "Müller GmbH"]
    assert not copy.exists() and (shared.parent / MERGED_FOLDER / copy.name).exists()
    anna.sync.sync(shared)
    assert names(anna) == names(ben)


def _clock_ahead(days: int) -> Callable[[], int]:
    return lambda: time.time_ns() // 1_000_000 + days * DAY_MS


def test_a_laptop_whose_clock_runs_ahead_is_refused_until_it_is_set_right(
    synced: tuple[Workspace, Workspace], shared: Path
) -> None:
    _, ben = synced
    right = ben.sync
    ben.sync = SyncService(ben.transactions, now_ms=_clock_ahead(30))
    edit(ben, ben.accounts.find("Bäckerei Süß").id, industry="Backwaren")
    before = shared.read_bytes()
    with pytest.raises(ClockAhead) as refused:
        ben.sync.sync(shared)
    assert refused.value.detail == str(30 * 24)
    assert shared.read_bytes() == before
    ben.sync = right  # the clock set right
    assert ben.sync.sync(shared).rows_out == 1


def test_stamps_far_ahead_in_the_file_lock_nobody_out(
    synced: tuple[Workspace, Workspace], shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written by a kamdesk that did not check its clock yet: the team syncs on, and a later
    edit still wins over the one dated in the future."""
    anna, ben = synced
    account = anna.accounts.find("Müller GmbH").id
    monkeypatch.setattr(sync, "CLOCK_AHEAD_MS", 10**15)
    ben.sync = SyncService(ben.transactions, now_ms=_clock_ahead(30))
    edit(ben, account, industry="Chemie")
    ben.sync.sync(shared)
    monkeypatch.undo()
    anna.sync.sync(shared)
    assert anna.accounts.get(account).fields.industry == "Chemie"
    edit(anna, account, industry="Chemie und Pharma")
    anna.sync.sync(shared)
    assert anna.accounts.get(account).fields.industry == "Chemie und Pharma"
    assert anna.conflicts.count() == 0


def test_a_clock_a_day_behind_still_wins_with_a_later_edit(
    synced: tuple[Workspace, Workspace], shared: Path
) -> None:
    anna, ben = synced
    ben.sync = SyncService(ben.transactions, now_ms=lambda: time.time_ns() // 1_000_000 - DAY_MS)
    account = anna.accounts.find("Müller GmbH").id
    edit(anna, account, industry="Chemie")
    anna.sync.sync(shared)
    ben.sync.sync(shared)
    edit(ben, account, industry="Chemie und Pharma")  # after seeing Anna's edit
    ben.sync.sync(shared)
    anna.sync.sync(shared)
    assert anna.accounts.get(account).fields.industry == "Chemie und Pharma"
    assert anna.conflicts.count() == ben.conflicts.count() == 0


def test_a_copied_store_gets_its_own_device_and_both_keep_their_changes(
    synced: tuple[Workspace, Workspace],
    stores: Callable[[str], Workspace],
    shared: Path,
    tmp_path: Path,
) -> None:
    anna, ben = synced
    shutil.copytree(tmp_path / "anna", tmp_path / "anna-copy")
    copy = stores("anna-copy")
    anna.accounts.create(AccountFields(name="Anna neu"))
    copy.accounts.create(AccountFields(name="Kopie neu"))
    for workspace in (anna, copy, ben, anna, copy):
        workspace.sync.sync(shared)
    expected = ["Anna neu", "Bäckerei Süß", "Kopie neu", "Müller GmbH"]
    assert names(anna) == names(copy) == names(ben) == expected
    devices = shared_file.read_snapshot(shared, None, anna.sync.keys.key_for).devices
    assert len(devices) == 3


def test_a_sync_paused_past_its_lease_does_not_overwrite_a_colleagues_write(
    synced: tuple[Workspace, Workspace], shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anna's laptop sleeps after building her file, longer than her lease; Ben breaks the
    stale lease and syncs. Woken, Anna must merge again, not replace Ben's file with hers."""
    anna, ben = synced
    anna.accounts.create(AccountFields(name="Anna AG"))
    ben.accounts.create(AccountFields(name="Ben KG"))
    lock = shared.with_name(shared.name + ".lock")
    paused: list[str] = []

    def sleep_past_the_lease(point: str) -> None:
        if point == "copied" and not paused:
            paused.append(point)
            held = json.loads(lock.read_text("utf-8"))
            lock.write_text(json.dumps({**held, "expires_at": 0}), "utf-8")
            ben.sync.sync()

    monkeypatch.setattr(shared_file, "crash_point", sleep_past_the_lease)
    anna.sync.sync()
    assert paused
    ben.sync.sync()
    expected = ["Anna AG", "Ben KG", "Bäckerei Süß", "Müller GmbH"]
    assert names(anna) == names(ben) == expected


def test_a_read_only_share_is_refused_with_file_and_store_as_they_were(
    synced: tuple[Workspace, Workspace], shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every write into the share's folder fails as on a read-only mount (root, as CI runs,
    ignores a chmod): the lease, the clock probe, the copy."""
    anna, _ = synced
    edit(anna, anna.accounts.find("Müller GmbH").id, industry="Chemie")
    before = shared.read_bytes()
    opened, written, copied = Path.open, Path.write_bytes, shutil.copyfile

    def in_share(path: object) -> bool:
        return Path(str(path)).parent == shared.parent

    def refused() -> OSError:
        return OSError(errno.EROFS, "Read-only file system")

    def open_(path: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if in_share(path) and any(m in mode for m in "wxa"):
            raise refused()
        return opened(path, mode, *args, **kwargs)  # type: ignore[call-overload]

    def write_bytes(path: Path, data: bytes) -> int:
        if in_share(path):
            raise refused()
        return written(path, data)

    def copyfile(source: object, target: object) -> object:
        if in_share(target):
            raise refused()
        return copied(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", open_)
    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    monkeypatch.setattr(shutil, "copyfile", copyfile)
    with pytest.raises(SharedFileUnwritable) as caught:
        anna.sync.sync(shared)
    monkeypatch.undo()
    assert caught.value.detail == FileProblem.READ_ONLY
    assert shared.read_bytes() == before
    assert anna.accounts.find("Müller GmbH").fields.industry == "Chemie"
    assert anna.sync.log()[0].refused == "SharedFileUnwritable"


def _as_format_two(path: Path) -> None:
    """The file as kamdesk wrote it before rows carried their write (format 2.1)."""
    snapshot = shared_file.read_snapshot(path, None)
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA application_id = {shared_copy.APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 2")
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute(
            "CREATE TABLE rows (table_name TEXT, id TEXT, data TEXT, stamps TEXT, "
            "tombstone TEXT, PRIMARY KEY (table_name, id))"
        )
        meta = {
            "format": "[2, 1]",
            "team": snapshot.team,
            "devices": json.dumps(dict(snapshot.devices)),
            "people": json.dumps({d: [p.name, p.initials] for d, p in snapshot.people.items()}),
            "rows_sha256": shared_copy._rows_digest(snapshot.rows),
        }
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        connection.executemany(
            "INSERT INTO rows VALUES (?, ?, ?, ?, ?)",
            ((*key, *texts) for key, texts in snapshot.rows.items()),
        )
    connection.close()


@pytest.mark.parametrize("each_file_form", ["plain"], indirect=True)  # encryption came with 3
def test_a_file_of_format_two_is_read_and_upgraded_by_the_next_write(
    synced: tuple[Workspace, Workspace], shared: Path
) -> None:
    anna, ben = synced
    _as_format_two(shared)
    account = ben.accounts.find("Bäckerei Süß").id
    edit(ben, account, industry="Backwaren")
    ben.sync.sync(shared)
    with sqlite3.connect(shared) as connection:
        (found,) = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    connection.close()
    assert json.loads(found)[0] == shared_copy.FORMAT_MAJOR
    anna.sync.sync(shared)
    assert anna.accounts.get(account).fields.industry == "Backwaren"
