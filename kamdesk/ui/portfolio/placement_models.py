"""The portfolio's lists: the funnel's candidates, and the accounts not placed with the
figure each lacks."""

from typing import Any

from PySide6.QtCore import QObject, Qt

from kamdesk.domain.portfolio import Placement
from kamdesk.i18n.formats import format_money
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.portfolio_words import field_meaning, field_name, lack_text
from kamdesk.i18n.portfolio_words import source_text as potential_source_text
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

NAME, FIELD, LEVEL, VALUE, POTENTIAL, OWNER = range(6)


class CandidatesModel(ListTableModel[Placement]):
    """Top customers first, then base and development customers; the highest value first."""

    def row_key(self, row: Placement) -> object:
        return row.account.id

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Account"),
            self.tr("Field"),
            self.tr("Status"),
            self.tr("Value"),
            self.tr("Potential"),
            self.tr("Owner"),
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        placement, column = self.rows[index.row()], index.column()
        if role == _DISPLAY:
            return (
                placement.account.name,
                field_name(placement.field),
                status_level_label(placement.account.status_level),
                format_money(placement.value),
                format_money(placement.potential),
                placement.account.owner,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, POTENTIAL):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == FIELD and placement.field:
            return field_meaning(placement.field)
        if role == Qt.ItemDataRole.ToolTipRole and column == POTENTIAL:
            return self.tr("From {source}").format(
                source=potential_source_text(placement.potential_source)
            )
        return None


UNPLACED_NAME, LACKS = range(2)


class UnplacedModel(ListTableModel[Placement]):
    """Accounts that lack a figure: said to lack it, never counted as low."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year = 0
        self.basis_text = ""

    def row_key(self, row: Placement) -> object:
        return row.account.id

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Account"), self.tr("What is missing"))

    def set_context(self, year: int, basis: str) -> None:
        self.year, self.basis_text = year, basis

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY:
            return None
        placement = self.rows[index.row()]
        if index.column() == UNPLACED_NAME:
            return placement.account.name
        assert placement.lack is not None
        return lack_text(placement.lack).format(basis=self.basis_text, year=self.year)
