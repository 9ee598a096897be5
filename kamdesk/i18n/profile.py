"""Who works with kamdesk on this computer, and how they like it: the name (and initials) the
histories, the team's lease and colleagues' sync logs and conflicts show (until the user gives
their name, the operating system's login: "root", "m.mueller"); how far ahead the calendar
export looks; how many days of daily backups are kept."""

from PySide6.QtCore import QSettings

from kamdesk.domain.backups import DAILY_DAYS_DEFAULT, DAILY_DAYS_MAX
from kamdesk.domain.calendar_events import DAYS_AHEAD_MAX, DEFAULT_DAYS_AHEAD
from kamdesk.domain.people import Person, clean_initials
from kamdesk.services.login import login_name

NAME_KEY = "profile/name"
INITIALS_KEY = "profile/initials"
CALENDAR_DAYS_KEY = "calendar/days_ahead"
BACKUP_DAYS_KEY = "backups/daily_days"


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


def _days(key: str, default: int, least: int, most: int) -> int:
    try:
        days = int(str(QSettings().value(key, default)))
    except ValueError:
        return default
    return min(max(days, least), most)


def calendar_days() -> int:
    return _days(CALENDAR_DAYS_KEY, DEFAULT_DAYS_AHEAD, 1, DAYS_AHEAD_MAX)


def set_calendar_days(days: int) -> None:
    QSettings().setValue(CALENDAR_DAYS_KEY, days)


def backup_days() -> int:
    """How many days of daily backups are kept; 0: no daily backup."""
    return _days(BACKUP_DAYS_KEY, DAILY_DAYS_DEFAULT, 0, DAILY_DAYS_MAX)


def set_backup_days(days: int) -> None:
    QSettings().setValue(BACKUP_DAYS_KEY, days)
