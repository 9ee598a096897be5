"""Amounts as the user reads them parse back to exactly the amount, in both languages."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from kamdesk.domain.errors import AmountProblem, InvalidAmount
from kamdesk.i18n.formats import format_decimal, parse_decimal

LOCALES = {"de": QLocale(QLocale.Language.German, QLocale.Country.Germany), "en": QLocale("en_GB")}
amounts = st.decimals(
    min_value=Decimal("-99999999999.99"),
    max_value=Decimal("99999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@pytest.fixture(params=sorted(LOCALES))
def language(request: pytest.FixtureRequest) -> str:
    QLocale.setDefault(LOCALES[request.param])  # restored by the isolated_settings fixture
    return str(request.param)


# The language fixture only sets the locale, the same for every generated amount.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amount=amounts, decimals=st.sampled_from([0, 1, 2]))
def test_every_shown_amount_parses_back_exactly(
    language: str, amount: Decimal, decimals: int
) -> None:
    shown = format_decimal(amount, decimals)
    assert parse_decimal(shown) == amount.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


@pytest.mark.parametrize(
    ("language", "text"), [("de", "12,000"), ("en", "12.000")], indirect=["language"]
)
def test_a_form_meaning_two_amounts_is_refused_in_that_language(language: str, text: str) -> None:
    with pytest.raises(InvalidAmount) as refused:
        parse_decimal(text)
    assert refused.value.problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("language", "text"), [("de", "12.000,50"), ("en", "12,000.50")], indirect=["language"]
)
def test_the_other_languages_form_is_read_too(language: str, text: str) -> None:
    assert parse_decimal(text) == Decimal("12000.50")
