"""The penetration plan as a heat map: units down, offerings across, each row's and column's
revenue and potential at the ends. Cells are typed as text ("p 5000"); the model only
parses, the page writes to the store and hands the result back (update_cells)."""

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from kamdesk.domain.errors import InvalidAmount, InvalidCellText
from kamdesk.domain.penetration import (
    Cell,
    CellKey,
    CellState,
    PenetrationPlan,
    PlanSums,
    Sums,
    WhiteSpot,
    heat_colour,
)
from kamdesk.domain.penetration_text import cell_text, parse_cell_text, plain_amount
from kamdesk.i18n.formats import decimal_point, format_money
from kamdesk.i18n.language import current_language
from kamdesk.i18n.penetration_words import state_label
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel

_DARK_TEXT = QColor("#1a1a1a")
REPAINT_ONE_BY_ONE = 400  # more changed cells than this (a big paste): repaint the view once


class PenetrationModel(QAbstractTableModel):
    cells_edited = Signal(object)  # {CellKey: Cell}: what the user typed, not stored yet
    edit_refused = Signal(object)  # the InvalidCellText

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = PenetrationPlan()
        self._sums: PlanSums
        self._lay_out()
        self._derive()

    # the plan

    def set_plan(self, plan: PenetrationPlan) -> None:
        self.beginResetModel()
        self.plan = plan
        self._lay_out()
        self._derive()
        self.endResetModel()

    def update_cells(self, changes: Mapping[CellKey, Cell]) -> None:
        """Show stored changes without reading the plan again: instant even for big plans."""
        before = {key: self.plan.cell(*key) for key in changes}
        cells = dict(self.plan.cells)
        for key, cell in changes.items():
            if cell.state is CellState.UNKNOWN:
                cells.pop(key, None)
            else:
                cells[key] = cell
        self.plan = dataclasses.replace(self.plan, cells=cells)
        largest_before = self._sums.largest
        self._sums = self.plan.sums_after(self._sums, before)
        if self._sums.largest != largest_before:  # the heat map's deepest shade moved
            self._repaint_all()
            return
        touched = self._touched_by(changes)
        if len(touched) > REPAINT_ONE_BY_ONE:
            self._repaint_all()
            return
        for row, column in touched:  # one cell at a time: a range repaints the whole view
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def _repaint_all(self) -> None:
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )

    def _touched_by(self, changes: Iterable[CellKey]) -> set[tuple[int, int]]:
        """The changed cells, their units' and parents' row sums, their offerings' column
        sums, and the totals."""
        units, offerings = len(self.plan.units), len(self.plan.offerings)
        touched = {(units, offerings), (units + 1, offerings + 1)}
        for unit_id, offering_id in changes:
            row, column = self._positions.get((unit_id, offering_id), (-1, -1))
            if row < 0:
                continue
            touched |= {(row, column), (units, column), (units + 1, column)}
            while row >= 0:
                touched |= {(row, offerings), (row, offerings + 1)}
                row = self._parent_rows[row]
        return touched

    def _lay_out(self) -> None:
        """Where each cell sits; units and offerings change only with a new plan."""
        self._positions = {
            (unit.id, offering.id): (row, column)
            for row, unit in enumerate(self.plan.units)
            for column, offering in enumerate(self.plan.offerings)
        }
        self._depths = self.plan.depths()
        rows: dict[uuid.UUID | None, int] = {u.id: row for row, u in enumerate(self.plan.units)}
        self._parent_rows = [rows.get(unit.parent_id, -1) for unit in self.plan.units]

    def _derive(self) -> None:
        self._sums = self.plan.sums()

    def key(self, index: Index) -> CellKey | None:
        """The (unit, offering) of a plan cell; None for the sums."""
        if not self.is_plan_cell(index):
            return None
        return self.plan.units[index.row()].id, self.plan.offerings[index.column()].id

    def is_plan_cell(self, index: Index) -> bool:
        units, offerings = len(self.plan.units), len(self.plan.offerings)
        return index.isValid() and index.row() < units and index.column() < offerings

    def index_of(self, spot: WhiteSpot) -> QModelIndex:
        return self.index(
            self.plan.units.index(spot.unit), self.plan.offerings.index(spot.offering)
        )

    # Qt's model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.plan.units else len(self.plan.units) + 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.plan.offerings else len(self.plan.offerings) + 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if self.is_plan_cell(index) else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.key(index)
        if key is None:
            return self._sum_data(index, role)
        cell = self.plan.cell(*key)
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(cell)
        if role == Qt.ItemDataRole.EditRole:
            return cell_text(cell, current_language())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = heat_colour(cell, self._sums.largest.get(cell.state, Decimal(0)))
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and cell.state is not CellState.UNKNOWN:
            return _DARK_TEXT  # on the pale heat colours, also in a dark theme
        if role == Qt.ItemDataRole.ToolTipRole and cell.state is not CellState.UNKNOWN:
            return cell_text(cell, current_language())
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.amount is not None:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _sum_data(self, index: Index, role: int) -> Any:
        value = self._sum(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return ""
            return (
                format_money(value) if role == Qt.ItemDataRole.DisplayRole else plain_amount(value)
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self.plan.units):
            return self.tr("Including the unit's sub-units")
        return None

    def _sum(self, row: int, column: int) -> Decimal | None:
        """Row sums to the right, column sums below, the totals in the corner."""
        units, offerings = len(self.plan.units), len(self.plan.offerings)
        if row < units:
            return _pick(self._sums.rows[self.plan.units[row].id], column - offerings)
        if column < offerings:
            return _pick(self._sums.columns[self.plan.offerings[column].id], row - units)
        return _pick(self._sums.total, row - units) if column - offerings == row - units else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        units, offerings = self.plan.units, self.plan.offerings
        horizontal = orientation == Qt.Orientation.Horizontal
        count = len(offerings) if horizontal else len(units)
        if role == Qt.ItemDataRole.DisplayRole:
            if section >= count:
                return "Σ " + self._sum_label(section - count)
            if horizontal:
                return offerings[section].name
            unit = units[section]
            return "    " * self._depths.get(unit.id, 0) + unit.name
        if role == Qt.ItemDataRole.TextAlignmentRole and not horizontal:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def _sum_label(self, which: int) -> str:
        return self.tr("Revenue") if which == 0 else self.tr("Potential")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.key(index)
        if role != Qt.ItemDataRole.EditRole or key is None:
            return False
        try:
            cell = parse_cell_text(str(value), decimal_point())
        except (InvalidCellText, InvalidAmount) as error:
            self.edit_refused.emit(error)
            return False
        if cell != self.plan.cell(*key):
            self.cells_edited.emit({key: cell})
        return True


def _pick(sums: Sums, which: int) -> Decimal:
    """0: revenue, 1: potential: the order of the sum rows and columns."""
    return sums.revenue if which == 0 else sums.potential


def _shown(cell: Cell) -> str:
    """Short enough for fifty columns; the colour says the state, the tooltip says it in words."""
    match cell.state:
        case CellState.OURS:
            return format_money(cell.amount) if cell.amount is not None else "✓"
        case CellState.POTENTIAL:
            return "+" + format_money(cell.amount) if cell.amount is not None else "+"
        case CellState.COMPETITOR:
            return cell.competitor or state_label(cell.state)
        case CellState.NOT_RELEVANT:
            return "–"
    return ""


class WhiteSpaceModel(ListTableModel[WhiteSpot]):
    """The cells nobody supplies yet, largest potential first."""

    UNIT, OFFERING, POTENTIAL = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Unit"), self.tr("Offering"), self.tr("Potential"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spot = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (spot.unit.name, spot.offering.name, format_money(spot.potential))[
                index.column()
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.POTENTIAL:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
