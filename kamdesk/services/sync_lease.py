"""The lease on the shared file: who is syncing, until when. It only saves wasted work —
correctness never depends on it (the shared file must be unchanged since it was read, or the
merge starts over). Taken by creating the lease file exclusively, judged stale by the file
server's clock, broken by renaming, released only by its owner."""

import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from kamdesk.domain.errors import SharedFileBusy

TTL_S = 120.0


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
            alive = held is not None and held.expires_at > now
            if alive and held is not None and held.device != device:  # ours: left by a crash
                raise SharedFileBusy(lock, f"{held.user} ({held.device})") from None
            _break(lock)
    raise SharedFileBusy(lock, "")


def _break(lock: Path) -> None:
    """Rename, then remove: of two devices breaking it at once, only one succeeds."""
    stale = lock.with_name(f"{lock.name}.stale-{uuid.uuid4().hex}")
    try:
        lock.rename(stale)
    except FileNotFoundError:
        return
    stale.unlink(missing_ok=True)


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
        lock.unlink(missing_ok=True)
