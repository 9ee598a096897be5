"""The encrypted form of the team's shared file: a header, then the SQLite file in chunks,
each sealed with AES-256-GCM (the STREAM construction: a chunk's nonce is its number and
whether it is the last, so chunks cannot be reordered, dropped or added).

The team's passphrase gives the master key through scrypt, with the parameters and salt the
header states; the header also holds a check value of the master key, so a wrong passphrase
is told before any chunk is read, and a checksum of itself, so a damaged header is told as
damage, not as a wrong passphrase. Every write draws a random write id, from which (with
HKDF) the key of that file's chunks comes: a nonce is never used twice under one key. The
whole header is authenticated with every chunk."""

import hashlib
import hmac
import io
import os
import struct
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"kamdesk-encrypted\n"
VERSION = 1
# scrypt with N = 2^17, r = 8, p = 1: 128 MiB and about half a second, the parameters
# RFC 7914 and OWASP give for interactive logins; once per passphrase entered, not per sync.
SCRYPT_N_LOG2, SCRYPT_R, SCRYPT_P = 17, 8, 1
CHUNK = 1 << 20  # plaintext bytes per chunk: memory stays flat whatever the file's size
_TAG = 16
_BODY = struct.Struct(f"<{len(MAGIC)}sBBBB16s32s32sI")  # magic … chunk size
HEADER_SIZE = _BODY.size + 32  # and the SHA-256 of the body


class EnvelopeDamaged(Exception):
    """The bytes are not an encrypted kamdesk file as written (damaged or tampered with)."""


@dataclass(frozen=True)
class Lock:
    """What an encrypted file says about the key that opens it."""

    n_log2: int
    r: int
    p: int
    salt: bytes
    check: bytes  # of the master key

    def opens(self, key: bytes) -> bool:
        return hmac.compare_digest(_check(key), self.check)

    def derive(self, passphrase: str) -> bytes:
        """The master key the passphrase gives under this lock (whether it opens it or not)."""
        text = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        return hashlib.scrypt(
            text,
            salt=self.salt,
            n=1 << self.n_log2,
            r=self.r,
            p=self.p,
            maxmem=256 << 20,
            dklen=32,
        )


def new_lock(passphrase: str) -> tuple[Lock, bytes]:
    """A lock with a fresh salt for the passphrase, and its master key."""
    shape = Lock(SCRYPT_N_LOG2, SCRYPT_R, SCRYPT_P, os.urandom(16), b"")
    key = shape.derive(passphrase)
    return Lock(shape.n_log2, shape.r, shape.p, shape.salt, _check(key)), key


@dataclass(frozen=True)
class Header:
    lock: Lock
    write_id: bytes
    chunk: int
    raw: bytes  # authenticated with every chunk

    @property
    def digest(self) -> str:
        """Names this write of the file (every write draws a new id)."""
        return self.write_id.hex()


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(MAGIC)) == MAGIC


def header(path: Path) -> Header:
    with path.open("rb") as file:
        return _read_header(file)


def encrypt(source: Path, target: Path, lock: Lock, key: bytes) -> str:
    """The plain file at `source` encrypted into `target` (made or overwritten); the digest
    of the write."""
    write_id = os.urandom(32)
    body = _BODY.pack(
        MAGIC, VERSION, lock.n_log2, lock.r, lock.p, lock.salt, lock.check, write_id, CHUNK
    )
    raw = body + hashlib.sha256(body).digest()
    cipher = AESGCM(_file_key(key, write_id))
    out = memoryview(bytearray(CHUNK + _TAG))
    with source.open("rb") as plain, target.open("wb") as sealed:
        sealed.write(raw)
        for number, (chunk, last) in enumerate(_chunks(plain, CHUNK)):
            size = cipher.encrypt_into(_nonce(number, last), chunk, raw, out[: len(chunk) + _TAG])
            sealed.write(out[:size])
    return write_id.hex()


def decrypt(source: Path, target: Path | None, key_for: Callable[[Lock], bytes]) -> str:
    """The encrypted file at `source` decrypted into `target` (None: only every chunk
    checked) with the master key `key_for` gives for its lock; the digest of the write.
    EnvelopeDamaged when any byte is not as written under that key."""
    with source.open("rb") as sealed:
        found = _read_header(sealed)
        cipher = AESGCM(_file_key(key_for(found.lock), found.write_id))
        out = memoryview(bytearray(found.chunk))
        with (target or Path(os.devnull)).open("wb") as plain:
            for number, (chunk, last) in enumerate(_chunks(sealed, found.chunk + _TAG)):
                if len(chunk) < _TAG:
                    raise EnvelopeDamaged
                opened = out[: len(chunk) - _TAG]
                try:
                    size = cipher.decrypt_into(_nonce(number, last), chunk, found.raw, opened)
                except InvalidTag as error:
                    raise EnvelopeDamaged from error
                plain.write(out[:size])
    return found.digest


def _read_header(file: BinaryIO) -> Header:
    raw = file.read(HEADER_SIZE)
    body, checksum = raw[: _BODY.size], raw[_BODY.size :]
    if len(raw) < HEADER_SIZE or not hmac.compare_digest(hashlib.sha256(body).digest(), checksum):
        raise EnvelopeDamaged
    magic, version, n_log2, r, p, salt, check, write_id, chunk = _BODY.unpack(body)
    if magic != MAGIC or version != VERSION or not 0 < chunk <= 64 * CHUNK:
        raise EnvelopeDamaged
    return Header(Lock(n_log2, r, p, salt, check), write_id, chunk, raw)


def _chunks(file: io.BufferedReader, size: int) -> Iterator[tuple[memoryview, bool]]:
    """The file's chunks from where it stands, each with whether it is the last; at least one
    (an empty last chunk for an empty file, so that a cut-off file never passes). Two buffers
    take turns, so a chunk is valid until the next but one is read: megabyte buffers made
    anew for every chunk would cost the fresh pages' faults each time."""
    buffers = (memoryview(bytearray(size)), memoryview(bytearray(size)))
    turn = 0
    filled = file.readinto(buffers[turn])
    while True:
        following = file.readinto(buffers[1 - turn])
        yield buffers[turn][:filled], not following
        if not following:
            return
        turn, filled = 1 - turn, following


def _nonce(number: int, last: bool) -> bytes:
    return number.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _check(key: bytes) -> bytes:
    return hmac.new(key, b"kamdesk key check", hashlib.sha256).digest()


def _file_key(key: bytes, write_id: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=write_id, info=b"kamdesk file key").derive(key)
