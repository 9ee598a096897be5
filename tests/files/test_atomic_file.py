"""Files written atomically get the mode any program's new file gets, or keep their own."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.files.atomic_file import replaced_atomically


@pytest.fixture
def umask() -> Iterator[None]:
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_follows_the_umask(tmp_path: Path, umask: None, mask: int, mode: int) -> None:
    os.umask(mask)
    target = tmp_path / "plan.xlsx"
    with replaced_atomically(target) as temporary:
        temporary.write_bytes(b"x")
    assert target.stat().st_mode & 0o777 == mode


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "reminders.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with replaced_atomically(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.stat().st_mode & 0o777 == 0o640
    assert target.read_bytes() == b"new"
