"""The lease on the shared file."""

import json
import os
from pathlib import Path

import pytest

from kamdesk.domain.errors import SharedFileBusy
from kamdesk.files import sync_lease
from kamdesk.files.sync_lease import Lease, acquire, holds, read_lease, release, renew


@pytest.fixture
def lock(tmp_path: Path) -> Path:
    return tmp_path / "team.kamdesk.lock"


def test_a_lease_is_taken_and_released(lock: Path) -> None:
    lease = acquire(lock, "laptop-a", "Aylin")
    assert read_lease(lock) == lease
    release(lock, lease)
    assert not lock.exists()


def test_a_held_lease_names_its_holder(lock: Path) -> None:
    acquire(lock, "laptop-a", "Aylin")
    with pytest.raises(SharedFileBusy) as busy:
        acquire(lock, "laptop-b", "Jörg")
    assert busy.value.detail == "Aylin (laptop-a)"


def test_a_stale_lease_is_broken_and_taken(lock: Path) -> None:
    acquire(lock, "laptop-a", "Aylin", ttl_s=-1)  # expired already
    lease = acquire(lock, "laptop-b", "Jörg")
    assert read_lease(lock) == lease
    assert [p.name for p in lock.parent.iterdir()] == [lock.name]  # nothing left over


def test_an_unreadable_lease_left_by_a_crash_counts_as_stale(lock: Path) -> None:
    lock.write_text("{half a lea", "utf-8")
    then = lock.stat().st_mtime - 60
    os.utime(lock, (then, then))
    assert acquire(lock, "laptop-b", "Jörg").device == "laptop-b"


def test_a_lease_file_just_created_and_not_yet_written_is_busy_not_stale(lock: Path) -> None:
    lock.write_text("", "utf-8")  # a colleague's acquire, between creating and writing it
    with pytest.raises(SharedFileBusy):
        acquire(lock, "laptop-b", "Jörg")
    assert lock.read_text("utf-8") == ""  # theirs, left alone


def test_only_the_owner_releases(lock: Path) -> None:
    old = acquire(lock, "laptop-a", "Aylin", ttl_s=-1)
    new = acquire(lock, "laptop-b", "Jörg")  # broke the stale one
    release(lock, old)
    assert read_lease(lock) == new
    assert json.loads(lock.read_text("utf-8"))["user"] == "Jörg"


def test_a_renewed_lease_keeps_its_token_and_runs_longer(lock: Path) -> None:
    lease = acquire(lock, "laptop-a", "Aylin", ttl_s=5)
    renewed = renew(lock, lease, ttl_s=600)
    assert renewed.token == lease.token and renewed.expires_at > lease.expires_at + 500
    assert read_lease(lock) == renewed and holds(lock, renewed)


def test_a_lease_someone_broke_is_neither_renewed_nor_held(lock: Path) -> None:
    lease = acquire(lock, "laptop-a", "Aylin", ttl_s=-1)  # expired: the laptop slept
    theirs = acquire(lock, "laptop-b", "Jörg")
    assert renew(lock, lease) == lease
    assert read_lease(lock) == theirs
    assert not holds(lock, lease) and holds(lock, theirs)


def test_breaking_a_stale_lease_puts_back_a_fresh_one_taken_meanwhile(
    lock: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two laptops judge one lease stale; the first breaks it and takes the lock; the second
    must not throw the first's fresh lease away with the stale one."""
    acquire(lock, "laptop-old", "Carla", ttl_s=-1)
    judged_stale = read_lease(lock)
    fresh = acquire(lock, "laptop-a", "Aylin")
    real_read = sync_lease.read_lease
    reads = iter([judged_stale])

    def first_the_stale_one(path: Path) -> Lease | None:
        return next(reads, None) or real_read(path)

    monkeypatch.setattr(sync_lease, "read_lease", first_the_stale_one)
    with pytest.raises(SharedFileBusy):
        acquire(lock, "laptop-b", "Jörg")  # broke the "stale" lease, found Aylin's, put it back
    assert real_read(lock) == fresh
