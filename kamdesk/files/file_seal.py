"""A file's SHA-256 kept inside the file: the seal, a marker and 64 hex digits, counted as 64
zeros when the digest is taken. SQLite checks a file's structure, not its values; the seal
notices any byte changed anywhere, with the one hash a sync takes of the file anyway."""

import hashlib
import mmap
from pathlib import Path

MARK = b"kamdesk-seal:"
BLANK = MARK + b"0" * 64  # the seal before the digest is written into it
_HEX = frozenset(b"0123456789abcdef")


def seal(path: Path, within: tuple[int, int]) -> str:
    """Write the file's digest into its blank seal, found between the byte offsets given
    (the page that holds it, so that a customer's text can never be taken for it)."""
    with path.open("r+b") as file, mmap.mmap(file.fileno(), 0) as data:
        at = data.find(BLANK, *within)
        if at == -1:
            raise ValueError("no blank seal")
        digest = hashlib.sha256(data).hexdigest()
        start = at + len(MARK)
        data[start : start + 64] = digest.encode("ascii")
    return digest


def digest(path: Path) -> tuple[str, bool]:
    """The file's digest and whether it is sealed: the seal's value where one holds it
    (the file as written), else the SHA-256 of its bytes."""
    with path.open("rb") as file:
        if path.stat().st_size == 0:
            return hashlib.sha256(b"").hexdigest(), False
        with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
            at = data.find(MARK)
            while at != -1:
                start = at + len(MARK)
                value = data[start : start + 64]
                if len(value) == 64 and set(value) <= _HEX and _blanked(data, start) == value:
                    return value.decode("ascii"), True
                at = data.find(MARK, at + 1)
            return hashlib.sha256(data).hexdigest(), False


def _blanked(data: mmap.mmap, start: int) -> bytes:
    """The digest of the file with the seal at `start` blank (views: no copy of the file)."""
    with memoryview(data) as view:
        found = hashlib.sha256(view[:start])
        found.update(b"0" * 64)
        found.update(view[start + 64 :])
    return found.hexdigest().encode("ascii")
