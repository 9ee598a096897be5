"""The keys of encrypted team files in the system's keyring (Windows Credential Manager,
macOS Keychain, the Secret Service), by the salt of the lock they open. The master key is
kept, never the passphrase: it opens this team's file and nothing else the passphrase might
also open. Where there is no keyring, nothing is kept and kamdesk asks once a session.
(keyring is imported when first used: finding its backends would slow every start.)"""

import contextlib

SERVICE = "kamdesk team file"


def key(salt: bytes) -> bytes | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        found = keyring.get_password(SERVICE, salt.hex())
    except KeyringError:  # no keyring, or it is locked and the user said no
        return None
    try:
        return bytes.fromhex(found) if found else None
    except ValueError:
        return None  # not one kamdesk wrote


def keep(salt: bytes, master: bytes) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):  # then kept for this session only
        keyring.set_password(SERVICE, salt.hex(), master.hex())
