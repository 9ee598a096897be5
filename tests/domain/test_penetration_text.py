from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.errors import InvalidAmount, InvalidCellText
from kamdesk.domain.penetration import Cell, CellState, validated_cell
from kamdesk.domain.penetration_text import cell_text, parse_cell_text

OURS, POTENTIAL, COMPETITOR = CellState.OURS, CellState.POTENTIAL, CellState.COMPETITOR


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("", Cell()),
        ("  ", Cell()),
        ("?", Cell()),
        ("Unbekannt", Cell()),
        ("12.000", Cell(OURS, Decimal(12000))),
        ("Ours", Cell(OURS)),
        ("wir: 300", Cell(OURS, Decimal(300))),
        ("o 12", Cell(OURS, Decimal(12))),
        ("Wettbewerb: Würth", Cell(COMPETITOR, None, "Würth")),
        ("competitor Fischer & Co", Cell(COMPETITOR, None, "Fischer & Co")),
        ("Konkurrenz", Cell(COMPETITOR)),
        ("p 5.000", Cell(POTENTIAL, Decimal(5000))),
        ("Potenzial: 12,5 €", Cell(POTENTIAL, Decimal("12.5"))),
        ("POTENTIAL", Cell(POTENTIAL)),
        ("nicht relevant", Cell(CellState.NOT_RELEVANT)),
        ("Not relevant", Cell(CellState.NOT_RELEVANT)),
        ("–", Cell(CellState.NOT_RELEVANT)),
        ("n", Cell(CellState.NOT_RELEVANT)),
    ],
)
def test_cell_text_reads_both_languages(text: str, cell: Cell) -> None:
    assert parse_cell_text(text, ",") == cell


@pytest.mark.parametrize("text", ["w 5", "x", "p five", "n 5", "Potenzial -5", "?? 3"])
def test_unclear_text_is_refused(text: str) -> None:
    """ "w" begins both "Wir" and "Wettbewerb"; the others say no state or a bad amount."""
    with pytest.raises(InvalidCellText):
        parse_cell_text(text, ",")


@pytest.mark.parametrize("text", ["12.000", "p 5.000"])
def test_an_amount_meaning_two_is_refused_in_a_cell(text: str) -> None:
    """In English "." is the decimal point: 12 or 12,000?"""
    with pytest.raises(InvalidAmount):
        parse_cell_text(text, ".")


def test_written_text_uses_the_language_and_plain_amounts() -> None:
    assert cell_text(Cell(POTENTIAL, Decimal("12000.50")), "de") == "Potenzial: 12000.50"
    assert cell_text(Cell(COMPETITOR, None, "Würth"), "en") == "Competitor: Würth"
    assert cell_text(Cell(OURS), "de") == "Wir"
    assert cell_text(Cell(), "de") == ""


amounts = st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False)
names = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40)
cells = st.one_of(
    st.builds(Cell, st.sampled_from([OURS, POTENTIAL]), st.none() | amounts),
    st.builds(Cell, st.just(COMPETITOR), st.none(), names),
    st.sampled_from([Cell(), Cell(CellState.NOT_RELEVANT)]),
)


@given(cells, st.sampled_from(["de", "en"]), st.sampled_from([",", "."]))
def test_every_cell_reads_back_as_written(cell: Cell, language: str, point: str) -> None:
    cell = validated_cell(cell)
    read = parse_cell_text(cell_text(cell, language), point)
    expected = Cell(cell.state, cell.amount, " ".join(cell.competitor.split()))
    assert read == expected
