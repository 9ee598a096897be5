"""The one reading of an amount typed, pasted or imported, in German or English.

A form that says its meaning by itself is read alike in both languages: "12.000,50" and
"12,000.50", "1.234.567", "12,5" and "12.5", "0,125". One separator followed by exactly three
digits ("12.000", "12,000") is a thousands separator where the user's language groups with
it; where it is the user's decimal point the form means two amounts a thousand apart, and is
refused rather than guessed."""

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from kamdesk.domain.errors import AmountProblem, InvalidAmount

_IGNORED = re.compile(r"[\s\u00a0\u202f'’€%]|^eur|eur$", re.IGNORECASE)  # "EUR 1.200" too
_SEPARATORS = ".,"


def parse_amount(text: str, decimal_point: str) -> Decimal | None:
    """None for an empty entry; InvalidAmount for text that is no amount or means two."""
    cleaned = _IGNORED.sub("", text).replace("\u2212", "-")
    if not cleaned:
        return None
    sign, digits = ("-", cleaned[1:]) if cleaned[0] == "-" else ("", cleaned.removeprefix("+"))
    point, group = _separators(digits, decimal_point, text)
    g, p = re.escape(group), re.escape(point)
    if not re.fullmatch(rf"(\d{{1,3}}({g}\d{{3}})*|\d+)({p}\d+)?", digits):
        raise InvalidAmount(text, AmountProblem.NOT_A_NUMBER)
    try:
        value = Decimal(sign + digits.replace(group, "").replace(point, "."))
    except InvalidOperation as error:
        raise InvalidAmount(text, AmountProblem.NOT_A_NUMBER) from error
    return value


def _separators(digits: str, decimal_point: str, text: str) -> tuple[str, str]:
    """Which character is the decimal point here, and which groups thousands."""
    used = [c for c in digits if c in _SEPARATORS]
    if not used:
        return decimal_point, _other(decimal_point)
    last = used[-1]
    if len(set(used)) == 2:
        return last, _other(last)  # "12.000,50": the last one is the decimal point
    if len(used) > 1:
        return _other(last), last  # "1.234.567"
    whole, _, fraction = digits.partition(last)
    groups_thousands = len(fraction) == 3 and 1 <= len(whole) <= 3 and not whole.startswith("0")
    if not groups_thousands:
        return last, _other(last)  # "12,5", "1234.567", "0,125"
    if last == decimal_point:
        raise InvalidAmount(text, AmountProblem.AMBIGUOUS)
    return _other(last), last


def _other(separator: str) -> str:
    return "," if separator == "." else "."


def sum_present(amounts: Iterable[Decimal | None]) -> Decimal | None:
    """The sum of the amounts there are; None when there is none (not zero: unknown)."""
    present = [amount for amount in amounts if amount is not None]
    return sum(present, Decimal(0)) if present else None
