"""The penetration plan of one account: the heat-map matrix, the white space beside it, the
customer's units and the shared offerings, Excel import and export. Everything is undoable."""

import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.penetration import (
    BASE_COLOURS,
    Cell,
    CellKey,
    PenetrationPlan,
    Unit,
    UnitKind,
    heat_colour,
)
from kamdesk.i18n.formats import decimal_point
from kamdesk.i18n.messages import error_message
from kamdesk.i18n.penetration_words import sheet_words, state_label, unit_kind_label
from kamdesk.ui.plan.offerings_dialog import OfferingsDialog
from kamdesk.ui.plan.penetration_model import PenetrationModel, WhiteSpaceModel
from kamdesk.ui.plan.penetration_view import PenetrationView
from kamdesk.ui.plan.penetration_workbook import workbook_to_export, workbook_to_import
from kamdesk.ui.widgets.list_table_model import Index
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view
from kamdesk.ui.widgets.undo_step import record_change

if TYPE_CHECKING:
    from kamdesk.services.penetration import PenetrationService


class PenetrationPage(QWidget):
    failed = Signal(object)  # a KamdeskError to show

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._service: PenetrationService | None = None
        self._account: tuple[uuid.UUID, str] | None = None
        self._offerings_dialog: OfferingsDialog | None = None
        self.model = PenetrationModel(self)
        self.model.cells_edited.connect(
            lambda changes: self.set_cells(changes, self.tr("Edit cell"))
        )
        self.model.edit_refused.connect(self._tell_error)
        self.view = PenetrationView(self.model)
        self.view.cells_requested.connect(self.set_cells)
        self.view.paste_refused.connect(self._tell_error)
        self.view.pasted_in_part.connect(self._tell_paste_cut)
        self.white_space = WhiteSpaceModel(self)
        self.white_space_view = spreadsheet_view(self.white_space, WhiteSpaceModel.OFFERING)
        self.white_space_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Thousands of white spots: fixed widths, so Qt never measures every row.
        spots_header = self.white_space_view.horizontalHeader()
        spots_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        spots_header.setSectionResizeMode(WhiteSpaceModel.OFFERING, QHeaderView.ResizeMode.Stretch)
        digit = self.fontMetrics().horizontalAdvance("0")
        spots_header.resizeSection(WhiteSpaceModel.UNIT, digit * 14)
        spots_header.resizeSection(WhiteSpaceModel.POTENTIAL, digit * 12)
        # The offering takes what is left: never less than its heading and a short name.
        offering = max(spots_header.sectionSizeHint(WhiteSpaceModel.OFFERING), digit * 14)
        frame = 2 * self.white_space_view.frameWidth() + self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent
        )
        self.white_space_view.setMinimumWidth(digit * 26 + offering + frame)
        self.white_space_view.doubleClicked.connect(self._go_to_spot)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix = QStackedWidget()
        self.matrix.addWidget(self.empty)
        self.matrix.addWidget(self.view)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("secondaryText")
        layout = QVBoxLayout(self)
        layout.addLayout(self._unit_bar())
        layout.addLayout(self._legend_bar())
        layout.addWidget(self._splitter(), 1)
        layout.addWidget(self.note)

    def _unit_bar(self) -> QHBoxLayout:
        self.unit_name = QLineEdit()
        self.unit_name.setPlaceholderText(
            self.tr("New unit, e.g. “Augsburg plant” – Enter adds it")
        )
        self.unit_name.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 28)
        self.unit_name.returnPressed.connect(lambda: self.add_unit(below_selected=False))
        self.unit_kind = QComboBox()
        for kind in UnitKind:
            self.unit_kind.addItem(unit_kind_label(kind), kind)
        bar = QHBoxLayout()
        bar.addWidget(self.unit_name, 1)
        bar.addWidget(self.unit_kind)
        _add_buttons(
            bar,
            (self.tr("Add unit"), lambda: self.add_unit(below_selected=False)),
            (self.tr("Add below selected"), lambda: self.add_unit(below_selected=True)),
            (self.tr("Rename…"), self.rename_selected_unit),
            (self.tr("Remove unit"), self.remove_selected_unit),
        )
        return bar

    def _legend_bar(self) -> QVBoxLayout:
        chips = []
        for state in BASE_COLOURS:
            colour = heat_colour(Cell(state, Decimal(1)), Decimal(1))  # the deepest shade
            label = state_label(state)
            chips.append(
                f"<span style='background:{colour}; color:#1a1a1a'>&nbsp;{label}&nbsp;</span>"
            )
        legend = QLabel(" ".join(chips))
        legend.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(legend)
        row.addStretch()
        _add_buttons(
            row,
            (self.tr("Offerings…"), self.edit_offerings),
            (self.tr("Import from Excel…"), self.import_xlsx),
            (self.tr("Export to Excel…"), self.export_xlsx),
        )
        hint = QLabel(
            self.tr(
                "Type in a cell: an amount is our revenue; “p 5000” a potential, “c Name” a "
                "competitor, “n” not relevant. Delete clears; Ctrl+C and Ctrl+V work with Excel."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("secondaryText")
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(hint)
        return column

    def _splitter(self) -> QSplitter:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("White space by potential"))
        heading.setObjectName("heading")
        side_layout.addWidget(heading)
        side_layout.addWidget(self.white_space_view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.matrix)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 330])
        return splitter

    # showing

    def attach(self, service: "PenetrationService") -> None:
        self._service = service

    def show_account(self, account_id: uuid.UUID, name: str) -> None:
        self._account = (account_id, name)
        self.note.clear()
        self._reload()

    def _reload(self) -> None:
        if self._service is None or self._account is None:
            return
        self._show(self._service.plan(self._account[0]))

    def _show(self, plan: PenetrationPlan) -> None:
        self.model.set_plan(plan)
        self.view.fit_columns()
        self._refresh_side()
        if not plan.offerings:
            self.empty.setText(
                self.tr(
                    "No offerings yet. Click “Offerings…” and add the product lines and "
                    "services you sell: they become the plan's columns, for every account."
                )
            )
        elif not plan.units:
            self.empty.setText(
                self.tr(
                    "No units yet. Type the customer's sites, countries, divisions or "
                    "departments in the field above and press Enter: they become the rows."
                )
            )
        self.matrix.setCurrentWidget(self.view if plan.units and plan.offerings else self.empty)

    def _refresh_side(self) -> None:
        self.white_space.set_rows(self.model.plan.white_space())

    def _tell_paste_cut(self, beyond: int) -> None:
        self.note.setText(
            self.tr(
                "%Ln filled cell(s) of the pasted block lie beyond the plan's units and "
                "offerings and were not pasted.",
                "",
                beyond,
            )
        )

    def _tell_error(self, error: KamdeskError) -> None:
        self.note.setText(error_message(error))

    def _go_to_spot(self, index: Index) -> None:
        target = self.model.index_of(self.white_space.rows[index.row()])
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)
        self.view.setFocus()

    # cells

    def set_cells(self, changes: Mapping[CellKey, Cell], text: str) -> None:
        service, account = self._service, self._account
        if service is None or account is None:
            return
        before = {key: self.model.plan.cell(*key) for key in changes}

        def apply(cells: Mapping[CellKey, Cell]) -> Callable[[], None]:
            def run() -> None:
                service.set_cells(account[0], cells)
                self.model.update_cells(cells)
                self._refresh_side()

            return run

        self.note.clear()
        record_change(
            self._undo_stack, text, apply(changes), apply(before), self.failed.emit, lambda: None
        )

    # units

    def _selected_unit(self) -> Unit | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.plan.units):
            return None
        return self.model.plan.units[index.row()]

    def add_unit(self, below_selected: bool) -> None:
        parent = self._selected_unit() if below_selected else None
        name = self.unit_name.text() or self.tr("New unit")
        unit = Unit(uuid.uuid4(), name, self.unit_kind.currentData(), parent.id if parent else None)
        self._record_units(
            self.tr("Add unit “{name}”").format(name=name.strip()),
            lambda service, account_id: service.save_unit(account_id, unit),
            lambda service, _: service.remove_units([unit.id]),
        )
        if any(shown.id == unit.id for shown in self.model.plan.units):
            self.unit_name.clear()  # added: ready for the next one

    def rename_selected_unit(self) -> None:
        unit = self._selected_unit()
        if unit is None:
            return
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename unit"), self.tr("Name:"), text=unit.name
        )
        if accepted and name != unit.name:
            renamed = Unit(unit.id, name, unit.kind, unit.parent_id)
            self._record_units(
                self.tr("Rename unit “{name}”").format(name=unit.name),
                lambda service, account_id: service.save_unit(account_id, renamed),
                lambda service, account_id: service.save_unit(account_id, unit),
            )

    def remove_selected_unit(self) -> None:
        unit = self._selected_unit()
        if unit is None:
            return
        ids = [unit.id, *self.model.plan.descendants(unit.id)]
        self._record_units(
            self.tr("Remove unit “{name}”").format(name=unit.name),
            lambda service, _: service.remove_units(ids),
            lambda service, _: service.restore_units(ids),
        )

    def _record_units(
        self,
        text: str,
        do: Callable[["PenetrationService", uuid.UUID], object],
        undo: Callable[["PenetrationService", uuid.UUID], object],
    ) -> None:
        service, account = self._service, self._account
        if service is None or account is None:
            return

        def run(action: Callable[["PenetrationService", uuid.UUID], object]) -> Callable[[], None]:
            def step() -> None:
                action(service, account[0])

            return step

        record_change(
            self._undo_stack, text, run(do), run(undo), self.failed.emit, then=self._reload
        )

    # offerings and Excel

    def edit_offerings(self) -> None:
        if self._service is None:
            return
        if self._offerings_dialog is None:
            self._offerings_dialog = OfferingsDialog(self._service, self._undo_stack, self)
            self._offerings_dialog.failed.connect(self.failed)
            self._offerings_dialog.catalogue_changed.connect(self._reload)
        self._offerings_dialog.show()
        self._offerings_dialog.activateWindow()

    def import_xlsx(self) -> None:
        service, account = self._service, self._account
        if service is None or account is None:
            return
        path = workbook_to_import(self, account[1], lambda p: service.foreign_sheet(account[1], p))
        if path is None:
            return
        try:
            new = service.read_xlsx(account[0], account[1], path, decimal_point())
        except KamdeskError as error:
            self.failed.emit(error)
            return
        old = self.model.plan
        record_change(
            self._undo_stack,
            self.tr("Import penetration plan"),
            lambda: service.replace_plan(account[0], new),
            lambda: service.replace_plan(account[0], old),
            self.failed.emit,
            then=self._reload,
        )
        self.note.setText(
            self.tr("Imported {units} units from {file}. Ctrl+Z takes the import back.").format(
                units=len(new.units), file=path.name
            )
        )

    def export_xlsx(self) -> None:
        service, account = self._service, self._account
        if service is None or account is None:
            return
        path = workbook_to_export(self, account[1])
        if path is None:
            return
        try:
            service.export_xlsx([account], path, sheet_words())
        except KamdeskError as error:
            self.failed.emit(error)
            return
        self.note.setText(self.tr("Exported to {path}.").format(path=path))


def _add_buttons(layout: QHBoxLayout, *buttons: tuple[str, Callable[[], object]]) -> None:
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)
