"""Who works with kamdesk on this computer, and how they like it: the name (and initials) the
histories, the team's lease and colleagues' sync logs and conflicts show (until the user gives
their name, the operating system's login: "root", "m.mueller"); how far ahead the calendar
export looks."""

from PySide6.QtCore import QSettings

from kamdesk.domain.calendar_events import DAYS_AHEAD_MAX, DEFAULT_DAYS_AHEAD
from kamdesk.domain.people import Person, clean_initials
from kamdesk.services.login import login_name

NAME_KEY = "profile/name"
INITIALS_KEY = "profile/initials"
CALENDAR_DAYS_KEY = "calendar/days_ahead"


def _setting(key: str) -> str:
    value = QSettings().value(key, "")
    return value.strip() if isinstance(value, str) else ""


def profile_name() -> str:
    return _setting(NAME_KEY)


def profile_initials() -> str:
    return _setting(INITIALS_KEY)


def set_profile(name: str, initials: str) -> None:
    settings = QSettings()
    settings.setValue(NAME_KEY, " ".join(name.split()))
    settings.setValue(INITIALS_KEY, clean_initials(initials))


def user() -> Person:
    return Person(profile_name() or login_name(), profile_initials())


def calendar_days() -> int:
    value = QSettings().value(CALENDAR_DAYS_KEY, DEFAULT_DAYS_AHEAD)
    try:
        days = int(str(value))
    except ValueError:
        return DEFAULT_DAYS_AHEAD
    return min(max(days, 1), DAYS_AHEAD_MAX)


def set_calendar_days(days: int) -> None:
    QSettings().setValue(CALENDAR_DAYS_KEY, days)
