"""The contribution margin as a spreadsheet: the ladder from revenue to DB III down the side,
one column per year. Cost lines are typed in; revenue comes from the key figures."""

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont

from kamdesk.domain.contribution_margin import MarginStatement
from kamdesk.domain.errors import InvalidAmount
from kamdesk.i18n.formats import format_decimal, format_money, parse_decimal
from kamdesk.ui.widgets.list_table_model import Index

REVENUE, COST, RESULT = "revenue", "cost", "result"
LINES = (
    ("revenue", REVENUE),
    ("sales_deductions", COST),
    ("net_revenue", RESULT),
    ("variable_costs", COST),
    ("db1", RESULT),
    ("service_costs", COST),
    ("logistics_costs", COST),
    ("care_costs", COST),
    ("visit_costs", COST),
    ("db2", RESULT),
    ("project_costs", COST),
    ("db3", RESULT),
)


class MarginModel(QAbstractTableModel):
    inputs_edited = Signal(object, object)  # the MarginStatement before, the MarginInputs after
    edit_refused = Signal(object)  # the InvalidAmount

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statements: list[MarginStatement] = []

    def set_statements(self, statements: list[MarginStatement]) -> None:
        self.beginResetModel()
        self.statements = statements
        self.endResetModel()

    def _labels(self) -> dict[str, str]:
        return {
            "revenue": self.tr("Revenue"),
            "sales_deductions": self.tr("− Sales deductions (discounts, bonuses)"),
            "net_revenue": self.tr("= Net revenue"),
            "variable_costs": self.tr("− Variable product costs"),
            "db1": self.tr("= Contribution margin I"),
            "service_costs": self.tr("− Service"),
            "logistics_costs": self.tr("− Logistics"),
            "care_costs": self.tr("− Key-account care"),
            "visit_costs": self.tr("− Visits"),
            "db2": self.tr("= Contribution margin II"),
            "project_costs": self.tr("− Project costs"),
            "db3": self.tr("= Contribution margin III"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LINES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.statements)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.statements[section].inputs.year)
        return self._labels()[LINES[section][0]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and LINES[index.row()][1] == COST:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _amount(self, result: MarginStatement, name: str) -> Decimal:
        source = result if dict(LINES)[name] == RESULT else result.inputs
        amount: Decimal = getattr(source, name)
        return amount

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, kind = LINES[index.row()]
        result = self.statements[index.column()]
        amount = self._amount(result, name)
        if not result.costed and name != "revenue":
            return self._uncosted(result, name, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind != RESULT or name == "net_revenue":
                return format_money(amount)
            ratio = result.ratio(amount)
            share = self.tr("n/a") if ratio is None else f"{format_decimal(ratio, 1)} %"
            return f"{format_money(amount)}  ({share})"
        if role == Qt.ItemDataRole.EditRole and kind == COST:
            return format_decimal(amount, 2)
        if role == Qt.ItemDataRole.FontRole and kind == RESULT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _uncosted(self, result: MarginStatement, name: str, role: int) -> Any:
        """A year without cost lines: cost cells wait to be typed, DB II is the typed margin."""
        typed = name == "db2" and result.typed_margin is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_money(result.typed_margin) if typed else "–"
        if role == Qt.ItemDataRole.ToolTipRole and name == "db2":
            return self.tr(
                "Typed in the key figures. Enter the cost lines to compute it from them."
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        name, kind = LINES[index.row()]
        if role != Qt.ItemDataRole.EditRole or kind != COST:
            return False
        try:
            number = parse_decimal(str(value)) or Decimal(0)
        except InvalidAmount as error:
            self.edit_refused.emit(error)
            return False
        before = self.statements[index.column()]
        change: dict[str, Any] = {name: number}
        after = dataclasses.replace(before.inputs, **change)
        if after != before.inputs or not before.costed:
            self.inputs_edited.emit(before, after)
        return True
