"""The shared file: written whole or not at all, read from a copy, anything damaged, newer or
foreign refused and left as it is."""

import contextlib
import errno
import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.domain.errors import (
    FileProblem,
    SharedFileCorrupt,
    SharedFileError,
    SharedFileForeign,
    SharedFileTooNew,
    SharedFileUnreadable,
    SharedFileUnwritable,
)
from kamdesk.files import shared_file
from kamdesk.files.location import scratch_folder
from kamdesk.files.shared_copy import SharedCopy
from kamdesk.files.shared_file import (
    BACKUP_SUFFIX,
    FORMAT_MAJOR,
    Snapshot,
    backups,
    read_snapshot,
    write_snapshot,
)

TEAM = "team-1"
ROWS = {
    ("accounts", "a1"): ('{"name": "Müller GmbH"}', "{}", ""),
    ("contacts", "c1"): ('{"name": "Jürgen Groß"}', "{}", "tombstone"),
}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / "share" / "team.kamdesk"
    path.parent.mkdir()
    write_snapshot(path, Snapshot(TEAM, ROWS))
    return path


def test_a_snapshot_round_trips(shared: Path) -> None:
    assert read_snapshot(shared, TEAM) == Snapshot(TEAM, ROWS)


def test_a_new_snapshot_keeps_the_previous_file_as_backup(shared: Path) -> None:
    first = dict(list(ROWS.items())[:1])
    write_snapshot(shared, Snapshot(TEAM, first))
    assert read_snapshot(shared, TEAM).rows == first
    backup = shared.with_name(shared.name + BACKUP_SUFFIX)
    assert read_snapshot(backup, TEAM).rows == ROWS
    assert sorted(p.name for p in shared.parent.iterdir()) == [
        shared.name,
        shared.name + BACKUP_SUFFIX,
    ]  # no temporary files left behind


def test_a_write_swept_away_by_the_leases_next_holder_is_a_lost_race_not_a_failure(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync paused past its lease: the colleague who took it over removed the temporary
    copy it was writing; it replaces nothing and merges again."""
    write_to = SharedCopy.write_to

    def swept(copy: SharedCopy, target: Path) -> str:
        digest = write_to(copy, target)
        shared_file.remove_stale_temporaries(shared)
        return digest

    monkeypatch.setattr(SharedCopy, "write_to", swept)
    before = shared.read_bytes()
    with shared_file.opened(shared, TEAM) as copy:
        copy.put({("accounts", "a2"): ('{"name": "Neu AG"}', "{}", "")}, {}, {})
        assert shared_file.publish(copy, fence=lambda: False) is False
    assert shared.read_bytes() == before


def test_three_generations_of_backups_are_kept(shared: Path) -> None:
    versions = [{("accounts", f"a{n}"): ('{"name": "x"}', "{}", "")} for n in range(4)]
    for rows in versions:
        write_snapshot(shared, Snapshot(TEAM, rows))
    assert [read_snapshot(b, TEAM).rows for b in backups(shared)] == [
        versions[2],
        versions[1],
        versions[0],
    ]


def test_a_backup_is_a_link_to_the_replaced_file_not_a_copy(shared: Path) -> None:
    replaced = shared.stat().st_ino
    write_snapshot(shared, Snapshot(TEAM, {}))
    assert shared.with_name(shared.name + BACKUP_SUFFIX).stat().st_ino == replaced


def test_a_full_disk_while_copying_the_backup_leaves_every_file_as_it_was(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_snapshot(shared, Snapshot(TEAM, {}))  # now the share holds a file and a backup
    before = {p.name: p.read_bytes() for p in shared.parent.iterdir()}
    copy = shutil.copyfile

    def no_hard_links(source: Path, target: Path) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)

    def disk_full_for_the_backup(source: Path, target: Path) -> object:
        if Path(source) == shared:
            Path(target).write_bytes(b"half a file")
            raise OSError(errno.ENOSPC, "No space left on device")
        return copy(source, target)

    monkeypatch.setattr(shutil, "copyfile", disk_full_for_the_backup)
    with pytest.raises(SharedFileUnwritable) as refused:
        write_snapshot(shared, Snapshot(TEAM, dict(list(ROWS.items())[:1])))
    assert refused.value.detail == FileProblem.DISK_FULL
    assert {p.name: p.read_bytes() for p in shared.parent.iterdir()} == before


def test_reading_and_writing_leave_no_copy_in_any_temporary_folder(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    scratch = set(scratch_folder().iterdir())  # what other tests' killed syncs left
    write_snapshot(shared, Snapshot(TEAM, ROWS))
    read_snapshot(shared, TEAM)
    assert list(system_temp.iterdir()) == []
    assert set(scratch_folder().iterdir()) == scratch


def test_another_teams_file_is_refused_naming_it(shared: Path) -> None:
    with pytest.raises(SharedFileForeign) as refused:
        read_snapshot(shared, "team-2")
    assert refused.value.path == shared  # not the local copy it was read from


def test_a_newer_major_format_is_refused_naming_the_file(shared: Path) -> None:
    newer = json.dumps([FORMAT_MAJOR + 1, 0])
    with sqlite3.connect(shared) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'format'", (newer,))
    connection.close()
    with pytest.raises(SharedFileTooNew) as refused:
        read_snapshot(shared, TEAM)
    assert refused.value.path == shared


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE meta SET value = 'garbage' WHERE key = 'format'",
        "UPDATE meta SET value = '{}' WHERE key = 'format'",
        "UPDATE meta SET value = 'x' WHERE key = 'devices'",
        "UPDATE rows SET data = CAST(X'C328FF' AS TEXT)",  # invalid UTF-8
    ],
)
def test_a_malformed_file_is_refused_as_damaged(shared: Path, statement: str) -> None:
    with sqlite3.connect(shared) as connection:
        connection.execute(statement)
    connection.close()
    before = shared.read_bytes()
    with pytest.raises(SharedFileCorrupt) as refused:
        read_snapshot(shared, TEAM)
    assert refused.value.path == shared
    assert shared.read_bytes() == before


def test_a_folder_where_the_file_should_be_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "team.kamdesk"
    folder.mkdir()
    with pytest.raises(SharedFileUnreadable) as refused:
        read_snapshot(folder, TEAM)
    assert refused.value.detail == FileProblem.NOT_A_FILE


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), FileProblem.NO_PERMISSION),
        (OSError(errno.EIO, "Input/output error"), FileProblem.IO),
    ],
)
def test_a_file_the_system_will_not_read_is_unreadable(
    shared: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, problem: FileProblem
) -> None:
    def refuse(*_: object) -> None:
        raise error

    monkeypatch.setattr(shutil, "copyfile", refuse)
    with pytest.raises(SharedFileUnreadable) as refused:
        read_snapshot(shared, TEAM)
    assert refused.value.detail == problem


def test_a_file_of_the_first_format_is_still_read(shared: Path) -> None:
    with sqlite3.connect(shared) as connection:
        connection.execute("UPDATE meta SET value = '[1, 0]' WHERE key = 'format'")
    connection.close()
    assert read_snapshot(shared, TEAM).rows == ROWS


def damaged(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncated":
        data = data[: len(data) // 2]
    elif how == "zero-filled":
        data[len(data) // 2 :] = bytes(len(data) - len(data) // 2)
    elif how == "bit-flipped":
        for offset in range(100, len(data), 97):
            data[offset] ^= 0x10
    else:
        data = bytearray(b"not a database at all" * 10)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncated", "zero-filled", "bit-flipped", "garbage"])
def test_a_damaged_file_is_refused_naming_the_backup_and_left_alone(shared: Path, how: str) -> None:
    write_snapshot(shared, Snapshot(TEAM, ROWS))  # now there is a backup
    damaged(shared, how)
    before = shared.read_bytes()
    with pytest.raises(SharedFileCorrupt) as refused:
        read_snapshot(shared, TEAM)
    assert refused.value.detail == str(shared.with_name(shared.name + BACKUP_SUFFIX))
    assert shared.read_bytes() == before


def _good_file(folder: Path) -> bytes:
    path = folder / "good.kamdesk"
    write_snapshot(path, Snapshot(TEAM, ROWS))
    return path.read_bytes()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # the folder is only where each example's file is written
@given(st.data())
def test_a_damaged_shared_file_is_refused_or_read_never_a_crash(
    tmp_path: Path, data: st.DataObject
) -> None:
    good = _good_file(tmp_path)
    damaged = bytearray(good)
    for at, value in data.draw(
        st.lists(st.tuples(st.integers(0, len(good) - 1), st.integers(0, 255)), max_size=8)
    ):
        damaged[at] = value
    cut = data.draw(st.integers(1, len(good)))
    path = tmp_path / "fuzzed.kamdesk"
    path.write_bytes(bytes(damaged[:cut]))
    with contextlib.suppress(SharedFileError):  # refused in a sentence; never a traceback
        read_snapshot(path, TEAM)
    assert path.read_bytes() == bytes(damaged[:cut])  # and left as it was
