"""The penetration matrix as a spreadsheet: arrows move, typing or Enter edits, Delete clears,
Ctrl+C and Ctrl+V copy and paste blocks as tab-separated text, the way Excel does."""

import csv
import io

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kamdesk.domain.errors import InvalidAmount, InvalidCellText
from kamdesk.domain.penetration import UNKNOWN, Cell, CellKey
from kamdesk.domain.penetration_text import parse_cell_text
from kamdesk.i18n.formats import decimal_point
from kamdesk.ui.plan.penetration_model import PenetrationModel


class PenetrationView(QTableView):
    cells_requested = Signal(object, str)  # {CellKey: Cell}, and what to call the change
    paste_refused = Signal(object)  # the InvalidCellText naming the cell
    pasted_in_part = Signal(int)  # cells with text that lay beyond the plan, not pasted

    def __init__(self, model: PenetrationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().horizontalAdvance("0") * 13
        )
        self.verticalHeader().setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 18)

    def fit_columns(self) -> None:
        """Wide enough for each offering's heading (up to a limit), without measuring 10,000
        cells the way ResizeToContents would."""
        header = self.horizontalHeader()
        floor = header.fontMetrics().horizontalAdvance("0") * 11
        for column in range(self._model.columnCount()):
            header.resizeSection(column, min(max(floor, header.sectionSizeHint(column)), 320))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection()
                return
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.currentIndex().isValid()
            ):
                self.edit(self.currentIndex())  # Return and Enter start editing
                return
        super().keyPressEvent(event)

    def _selected_keys(self) -> list[CellKey]:
        keys = (self._model.key(index) for index in self.selectionModel().selectedIndexes())
        return [key for key in keys if key is not None]

    def clear_selection(self) -> None:
        changes = dict.fromkeys(self._selected_keys(), UNKNOWN)
        if any(self._model.plan.cell(*key) != UNKNOWN for key in changes):
            self.cells_requested.emit(changes, self.tr("Clear cells"))

    def copy_selection(self) -> None:
        """The selected block (its bounding rectangle) as Excel copies it."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        columns = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        for row in rows:
            writer.writerow(
                self._model.index(row, column).data(Qt.ItemDataRole.EditRole) or ""
                for column in columns
            )
        QGuiApplication.clipboard().setText(buffer.getvalue())

    def paste(self) -> None:
        """A block lands with its top left at the current cell; a single value fills the
        selection. All cells are read first: one unreadable cell and nothing changes."""
        block = _read_block(QGuiApplication.clipboard().text())
        start = self.currentIndex()
        if not block or not start.isValid():
            return
        try:
            if len(block) == 1 and len(block[0]) == 1:
                cell = parse_cell_text(block[0][0], decimal_point())
                changes = dict.fromkeys(self._selected_keys() or self._keys_at(start, 1, 1), cell)
            else:
                changes = self._block_changes(block, start)
        except (InvalidCellText, InvalidAmount) as error:
            self.paste_refused.emit(error)
            return
        if changes:
            self.cells_requested.emit(changes, self.tr("Paste cells"))
            self._select_block(start, block)
        beyond = self._beyond(block, start)
        if beyond:
            self.pasted_in_part.emit(beyond)

    def _beyond(self, block: list[list[str]], start: QModelIndex) -> int:
        """How many filled cells of a block (Excel's was bigger) fall beyond the plan."""
        if len(block) == 1 and len(block[0]) == 1:
            return 0  # a single value fills the selection, wherever it is
        return sum(
            bool(text.strip())
            and self._model.key(self._model.index(start.row() + r, start.column() + c)) is None
            for r, texts in enumerate(block)
            for c, text in enumerate(texts)
        )

    def _block_changes(self, block: list[list[str]], start: QModelIndex) -> dict[CellKey, Cell]:
        changes: dict[CellKey, Cell] = {}
        for row_offset, texts in enumerate(block):
            for column_offset, text in enumerate(texts):
                index = self._model.index(start.row() + row_offset, start.column() + column_offset)
                key = self._model.key(index)
                if key is None:
                    continue  # beyond the plan: Excel's block was bigger (said, see _beyond)
                try:
                    changes[key] = parse_cell_text(text, decimal_point())
                except InvalidCellText as error:
                    unit = self._model.plan.units[index.row()].name
                    offering = self._model.plan.offerings[index.column()].name
                    raise InvalidCellText(text, f"{unit} / {offering}") from error
        return changes

    def _keys_at(self, start: QModelIndex, rows: int, columns: int) -> list[CellKey]:
        keys = (
            self._model.key(self._model.index(start.row() + r, start.column() + c))
            for r in range(rows)
            for c in range(columns)
        )
        return [key for key in keys if key is not None]

    def _select_block(self, start: QModelIndex, block: list[list[str]]) -> None:
        width = max(len(texts) for texts in block)
        bottom_right = self._model.index(
            min(start.row() + len(block), len(self._model.plan.units)) - 1,
            min(start.column() + width, len(self._model.plan.offerings)) - 1,
        )
        if bottom_right.isValid() and len(block) * width > 1:
            self.selectionModel().select(
                QItemSelection(start, bottom_right),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )


def _read_block(text: str) -> list[list[str]]:
    """Tab-separated rows as Excel and LibreOffice put them on the clipboard (cells with line
    breaks come quoted); the trailing line break is not an empty row."""
    rows = list(csv.reader(io.StringIO(text.rstrip("\r\n")), delimiter="\t"))
    return [row for row in rows if row] if text.strip() else []
