from decimal import Decimal

import pytest

from kamdesk.domain.errors import InvalidKeyFigures
from kamdesk.domain.key_figures import KeyFigures, validated


def test_plausible_figures_pass() -> None:
    figures = KeyFigures(
        2025, Decimal("1200000.50"), Decimal("-20000"), Decimal(0), Decimal("35.5"), Decimal("4.2")
    )
    assert validated(figures) == figures


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"revenue": Decimal("-1")}, "revenue"),
        ({"potential": Decimal("-0.01")}, "potential"),
        ({"share_of_wallet": Decimal("100.1")}, "share_of_wallet"),
        ({"satisfaction": Decimal("0.9")}, "satisfaction"),
        ({"satisfaction": Decimal("5.1")}, "satisfaction"),
        ({"year": 1989}, "year"),
        ({"revenue": Decimal("NaN")}, "revenue"),
    ],
)
def test_out_of_range_is_refused_naming_the_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidKeyFigures) as caught:
        validated(KeyFigures(**{"year": 2025, **change}))  # type: ignore[arg-type]
    assert [issue.field for issue in caught.value.issues] == [field]


def test_edges_are_allowed() -> None:
    validated(KeyFigures(1990, share_of_wallet=Decimal(0), satisfaction=Decimal(1)))
    validated(KeyFigures(2100, share_of_wallet=Decimal(100), satisfaction=Decimal(5)))
