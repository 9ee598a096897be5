"""A penetration-plan cell as text, the way a KAM types it and Excel holds it: "Ours: 12000",
"Wettbewerb: Würth", "p 5.000", "nicht relevant", "". Both languages are read whatever the
UI says, so a plan copied by a German colleague pastes into an English session."""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain.amounts import parse_amount
from kamdesk.domain.errors import AmountProblem, InvalidAmount, InvalidCellText
from kamdesk.domain.penetration import UNKNOWN, Cell, CellState, UnitKind

KEYWORDS: Mapping[str, Mapping[CellState, str]] = {
    "en": {
        CellState.OURS: "Ours",
        CellState.COMPETITOR: "Competitor",
        CellState.POTENTIAL: "Potential",
        CellState.NOT_RELEVANT: "Not relevant",
        CellState.UNKNOWN: "Unknown",
    },
    "de": {
        CellState.OURS: "Wir",
        CellState.COMPETITOR: "Wettbewerb",
        CellState.POTENTIAL: "Potenzial",
        CellState.NOT_RELEVANT: "Nicht relevant",
        CellState.UNKNOWN: "Unbekannt",
    },
}
UNIT_KINDS: Mapping[str, Mapping[UnitKind, str]] = {
    "en": {
        UnitKind.SITE: "Site",
        UnitKind.COUNTRY: "Country",
        UnitKind.DIVISION: "Division",
        UnitKind.DEPARTMENT: "Department",
    },
    "de": {
        UnitKind.SITE: "Standort",
        UnitKind.COUNTRY: "Land",
        UnitKind.DIVISION: "Bereich",
        UnitKind.DEPARTMENT: "Abteilung",
    },
}
_ALSO_READ = {
    CellState.OURS: ("eigen", "own"),
    CellState.COMPETITOR: ("wettbewerber", "konkurrenz", "mitbewerber"),
    CellState.POTENTIAL: ("potential",),
    CellState.NOT_RELEVANT: ("-", "–", "—", "n/a", "irrelevant"),
    CellState.UNKNOWN: ("?",),
}
_WORDS: dict[CellState, tuple[str, ...]] = {
    state: (
        *(words[state].casefold() for words in KEYWORDS.values()),
        *_ALSO_READ[state],
    )
    for state in CellState
}
_PAYLOAD = (CellState.OURS, CellState.POTENTIAL, CellState.COMPETITOR)


def cell_text(cell: Cell, language: str) -> str:
    """The cell as it is typed, with its keyword in `language` and a plain amount."""
    if cell.state is CellState.UNKNOWN:
        return ""
    keyword = KEYWORDS.get(language, KEYWORDS["en"])[cell.state]
    payload = cell.competitor if cell.state is CellState.COMPETITOR else plain_amount(cell.amount)
    return f"{keyword}: {payload}" if payload else keyword


def unit_kind_text(kind: UnitKind, language: str) -> str:
    return UNIT_KINDS.get(language, UNIT_KINDS["en"])[kind]


def parse_unit_kind(text: str) -> UnitKind | None:
    """A unit kind named in either language; a site when nothing is said; None if unclear."""
    folded = text.strip().casefold()
    if not folded:
        return UnitKind.SITE
    for words in UNIT_KINDS.values():
        for kind, word in words.items():
            if word.casefold() == folded:
                return kind
    return None


def plain_amount(amount: Decimal | None) -> str:
    """Digits and a decimal point, no grouping: read back the same in every language (three
    decimals get a fourth, "1.1250", since "1.125" could group thousands)."""
    if amount is None:
        return ""
    text = f"{amount:f}"
    return text + "0" if len(text.partition(".")[2]) == 3 else text


def parse_cell_text(text: str, decimal_point: str) -> Cell:
    """A bare amount means revenue of ours; otherwise a keyword (any unambiguous beginning of
    one, in either language) and what follows it. InvalidCellText when it says nothing clear."""
    stripped = " ".join(text.split())
    if not stripped:
        return UNKNOWN
    amount = _amount(stripped, decimal_point)
    if amount is not None:
        return Cell(CellState.OURS, amount)
    folded = stripped.casefold()
    for state, words in _WORDS.items():
        if folded in words:
            return Cell(state)
    head, rest = _split_keyword(stripped)
    states = {
        state
        for state, words in _WORDS.items()
        if any(w.startswith(head.casefold()) for w in words)
    }
    if len(states) != 1:
        raise InvalidCellText(text)
    state = states.pop()
    if state is CellState.COMPETITOR:
        return Cell(state, None, rest)
    if state not in _PAYLOAD:
        if rest:
            raise InvalidCellText(text)
        return Cell(state)
    amount = _amount(rest, decimal_point)
    if rest and amount is None:
        raise InvalidCellText(text)
    return Cell(state, amount)


def _split_keyword(text: str) -> tuple[str, str]:
    """ "Potenzial: 5000" and "p 5000" alike: the keyword, then the rest."""
    match = re.match(r"([^\s:]+)\s*:?\s*(.*)", text)
    assert match is not None  # text is stripped and not empty
    return match.group(1), match.group(2).strip()


def _amount(text: str, decimal_point: str) -> Decimal | None:
    """The amount `text` says, None when it is no amount; a negative one is no cell's."""
    try:
        amount = parse_amount(text, decimal_point)
    except InvalidAmount as error:
        if error.problem is AmountProblem.AMBIGUOUS:
            raise
        return None
    if amount is not None and amount < 0:
        raise InvalidCellText(text)
    return amount


@dataclass(frozen=True)
class SheetWords:
    """The sheet's headers and legend in the user's language (the UI layer translates)."""

    language: str  # the cell keywords: "de" or "en"
    unit: str
    level: str
    kind: str
    revenue: str
    potential: str
    legend: str  # the legend sheet's title
    meanings: Mapping[CellState, str]  # one sentence per cell state
    notes: Sequence[str] = ()  # how to write amounts, levels and sums
