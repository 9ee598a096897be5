"""The lease on the shared file."""

import json
from pathlib import Path

import pytest

from kamdesk.domain.errors import SharedFileBusy
from kamdesk.services.sync_lease import acquire, read_lease, release


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


def test_an_unreadable_lease_counts_as_stale(lock: Path) -> None:
    lock.write_text("{half a lea", "utf-8")
    assert acquire(lock, "laptop-b", "Jörg").device == "laptop-b"


def test_only_the_owner_releases(lock: Path) -> None:
    old = acquire(lock, "laptop-a", "Aylin", ttl_s=-1)
    new = acquire(lock, "laptop-b", "Jörg")  # broke the stale one
    release(lock, old)
    assert read_lease(lock) == new
    assert json.loads(lock.read_text("utf-8"))["user"] == "Jörg"
