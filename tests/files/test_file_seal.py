"""The seal: the file's digest written into it and found again, wherever the file's chunks
happen to cut it, and a byte changed anywhere noticed."""

import hashlib
from pathlib import Path

import pytest

from kamdesk.files import file_seal

CHUNK = 1 << 20


def sealed_file(tmp_path: Path, at: int, size: int) -> Path:
    """`size` bytes of data with a blank seal at offset `at`, sealed."""
    data = bytearray(b"x" * size)
    data[at : at + len(file_seal.BLANK)] = file_seal.BLANK
    path = tmp_path / "team.kamdesk"
    path.write_bytes(bytes(data))
    file_seal.seal(path, (max(0, at - 100), at + 200))
    return path


@pytest.mark.parametrize("at", [10, CHUNK - 5, CHUNK - 20, 2 * CHUNK + 7])
def test_a_seal_is_found_wherever_the_chunks_cut_it(tmp_path: Path, at: int) -> None:
    path = sealed_file(tmp_path, at, 3 * CHUNK)
    blanked = bytearray(path.read_bytes())
    start = at + len(file_seal.MARK)
    written = bytes(blanked[start : start + 64]).decode("ascii")
    blanked[start : start + 64] = b"0" * 64
    assert written == hashlib.sha256(blanked).hexdigest()
    assert file_seal.digest(path) == (written, True)


def test_a_byte_changed_anywhere_leaves_the_file_unsealed(tmp_path: Path) -> None:
    path = sealed_file(tmp_path, CHUNK - 5, 2 * CHUNK)
    data = bytearray(path.read_bytes())
    data[CHUNK + 1000] ^= 0x01
    path.write_bytes(bytes(data))
    assert file_seal.digest(path) == (hashlib.sha256(data).hexdigest(), False)


def test_a_customers_text_that_looks_like_a_seal_is_not_taken_for_one(tmp_path: Path) -> None:
    path = tmp_path / "team.kamdesk"
    fake = file_seal.MARK + b"a" * 64
    path.write_bytes(b"x" * 500 + fake + b"y" * 500)
    assert file_seal.digest(path) == (hashlib.sha256(path.read_bytes()).hexdigest(), False)
