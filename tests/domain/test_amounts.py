"""One reading of every amount, in German and English: what is clear is read alike, what
means two amounts is refused, never guessed."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.amounts import parse_amount
from kamdesk.domain.errors import AmountProblem, InvalidAmount

GERMAN, ENGLISH = ",", "."


@pytest.mark.parametrize("point", [GERMAN, ENGLISH])
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("12.000,50", Decimal("12000.50")),
        ("12,000.50", Decimal("12000.50")),
        ("1.234.567", Decimal(1234567)),
        ("1,234,567", Decimal(1234567)),
        ("12'000 €", Decimal(12000)),
        ("1,5", Decimal("1.5")),
        ("1.5", Decimal("1.5")),
        ("0,125", Decimal("0.125")),
        ("1234.567", Decimal("1234.567")),
        ("5 EUR", Decimal(5)),
        ("35 %", Decimal(35)),
        ("+500", Decimal(500)),
        ("-1.250,00", Decimal("-1250.00")),
        ("", None),
        ("  ", None),
    ],
)
def test_a_form_that_says_its_meaning_reads_alike_in_both_languages(
    text: str, amount: Decimal | None, point: str
) -> None:
    assert parse_amount(text, point) == amount


@pytest.mark.parametrize(
    ("text", "point", "amount"),
    [("12.000", GERMAN, Decimal(12000)), ("12,000", ENGLISH, Decimal(12000))],
)
def test_three_digits_after_the_grouping_separator_are_thousands(
    text: str, point: str, amount: Decimal
) -> None:
    assert parse_amount(text, point) == amount


@pytest.mark.parametrize(("text", "point"), [("12,000", GERMAN), ("12.000", ENGLISH)])
def test_three_digits_after_the_decimal_point_are_refused_as_ambiguous(
    text: str, point: str
) -> None:
    with pytest.raises(InvalidAmount) as refused:
        parse_amount(text, point)
    assert refused.value.problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize("point", [GERMAN, ENGLISH])
@pytest.mark.parametrize("text", ["abc", "1,2,3", "12.5.3", "12.000,5.0", "1.23,4", "--5"])
def test_text_that_is_no_amount_is_refused(text: str, point: str) -> None:
    with pytest.raises(InvalidAmount) as refused:
        parse_amount(text, point)
    assert refused.value.problem is AmountProblem.NOT_A_NUMBER


@given(
    st.integers(1, 999),
    st.integers(0, 999).map(lambda n: f"{n:03d}"),
    st.sampled_from([GERMAN, ENGLISH]),
)
def test_no_single_decimal_point_before_three_digits_is_ever_read(
    whole: int, fraction: str, point: str
) -> None:
    with pytest.raises(InvalidAmount):
        parse_amount(f"{whole}{point}{fraction}", point)
