"""A day read as it is typed, day first."""

from datetime import date

import pytest

from kamdesk.domain.errors import InvalidDate
from kamdesk.domain.typed_dates import parse_typed_date

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("15.10.26", date(2026, 10, 15)),
        ("15.10.2026", date(2026, 10, 15)),
        ("5.1.27", date(2027, 1, 5)),
        ("5.1.", date(2026, 1, 5)),
        ("5.1", date(2026, 1, 5)),
        ("15/10/26", date(2026, 10, 15)),
        ("15-10-2026", date(2026, 10, 15)),
        ("151026", date(2026, 10, 15)),
        ("15102026", date(2026, 10, 15)),
        ("2026-10-15", date(2026, 10, 15)),
        (" 01.12.26 ", date(2026, 12, 1)),
        ("", None),
    ],
)
def test_a_day_is_read_as_typed(typed: str, day: date | None) -> None:
    assert parse_typed_date(typed, TODAY) == day


@pytest.mark.parametrize("typed", ["31.2.26", "15.13.26", "morgen", "1.2.3.4", "123", "0.0.0"])
def test_text_that_names_no_day_is_refused(typed: str) -> None:
    with pytest.raises(InvalidDate):
        parse_typed_date(typed, TODAY)
