"""The Plan tab: the account's key figures per year, edited like a spreadsheet (undoable).
The penetration plan, annual plan and contribution margin join it later."""

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.contribution_margin import MarginInputs, MarginStatement
from kamdesk.domain.errors import InvalidAmount
from kamdesk.domain.key_figures import FIGURE_FIELDS, MONEY_FIELDS, KeyFigures
from kamdesk.i18n.formats import format_decimal, format_money, parse_decimal
from kamdesk.i18n.labels import field_label
from kamdesk.i18n.messages import error_message
from kamdesk.ui.plan.margin_model import MarginModel
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view
from kamdesk.ui.widgets.undo_step import record_change

if TYPE_CHECKING:
    from kamdesk.services.plan import PlanService
    from kamdesk.ui.plan.margin_chart import MarginChart

COLUMNS = ("year", *FIGURE_FIELDS)
_DECIMALS = {"share_of_wallet": 1, "satisfaction": 1}


class KeyFiguresModel(ListTableModel[KeyFigures]):
    figures_edited = Signal(object, object)  # the year's figures before and after the edit
    edit_refused = Signal(object)  # the InvalidAmount

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.derived_years: set[int] = set()  # margins computed from cost lines, not typed

    def row_key(self, row: KeyFigures) -> object:
        return row.year  # one row per year

    def headers(self) -> tuple[str, ...]:
        return tuple(field_label(name) for name in COLUMNS)

    def _derived(self, index: Index) -> bool:
        return (
            COLUMNS[index.column()] == "contribution_margin"
            and self.rows[index.row()].year in self.derived_years
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.isValid() and index.column() and not self._derived(index)
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        figures, name = self.rows[index.row()], COLUMNS[index.column()]
        value = getattr(figures, name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "year":
                return str(value)
            if name in MONEY_FIELDS:
                return format_money(value)
            return format_decimal(value, _DECIMALS.get(name, 0))
        if role == Qt.ItemDataRole.EditRole:
            return (
                ""
                if value is None or name == "year"
                else format_decimal(value, 2 if name in MONEY_FIELDS else 1)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and self._derived(index):
            return self.tr("Contribution margin II of the cost lines below")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not index.column():
            return False
        try:
            number = parse_decimal(str(value))
        except InvalidAmount as error:
            self.edit_refused.emit(error)
            return False
        before = self.rows[index.row()]
        change: dict[str, Any] = {COLUMNS[index.column()]: number}
        after = dataclasses.replace(before, **change)
        if after != before:
            self.figures_edited.emit(before, after)
        return True


class KeyFiguresPage(QWidget):
    figures_changed = Signal(object)  # the account id; revenue and score may have moved
    failed = Signal(object)  # a KamdeskError to show

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._service: PlanService | None = None
        self._account_id: uuid.UUID | None = None
        self.note = QLabel(
            self.tr("Revenue, potential and contribution margin feed the scorecard's hard figures.")
        )
        self.note.setObjectName("secondaryText")
        self.note.setWordWrap(True)
        self.model = KeyFiguresModel(self)
        self.model.figures_edited.connect(self._edited)
        self.model.edit_refused.connect(lambda error: self.note.setText(error_message(error)))
        self.view = spreadsheet_view(self.model)
        self.view.setMinimumHeight((self.fontMetrics().height() + 8) * 6)
        self.add_button = QPushButton(self.tr("Add year"))
        self.add_button.clicked.connect(self.add_year)
        self.remove_button = QPushButton(self.tr("Remove year"))
        self.remove_button.clicked.connect(self.remove_selected_year)
        self.margin_model = MarginModel(self)
        self.margin_model.inputs_edited.connect(self._margin_edited)
        self.margin_model.edit_refused.connect(self.model.edit_refused)
        self.margin_view = QTableView()
        self.margin_view.setModel(self.margin_model)
        self.margin_view.setWordWrap(False)
        self.margin_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.margin_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        row_height = self.fontMetrics().height() + 6
        self.margin_view.verticalHeader().setDefaultSectionSize(row_height)
        self.margin_view.setMinimumHeight(row_height * 14)  # the whole ladder, no inner scrolling
        self.care_note = QLabel()
        self.care_note.setWordWrap(True)
        margin_heading = QLabel(self.tr("Customer contribution margin"))
        margin_heading.setObjectName("heading")
        heading = QLabel(self.tr("Key figures"))
        heading.setObjectName("heading")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        content = QWidget()
        layout = QVBoxLayout(content)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(margin_heading)
        layout.addWidget(self.margin_view, 2)
        layout.addWidget(self.care_note)
        self.chart: MarginChart | None = None
        self.chart_slot = QVBoxLayout()
        layout.addLayout(self.chart_slot)

    def attach(self, service: "PlanService") -> None:
        self._service = service

    def show_account(self, account_id: uuid.UUID) -> None:
        assert self._service is not None, "the store is not open yet"
        self._account_id = account_id
        self.model.derived_years = self._service.years_with_costs(account_id)
        self.model.set_rows(self._service.key_figures(account_id))
        statements = self._service.margin_statements(account_id)
        self.margin_model.set_statements(statements)
        self.care_note.setText(self._care_verdict(statements[-1]) if statements else "")
        self._chart().show_statements(statements)

    def _chart(self) -> "MarginChart":
        """Created when first shown: QtCharts costs start-up time the window need not pay."""
        if self.chart is None:
            from kamdesk.ui.plan.margin_chart import MarginChart

            self.chart = MarginChart()
            self.chart_slot.addWidget(self.chart)
        return self.chart

    def _care_verdict(self, latest: MarginStatement) -> str:
        """The cost of care must stay below its benefit: say so for the latest year."""
        cost, year = latest.cost_of_care, latest.inputs.year
        if not latest.costed or not latest.has_figures:
            return self.tr(
                "{year}: enter the revenue and the costs to see whether serving this customer pays."
            ).format(year=year)
        if not latest.care_pays_off:
            return self.tr(
                "{year}: serving this customer does not pay. Contribution margin II "
                "is {db2} after {cost} for care and visits."
            ).format(year=year, db2=format_money(latest.db2), cost=format_money(cost))
        return self.tr(
            "{year}: care and visits cost {cost}; contribution margin II stays at {db2}."
        ).format(year=year, cost=format_money(cost), db2=format_money(latest.db2))

    def add_year(self) -> None:
        years = [figures.year for figures in self.model.rows]
        year = max(years) + 1 if years else date.today().year - 1
        self._change(None, KeyFigures(year), self.tr("Add year {year}").format(year=year))

    def edit_latest_year(self) -> None:
        """Open the latest year's revenue for typing, adding a year when there is none."""
        if not self.model.rows:
            self.add_year()
        if self.model.rows:
            index = self.model.index(len(self.model.rows) - 1, COLUMNS.index("revenue"))
            self.view.setCurrentIndex(index)
            self.view.setFocus()
            self.view.edit(index)

    def remove_selected_year(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            figures = self.model.rows[rows[0].row()]
            self._change(figures, None, self.tr("Remove year {year}").format(year=figures.year))

    def _edited(self, before: KeyFigures, after: KeyFigures) -> None:
        self._change(before, after, self.tr("Edit key figures {year}").format(year=after.year))

    def _change(self, before: KeyFigures | None, after: KeyFigures | None, text: str) -> None:
        service, account_id = self._service, self._account_id
        if service is None or account_id is None:
            return
        year = (after or before or KeyFigures(0)).year

        def apply(figures: KeyFigures | None) -> None:
            if figures is None:
                service.remove_year(account_id, year)
            else:
                service.save_key_figures(account_id, figures)

        self._record(text, lambda: apply(after), lambda: apply(before))

    def _margin_edited(self, before: MarginStatement, after: MarginInputs) -> None:
        service, account_id = self._service, self._account_id
        if service is None or account_id is None:
            return
        if before.costed:
            undo = partial(service.save_margin_inputs, account_id, before.inputs)
        else:  # the first cost line: undoing it gives the typed margin back
            typed = next((f for f in self.model.rows if f.year == after.year), None)
            undo = partial(service.drop_margin_costs, account_id, typed or KeyFigures(after.year))
        self._record(
            self.tr("Edit contribution margin {year}").format(year=after.year),
            partial(service.save_margin_inputs, account_id, after),
            undo,
        )

    def _record(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        account_id = self._account_id
        record_change(
            self._undo_stack,
            text,
            do,
            undo,
            self.failed.emit,
            then=lambda: self.figures_changed.emit(account_id),
        )
