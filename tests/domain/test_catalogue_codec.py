from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.catalogue_codec import (
    bands_from_text,
    bands_to_text,
    catalogue_from_data,
    catalogue_to_data,
    decode_answer,
    encode_answer,
)
from kamdesk.domain.default_catalogue import DEFAULT_CATALOGUE
from kamdesk.domain.errors import InvalidCatalogue
from kamdesk.domain.scorecard import Band


def test_catalogue_survives_the_round_trip_through_data() -> None:
    assert catalogue_from_data(catalogue_to_data(DEFAULT_CATALOGUE)) == DEFAULT_CATALOGUE


def test_unreadable_catalogue_data_is_a_typed_error() -> None:
    with pytest.raises(InvalidCatalogue):
        catalogue_from_data({"criteria": [{"key": "x"}]})


def test_bands_read_as_typed() -> None:
    assert bands_from_text(" 2: 5 ; 5:10; 250000.50: 15 ;") == (
        Band(Decimal(2), 5),
        Band(Decimal(5), 10),
        Band(Decimal("250000.50"), 15),
    )
    assert bands_to_text((Band(Decimal("1000000"), 20), Band(Decimal("2.50"), 1))) == (
        "1000000: 20; 2.5: 1"
    )


@pytest.mark.parametrize("text", ["2 5", "a: 1", "2: x", "2: 5: 7"])
def test_unreadable_bands_are_refused(text: str) -> None:
    with pytest.raises(InvalidCatalogue):
        bands_from_text(text)


@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=0, max_value=10**9, places=2),
            st.integers(min_value=0, max_value=1000),
        ),
        max_size=6,
    )
)
def test_band_text_round_trips(pairs: list[tuple[Decimal, int]]) -> None:
    bands = tuple(Band(minimum, points) for minimum, points in pairs)
    assert bands_from_text(bands_to_text(bands)) == bands


@pytest.mark.parametrize("key", ["lighthouse", "countries"])
def test_answers_round_trip(key: str) -> None:
    criterion = DEFAULT_CATALOGUE.criterion(key)
    answer = True if key == "lighthouse" else 7
    assert decode_answer(criterion, encode_answer(answer)) == answer
