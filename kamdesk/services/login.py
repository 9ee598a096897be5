"""The operating system's user name: who works, until the user says their name."""

import getpass


def login_name() -> str:
    try:
        return getpass.getuser()
    except OSError:  # no user name in this environment
        return ""
