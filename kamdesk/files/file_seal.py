"""A file's SHA-256 kept inside the file: the seal, a marker and 64 hex digits, counted as 64
zeros when the digest is taken. SQLite checks a file's structure, not its values; the seal
notices any byte changed anywhere, with the one hash a sync takes of the file anyway.

Files are read a chunk at a time, never mapped whole: a mapped file of a big team would count
its full size in the sync's resident memory."""

import hashlib
from collections.abc import Iterator
from io import BufferedIOBase
from pathlib import Path

MARK = b"kamdesk-seal:"
BLANK = MARK + b"0" * 64  # the seal before the digest is written into it
_HEX = frozenset(b"0123456789abcdef")
_CHUNK = 1 << 20


def seal(path: Path, within: tuple[int, int]) -> str:
    """Write the file's digest into its blank seal, found between the byte offsets given
    (the page that holds it, so that a customer's text can never be taken for it)."""
    with path.open("r+b") as file:
        file.seek(within[0])
        at = file.read(within[1] - within[0]).find(BLANK)
        if at == -1:
            raise ValueError("no blank seal")
        file.seek(0)
        digest = hashlib.file_digest(file, "sha256").hexdigest()
        file.seek(within[0] + at + len(MARK))
        file.write(digest.encode("ascii"))
    return digest


def digest(path: Path) -> tuple[str, bool]:
    """The file's digest and whether it is sealed: the seal's value where one holds it
    (the file as written), else the SHA-256 of its bytes."""
    with path.open("rb") as file:
        for start in list(_after_marks(file)):
            file.seek(start)
            value = file.read(64)
            if len(value) == 64 and set(value) <= _HEX and _blanked(file, start) == value:
                return value.decode("ascii"), True
        file.seek(0)
        return hashlib.file_digest(file, "sha256").hexdigest(), False


def _after_marks(file: BufferedIOBase) -> Iterator[int]:
    """The offsets just after each MARK in the file (one found across two chunks too)."""
    file.seek(0)
    offset, tail = 0, b""
    while chunk := file.read(_CHUNK):
        data = tail + chunk
        at = data.find(MARK)
        while at != -1:
            yield offset - len(tail) + at + len(MARK)
            at = data.find(MARK, at + 1)
        tail = data[-(len(MARK) - 1) :]
        offset += len(chunk)


def _blanked(file: BufferedIOBase, start: int) -> bytes:
    """The digest of the file with the 64 bytes at `start` counted as zeros."""
    found = hashlib.sha256()
    file.seek(0)
    _feed(found, file, start)
    found.update(b"0" * 64)
    file.seek(start + 64)
    _feed(found, file, None)
    return found.hexdigest().encode("ascii")


def _feed(found: "hashlib._Hash", file: BufferedIOBase, size: int | None) -> None:
    """`size` bytes of the file from where it stands into the hash (None: all that is left),
    through one reused buffer."""
    buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    left = size
    while left is None or left > 0:
        wanted = _CHUNK if left is None else min(_CHUNK, left)
        read = file.readinto(view[:wanted])
        if not read:
            return
        found.update(view[:read])
        if left is not None:
            left -= read
