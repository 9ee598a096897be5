"""The lease on the shared file: who is syncing, until when. Taken by creating the lease file
exclusively, judged stale by the file server's clock, renewed while a long sync runs, broken
by renaming, released only by its owner. It fences the replace: the shared file is replaced
only while the lease file still holds this sync's token (a sync paused past its lease, whose
lease a colleague broke, merges again instead of overwriting the colleague's write)."""

import contextlib
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from kamdesk.domain.errors import SharedFileBusy

TTL_S = 120.0
WRITING_S = 10.0  # a lease file is created, then written: unreadable for a moment


@dataclass(frozen=True)
class Lease:
    device: str
    user: str
    token: str
    expires_at: float  # by the file server's clock


def server_time(folder: Path) -> float:
    """The file server's idea of now: the modification time of a file just written there."""
    probe = folder / f".kamdesk-probe-{uuid.uuid4().hex}"
    probe.write_bytes(b"")
    try:
        return probe.stat().st_mtime
    finally:
        probe.unlink(missing_ok=True)


def acquire(lock: Path, device: str, user: str, ttl_s: float = TTL_S) -> Lease:
    now = server_time(lock.parent)
    lease = Lease(device, user, uuid.uuid4().hex, now + ttl_s)
    for _ in range(2):  # once more after breaking a stale lease
        try:
            with lock.open("x", encoding="utf-8") as file:
                json.dump(asdict(lease), file)
                file.flush()
                os.fsync(file.fileno())
            return lease
        except FileExistsError:
            held = read_lease(lock)
            if held is None and _being_written(lock, now):
                raise SharedFileBusy(lock, "") from None  # a colleague is taking it now
            alive = held is not None and held.expires_at > now
            if alive and held is not None and held.device != device:  # ours: left by a crash
                raise SharedFileBusy(lock, f"{held.user} ({held.device})") from None
            _break(lock, held)
    raise SharedFileBusy(lock, "")


def _being_written(lock: Path, now: float) -> bool:
    """An unreadable lease file this young is being written by whoever just created it (a
    crash's empty leftover grows stale soon after)."""
    try:
        return lock.stat().st_mtime > now - WRITING_S
    except FileNotFoundError:
        return False


def _break(lock: Path, judged: Lease | None) -> None:
    """Rename, then remove: of two devices breaking it at once, only one succeeds. What was
    renamed is looked at again: a fresh lease taken meanwhile by a third device is put back."""
    stale = lock.with_name(f"{lock.name}.stale-{uuid.uuid4().hex}")
    try:
        lock.rename(stale)
    except FileNotFoundError:
        return
    renamed = read_lease(stale)
    if renamed is not None and (judged is None or renamed.token != judged.token):
        # Back in place unless someone took the lock meanwhile; if not, its owner finds its
        # token gone at the fence and merges again.
        with contextlib.suppress(OSError):
            os.link(stale, lock)
    stale.unlink(missing_ok=True)


def holds(lock: Path, lease: Lease) -> bool:
    """Whether the lease file still holds this lease, unexpired by the file server's clock."""
    held = read_lease(lock)
    return (
        held is not None
        and held.token == lease.token
        and (held.expires_at > server_time(lock.parent))
    )


def renew(lock: Path, lease: Lease, ttl_s: float = TTL_S) -> Lease:
    """The same lease for another `ttl_s`, written whole (beside, then replaced), if it is
    still this sync's; otherwise it stays as it is, and the fence will say so."""
    if read_lease(lock) != lease:
        return lease
    renewed = Lease(lease.device, lease.user, lease.token, server_time(lock.parent) + ttl_s)
    beside = lock.with_name(f"{lock.name}.renew-{uuid.uuid4().hex}")
    beside.write_text(json.dumps(asdict(renewed)), encoding="utf-8")
    beside.replace(lock)
    return renewed


def read_lease(lock: Path) -> Lease | None:
    """None when there is none, or it cannot be read (it counts as stale)."""
    try:
        return Lease(**json.loads(lock.read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def release(lock: Path, lease: Lease) -> None:
    """Only the owner's own lease is removed; a lease someone broke and took stays theirs."""
    held = read_lease(lock)
    if held is not None and held.token == lease.token:
        with contextlib.suppress(OSError):  # a share gone offline: the lease simply expires
            lock.unlink(missing_ok=True)


class HeldLease:
    """This sync's lease on the shared file: renewed at every step, so that a long sync
    keeps it; asked at the replace, so that a sync which lost it merges again."""

    def __init__(self, lock: Path, device: str, user: str) -> None:
        self._lock, self._device, self._user = lock, device, user
        self._lease = acquire(lock, device, user)
        self.server_now_ms = int((self._lease.expires_at - TTL_S) * 1000)

    def keep(self) -> None:
        """Held still, or taken anew after a pause lost it (SharedFileBusy while a
        colleague holds it now)."""
        if not self.holds():
            self._lease = acquire(self._lock, self._device, self._user)

    def renew(self) -> None:
        self._lease = renew(self._lock, self._lease)

    def holds(self) -> bool:
        return holds(self._lock, self._lease)

    def release(self) -> None:
        release(self._lock, self._lease)
