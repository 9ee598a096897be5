"""The keys of encrypted team files in the system's keyring (Windows Credential Manager,
macOS Keychain, the Secret Service), by the salt of the lock they open. The master key is
kept, never the passphrase: it opens this team's file and nothing else the passphrase might
also open. And the password of a team server, by the server's address, where the user asked
for it to be kept. Where there is no keyring, nothing is kept and kamdesk asks once a session.
(keyring is imported when first used: finding its backends would slow every start.)"""

import contextlib

SERVICE = "kamdesk team file"
SERVER_SERVICE = "kamdesk team server"


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


def server_password(url: str) -> str:
    """The kept password of the server at `url`; "" where none is kept."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVER_SERVICE, url) or ""
    except KeyringError:
        return ""


def keep_server_password(url: str, password: str) -> bool:
    """Keep (or, given "", forget) the server's password; False where there is no keyring."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(SERVER_SERVICE, url, password)
        else:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(SERVER_SERVICE, url)
    except KeyringError:
        return False
    return True
