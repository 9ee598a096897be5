"""The encrypted form of the shared file: what goes in comes out, and nothing else does."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.files import file_envelope
from kamdesk.files.file_envelope import CHUNK, HEADER_SIZE, EnvelopeDamaged, new_lock

LOCK, KEY = new_lock("Team-Passwort 2026")


def sealed(tmp_path: Path, plain: bytes) -> Path:
    (tmp_path / "plain").write_bytes(plain)
    file_envelope.encrypt(tmp_path / "plain", tmp_path / "sealed", LOCK, KEY)
    return tmp_path / "sealed"


def opened(path: Path) -> bytes:
    file_envelope.decrypt(path, path.with_name("opened"), lambda _lock: KEY)
    return path.with_name("opened").read_bytes()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK])
def test_what_is_encrypted_decrypts_to_the_same_bytes(tmp_path: Path, size: int) -> None:
    plain = os.urandom(size)
    assert opened(sealed(tmp_path, plain)) == plain


def test_every_write_draws_its_own_digest(tmp_path: Path) -> None:
    path = sealed(tmp_path, b"x")
    first = file_envelope.header(path).digest
    assert file_envelope.encrypt(tmp_path / "plain", path, LOCK, KEY) != first


def test_only_the_key_of_the_passphrase_opens_the_lock() -> None:
    assert LOCK.opens(LOCK.derive("Team-Passwort 2026"))
    assert not LOCK.opens(LOCK.derive("team-passwort 2026"))


def test_the_passphrase_is_read_in_one_unicode_form() -> None:
    composed, decomposed = "Grüße", "Gru\u0308ße"
    lock, _key = new_lock(composed)
    assert lock.opens(lock.derive(decomposed))


def test_a_lock_keeps_the_cost_it_was_made_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sealed(tmp_path, b"x")
    monkeypatch.setattr(file_envelope, "SCRYPT_N_LOG2", 12)  # a later kamdesk asks for more
    found = file_envelope.header(path).lock
    assert found.opens(found.derive("Team-Passwort 2026"))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_a_flipped_bit_anywhere_is_refused(tmp_path: Path, at: int, bit: int) -> None:
    path = sealed(tmp_path, os.urandom(CHUNK + 100))
    data = bytearray(path.read_bytes())
    data[at % len(data)] ^= 1 << bit
    path.write_bytes(bytes(data))
    with pytest.raises(EnvelopeDamaged):
        opened(path)


def test_a_file_cut_after_a_whole_chunk_is_refused(tmp_path: Path) -> None:
    path = sealed(tmp_path, os.urandom(2 * CHUNK))
    path.write_bytes(path.read_bytes()[: HEADER_SIZE + CHUNK + 16])
    with pytest.raises(EnvelopeDamaged):
        opened(path)


def test_a_file_grown_by_a_chunk_is_refused(tmp_path: Path) -> None:
    path = sealed(tmp_path, os.urandom(CHUNK))
    data = path.read_bytes()
    path.write_bytes(data + data[HEADER_SIZE:])
    with pytest.raises(EnvelopeDamaged):
        opened(path)


def test_a_damaged_header_is_told_before_any_key_is_asked_for(tmp_path: Path) -> None:
    path = sealed(tmp_path, b"x")
    data = bytearray(path.read_bytes())
    data[len(file_envelope.MAGIC) + 30] ^= 1  # inside the key check
    path.write_bytes(bytes(data))
    with pytest.raises(EnvelopeDamaged):
        file_envelope.header(path)
