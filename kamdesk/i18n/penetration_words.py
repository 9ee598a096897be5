"""The penetration plan's words: the Excel sheet's headers and legend, the state names, in the
user's language. Cell keywords and unit kinds come from the domain's two-language vocabulary,
so what the screen shows is exactly what can be typed and imported."""

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.penetration import CellState, OfferingKind, UnitKind
from kamdesk.domain.penetration_text import KEYWORDS, SheetWords, unit_kind_text
from kamdesk.i18n.language import current_language

translate = QCoreApplication.translate


def state_label(state: CellState) -> str:
    return KEYWORDS[current_language()][state]


def unit_kind_label(kind: UnitKind) -> str:
    return unit_kind_text(kind, current_language())


def offering_kind_label(kind: OfferingKind) -> str:
    return {
        OfferingKind.PRODUCT_LINE: translate("penetration", "Product line"),
        OfferingKind.SERVICE: translate("penetration", "Service"),
    }[kind]


def state_meaning(state: CellState) -> str:
    return {
        CellState.OURS: translate(
            "penetration", "We supply this unit with this offering; the amount is our revenue."
        ),
        CellState.COMPETITOR: translate(
            "penetration", "A competitor supplies it; write the competitor's name after the word."
        ),
        CellState.POTENTIAL: translate(
            "penetration", "Nobody supplies it yet: white space; the amount is its estimated value."
        ),
        CellState.NOT_RELEVANT: translate("penetration", "The unit has no need for this offering."),
        CellState.UNKNOWN: translate("penetration", "An empty cell: not known yet."),
    }[state]


def sheet_words() -> SheetWords:
    return SheetWords(
        language=current_language(),
        unit=translate("penetration", "Unit"),
        level=translate("penetration", "Outline level"),
        kind=translate("penetration", "Kind"),
        revenue=translate("penetration", "Revenue"),
        potential=translate("penetration", "Potential"),
        legend=translate("penetration", "Legend"),
        meanings={state: state_meaning(state) for state in CellState},
        notes=(
            translate(
                "penetration",
                "A number alone is our revenue. Amounts may be written 12000, 12.000 or 12,000.50.",
            ),
            translate(
                "penetration",
                "Level 1 is a top-level unit; level 2 belongs to the nearest level-1 unit "
                "above it, and so on.",
            ),
            translate(
                "penetration",
                "Rows and columns whose heading starts with Σ are sums; they are not imported.",
            ),
        ),
    )
