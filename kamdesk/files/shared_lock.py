"""How the team's shared file is locked, plain (sealed) or encrypted, and the file copied in
from the share: decrypted on the way with the key the caller's `Unlock` gives."""

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kamdesk.domain.errors import PassphraseNeeded, SharedFileCorrupt, SharedFileUnreadable
from kamdesk.files import file_envelope, file_seal
from kamdesk.files.file_envelope import EnvelopeDamaged, Lock
from kamdesk.files.file_problems import file_problem

# The master key of an encrypted file under its lock, or the refusal to say why there is none.
Unlock = Callable[[Path, Lock], bytes]


@dataclass(frozen=True)
class Relock:
    """How the file is to be written from now on: encrypted under `lock` with the master key
    `key`, or plain (lock None)."""

    lock: Lock | None = None
    key: bytes = b""


class Identity(tuple[int, int, int]):
    """A file's size, modification time and inode: while all three are as they were, the
    file is the one read (kamdesk replaces the shared file, never rewrites it in place)."""

    @classmethod
    def of(cls, path: Path) -> "Identity":
        found = path.stat()
        return cls((found.st_size, found.st_mtime_ns, found.st_ino))


def file_digest(path: Path) -> str:
    """The digest naming the write the file at `path` holds ("" where it names none)."""
    if not file_envelope.is_encrypted(path):
        return file_seal.digest(path)[0]
    try:
        return file_envelope.header(path).digest
    except EnvelopeDamaged:
        return ""


def copied_in(
    path: Path, local: Path, backup: str, unlock: Unlock | None
) -> tuple[Identity, Relock, str]:
    """The share's file as it was copied to `local`: its identity before the copy (a later
    change must show), how it is locked, and the digest of an encrypted one ("" if plain)."""
    unlocked = Relock()

    def key_for(lock: Lock) -> bytes:
        nonlocal unlocked
        unlocked = Relock(lock, (unlock or _no_key)(path, lock))
        return unlocked.key

    try:
        identity = Identity.of(path)
        if not file_envelope.is_encrypted(path):
            shutil.copyfile(path, local)
            return identity, unlocked, ""
        digest = file_envelope.decrypt(path, local, key_for)  # sets `unlocked`
        return identity, unlocked, digest
    except EnvelopeDamaged as error:
        raise SharedFileCorrupt(path, backup) from error
    except OSError as error:
        raise SharedFileUnreadable(path, file_problem(error)) from error


def _no_key(path: Path, _lock: Lock) -> bytes:
    raise PassphraseNeeded(path)
