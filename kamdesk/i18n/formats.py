"""Numbers and dates as the user reads and types them: "1.234.567,89" and "23.11.26" in German,
"1,234,567.89" and "23/11/2026" in English. Amounts stay Decimal: no cent is lost to floats."""

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime, QLocale

_IGNORED = ("€", "%", " ", "\u00a0", "\u202f")


def parse_decimal(text: str) -> Decimal | None:
    """None for an empty entry; ValueError for text that is no number."""
    locale = QLocale()
    cleaned = text
    for ignored in (*_IGNORED, locale.groupSeparator()):
        cleaned = cleaned.replace(ignored, "")
    cleaned = cleaned.replace(locale.decimalPoint(), ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    return value


def format_date(day: date | None) -> str:
    return "" if day is None else QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def format_moment(moment: datetime) -> str:
    """A timestamp in the user's time zone and format."""
    return QLocale().toString(
        QDateTime(moment.astimezone().replace(tzinfo=None)), QLocale.FormatType.ShortFormat
    )


def format_money(value: Decimal | None) -> str:
    """Whole euros, with the currency sign where the user's language puts it."""
    return "" if value is None else QLocale().toCurrencyString(float(value), "€", 0)


def format_decimal(value: Decimal | None, decimals: int = 0) -> str:
    """For display only: the float is exact enough for amounts shown to the cent."""
    return "" if value is None else QLocale().toString(float(value), "f", decimals)
