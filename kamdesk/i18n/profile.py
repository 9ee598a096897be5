"""Who works with kamdesk on this computer: the name the histories and the team's lease
show. Until the user gives theirs, the operating system's login ("root", "m.mueller")."""

from PySide6.QtCore import QSettings

from kamdesk.services.login import login_name

NAME_KEY = "profile/name"


def profile_name() -> str:
    value = QSettings().value(NAME_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def set_profile_name(name: str) -> None:
    QSettings().setValue(NAME_KEY, " ".join(name.split()))


def user_name() -> str:
    return profile_name() or login_name()
