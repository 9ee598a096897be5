"""The offering catalogue: our product lines and services, the columns of every account's
penetration plan. Changes apply at once and can be undone (Ctrl+Z in the main window)."""

import dataclasses
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.penetration import Offering, OfferingKind
from kamdesk.i18n.penetration_words import offering_kind_label
from kamdesk.ui.widgets.choice_delegate import ChoiceDelegate
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view
from kamdesk.ui.widgets.undo_step import record_change

if TYPE_CHECKING:
    from kamdesk.services.penetration import PenetrationService

NAME, KIND = range(2)
_EDIT = Qt.ItemDataRole.EditRole


class OfferingsModel(ListTableModel[Offering]):
    offering_edited = Signal(object, object)  # before, after

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Offering"), self.tr("Kind"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        offering = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return offering.name if index.column() == NAME else offering_kind_label(offering.kind)
        if role == _EDIT:
            return offering.name if index.column() == NAME else offering.kind.value
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        before = self.rows[index.row()]
        if index.column() == NAME:
            after = dataclasses.replace(before, name=str(value))
        else:
            after = dataclasses.replace(before, kind=OfferingKind(value))
        if after != before:
            self.offering_edited.emit(before, after)
        return True


class OfferingsDialog(QDialog):
    failed = Signal(object)  # a KamdeskError to show
    catalogue_changed = Signal()

    def __init__(
        self, service: "PenetrationService", undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Offerings"))
        self._service, self._undo_stack = service, undo_stack
        self.model = OfferingsModel(self)
        self.model.offering_edited.connect(
            lambda before, after: self._record(
                self.tr("Edit offering"), self._put(after), self._put(before)
            )
        )
        self.view = spreadsheet_view(self.model, NAME)
        self.view.setItemDelegateForColumn(
            KIND,
            ChoiceDelegate(lambda: [(offering_kind_label(k), k.value) for k in OfferingKind], self),
        )
        note = QLabel(
            self.tr(
                "The product lines and services you sell: the columns of every account's "
                "penetration plan. Removing one hides its column; undo brings it back."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("secondaryText")
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add offering"), self.add_offering),
            (self.tr("Remove"), self.remove_selected),
            (self.tr("Move up"), lambda: self.move_selected(-1)),
            (self.tr("Move down"), lambda: self.move_selected(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(520, 420)
        self._reload()

    def _reload(self) -> None:
        self.model.set_rows(self._service.offerings())
        self.catalogue_changed.emit()

    def _selected(self) -> Offering | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def add_offering(self) -> None:
        taken = {offering.name.casefold() for offering in self.model.rows}
        name, number = self.tr("New offering"), 2
        while name.casefold() in taken:
            name, number = self.tr("New offering {number}").format(number=number), number + 1
        offering = Offering(uuid.uuid4(), name)
        self._record(
            self.tr("Add offering"), self._put(offering), lambda: self._remove(offering.id)
        )
        new = self.model.index(len(self.model.rows) - 1, NAME)
        self.view.setCurrentIndex(new)  # a spreadsheet view starts editing the current cell
        if self.view.state() != QAbstractItemView.State.EditingState:
            self.view.edit(new)

    def remove_selected(self) -> None:
        offering = self._selected()
        if offering is not None:
            self._record(
                self.tr("Remove offering"), lambda: self._remove(offering.id), self._put(offering)
            )

    def move_selected(self, step: int) -> None:
        offering = self._selected()
        if offering is None:
            return
        before = [o.id for o in self.model.rows]
        row = before.index(offering.id)
        if not 0 <= row + step < len(before):
            return
        after = list(before)
        after[row], after[row + step] = after[row + step], after[row]
        self._record(
            self.tr("Move offering"),
            lambda: self._service.order_offerings(after),
            lambda: self._service.order_offerings(before),
        )
        self.view.selectRow(row + step)

    def _put(self, offering: Offering) -> Callable[[], None]:
        def put() -> None:
            self._service.save_offering(offering)

        return put

    def _remove(self, offering_id: uuid.UUID) -> None:
        self._service.remove_offering(offering_id)

    def _record(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        record_change(self._undo_stack, text, do, undo, self.failed.emit, then=self._reload)
