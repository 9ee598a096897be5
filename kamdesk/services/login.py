"""The operating system's user name: who works, until the user says their name."""

import getpass

from kamdesk.domain.people import Person


def login_name() -> str:
    try:
        return getpass.getuser()
    except OSError:  # no user name in this environment
        return ""


def login_person() -> Person:
    return Person(login_name())
