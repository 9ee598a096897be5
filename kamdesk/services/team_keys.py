"""The keys that open encrypted team files: remembered for the session, kept in the system
keyring where there is one, derived from the team's passphrase, which the user typed or
scripts give in KAMDESK_TEAM_PASSPHRASE. The passphrase itself is never written anywhere."""

import os
from pathlib import Path

from kamdesk.domain.errors import PassphraseNeeded, PassphraseTooShort, PassphraseWrong
from kamdesk.domain.sync.passphrase import long_enough
from kamdesk.files import file_envelope, team_keyring
from kamdesk.files.file_envelope import Lock
from kamdesk.files.shared_lock import Relock

PASSPHRASE_VARIABLE = "KAMDESK_TEAM_PASSPHRASE"


class TeamKeys:
    def __init__(self) -> None:
        self._keys: dict[bytes, bytes] = {}  # salt: master key
        self._typed = ""

    def offer(self, passphrase: str) -> None:
        """The passphrase the user typed, tried on the next file it may open."""
        self._typed = passphrase

    def knows_passphrase(self) -> bool:
        return bool(self._passphrases())

    def key_for(self, path: Path, lock: Lock) -> bytes:
        """The master key for the file at `path` under `lock`; PassphraseNeeded when no
        passphrase is known, PassphraseWrong when none known opens it."""
        known = self._keys.get(lock.salt) or team_keyring.key(lock.salt)
        if known is not None and lock.opens(known):
            self._keys[lock.salt] = known
            return known
        passphrases = self._passphrases()
        for passphrase in passphrases:
            key = lock.derive(passphrase)
            if lock.opens(key):
                self._remember(lock, key)
                return key
        raise (PassphraseWrong if passphrases else PassphraseNeeded)(path)

    def relock(self, path: Path, passphrase: str) -> Relock:
        """A new lock for the passphrase (a new file, a changed passphrase), remembered."""
        if not long_enough(passphrase):
            raise PassphraseTooShort(path)
        lock, key = file_envelope.new_lock(passphrase)
        self._remember(lock, key)
        return Relock(lock, key)

    def for_new_file(self, path: Path) -> Relock:
        """How a new team file is written: encrypted when a passphrase is known."""
        passphrases = self._passphrases()
        return self.relock(path, passphrases[0]) if passphrases else Relock()

    def _remember(self, lock: Lock, key: bytes) -> None:
        self._keys[lock.salt] = key
        team_keyring.keep(lock.salt, key)

    def _passphrases(self) -> list[str]:
        """Newest first: typed this session, then the environment's."""
        return [p for p in (self._typed, os.environ.get(PASSPHRASE_VARIABLE, "")) if p]
