"""Numbers and dates as the user reads and types them: "1.234.567,89" and "23.11.26" in German,
"1,234,567.89" and "23/11/2026" in English. Amounts stay Decimal: no cent is lost to floats."""

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kamdesk.domain.amounts import parse_amount


def decimal_point() -> str:
    """The user's decimal point, for the one amount parser (kamdesk.domain.amounts)."""
    return QLocale().decimalPoint()


def parse_decimal(text: str) -> Decimal | None:
    """An amount as the user types it: None for an empty entry; InvalidAmount otherwise."""
    return parse_amount(text, decimal_point())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: date | None) -> str:
    return "" if day is None else QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def format_moment(moment: datetime) -> str:
    """A timestamp in the user's time zone and format."""
    local = moment.astimezone()
    shown = QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def format_money(value: Decimal | None) -> str:
    """Whole euros, with the currency sign where the user's language puts it."""
    return "" if value is None else QLocale().toCurrencyString(float(value), "€", 0)


def format_decimal(value: Decimal | None, decimals: int = 0) -> str:
    """Rounded half up to `decimals`, grouped as the user reads it; exact (no float), so
    what is shown parses back to itself."""
    if value is None:
        return ""
    rounded = value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    locale = QLocale()
    swap = {",": locale.groupSeparator(), ".": locale.decimalPoint()}
    return "".join(swap.get(c, c) for c in f"{rounded:,.{decimals}f}")
