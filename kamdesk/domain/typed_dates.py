"""A day as people type it, day first as Germans and Britons write: "15.10.26",
"15.10.2026", "5.1.", "15/10/26", "151026", or "2026-10-15". A two-digit year is this
century's; a missing year is this year's."""

import re
from datetime import date

from kamdesk.domain.errors import InvalidDate

_DAY_FIRST = re.compile(r"(\d{1,2})[./\- ](\d{1,2})(?:[./\- ](\d{2}|\d{4}))?\.?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})")


def parse_typed_date(text: str, today: date) -> date | None:
    """None for an empty entry; InvalidDate for text that names no day."""
    typed = text.strip()
    if not typed:
        return None
    if match := _ISO.fullmatch(typed):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST.fullmatch(typed) or _DIGITS.fullmatch(typed):
        day, month = int(match.group(1)), int(match.group(2))
        year = today.year if match.group(3) is None else int(match.group(3))
        year += 2000 if year < 100 else 0
    else:
        raise InvalidDate(text)
    try:
        return date(year, month, day)
    except ValueError as error:  # 31.02., month 13
        raise InvalidDate(text) from error
