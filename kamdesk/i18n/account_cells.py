"""The account list's columns and what each cell says, for the window's list and for its
exports alike: text as the list shows it, and typed values (the score a number, the revenue
an amount) where a spreadsheet should compute with them."""

from decimal import Decimal

from kamdesk.domain.account import AccountSummary
from kamdesk.i18n.formats import format_money
from kamdesk.i18n.labels import field_label, scope_label, segment_label, status_level_label
from kamdesk.i18n.lifecycle_words import phase_label
from kamdesk.i18n.portfolio_words import field_name

NAME, STATUS, PHASE, SCORE, SCOPE, SEGMENT, OWNER, COUNTRY, REVENUE, PORTFOLIO = range(10)
COLUMN_FIELDS = (
    "name",
    "status_level",
    "phase",
    "score",
    "scope",
    "segment",
    "owner",
    "country",
    "revenue",
    "portfolio",
)
Cell = str | int | Decimal | None


def column_header(column: int) -> str:
    return field_label(COLUMN_FIELDS[column])


def cell_text(summary: AccountSummary, column: int) -> str:
    match column:
        case 0:  # NAME
            return summary.name
        case 1:  # STATUS
            return status_level_label(summary.status_level)
        case 2:  # PHASE
            return phase_label(summary.phase)
        case 3:  # SCORE
            return "" if summary.score is None else str(summary.score)
        case 4:  # SCOPE
            return scope_label(summary.scope)
        case 5:  # SEGMENT
            return segment_label(summary.segment)
        case 6:  # OWNER
            return summary.owner
        case 7:  # COUNTRY
            return summary.country
        case 9:  # PORTFOLIO
            return field_name(summary.portfolio)
    return "" if summary.revenue is None else format_money(summary.revenue)


def cell_value(summary: AccountSummary, column: int) -> Cell:
    """What an exported cell holds: numbers as numbers, the rest as the list's text."""
    if column == SCORE:
        return summary.score
    if column == REVENUE:
        return summary.revenue
    return cell_text(summary, column)


def exported_rows(
    summaries: list[AccountSummary], columns: list[int]
) -> tuple[list[str], list[list[Cell]]]:
    """The header and the rows of an export of these accounts, in these columns."""
    headers = [column_header(column) for column in columns]
    return headers, [[cell_value(s, column) for column in columns] for s in summaries]
