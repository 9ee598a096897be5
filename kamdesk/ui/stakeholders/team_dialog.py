"""The own team: who can look after the customers' people, on which level, and how many
contacts at one account are too many for one colleague. Every change is undoable."""

import dataclasses
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.stakeholders import TeamMember
from kamdesk.i18n.labels import hierarchy_label
from kamdesk.ui.widgets.choice_delegate import ChoiceDelegate
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view
from kamdesk.ui.widgets.undo_step import record_item_change

if TYPE_CHECKING:
    from kamdesk.services.stakeholders import StakeholderService

NAME, FUNCTION, LEVEL, EMAIL = range(4)
_FIELDS = ("name", "function", "level", "email")
_EDIT = Qt.ItemDataRole.EditRole


class TeamModel(ListTableModel[TeamMember]):
    member_edited = Signal(object, object)  # before, after

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Function"), self.tr("Level"), self.tr("Email"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self.rows[index.row()], _FIELDS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return hierarchy_label(value) if index.column() == LEVEL else value
        if role == _EDIT:
            return value.value if index.column() == LEVEL else value
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        typed: object = HierarchyLevel(value) if index.column() == LEVEL else str(value)
        before = self.rows[index.row()]
        after = dataclasses.replace(before, **{_FIELDS[index.column()]: typed})  # type: ignore[arg-type]
        if after != before:
            self.member_edited.emit(before, after)
        return True


class TeamDialog(QDialog):
    team_changed = Signal()

    def __init__(
        self,
        service: "StakeholderService",
        undo_stack: QUndoStack,
        report: Callable[[KamdeskError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Our team"))
        self.resize(960, 440)
        self._service, self._undo_stack, self._report = service, undo_stack, report
        self.model = TeamModel(self)
        self.model.member_edited.connect(
            lambda before, after: self._change(before, after, self.tr("Edit team member"))
        )
        # Names are short and must show whole; the function takes what width is left.
        self.view = spreadsheet_view(self.model, FUNCTION)
        self.view.setItemDelegateForColumn(
            LEVEL,
            ChoiceDelegate(lambda: [(hierarchy_label(h), h.value) for h in HierarchyLevel], self),
        )
        add = QPushButton(self.tr("Add team member"))
        add.setObjectName("add_member")
        add.clicked.connect(self.add_member)
        remove = QPushButton(self.tr("Remove team member"))
        remove.clicked.connect(self.remove_selected)
        self.limit = QSpinBox()
        self.limit.setRange(1, 99)
        self.limit.setValue(service.overload_limit())
        self.limit.setToolTip(
            self.tr("A colleague who looks after more contacts at one account is overloaded.")
        )
        self.limit.valueChanged.connect(self._set_limit)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        limit_row = QFormLayout()
        limit_row.addRow(
            self.tr("At most this many contacts per colleague and account:"), self.limit
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(limit_row)
        layout.addWidget(close)
        self._reload()

    def _reload(self) -> None:
        self.model.set_rows(self._service.members())
        self.team_changed.emit()

    def add_member(self) -> None:
        member = TeamMember(uuid.uuid4(), self.tr("New team member"))
        self._change(None, member, self.tr("Add team member"))
        row = next(i for i, m in enumerate(self.model.rows) if m.id == member.id)
        self.view.setCurrentIndex(self.model.index(row, NAME))  # starts editing the name

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._change(self.model.rows[rows[0].row()], None, self.tr("Remove team member"))

    def _set_limit(self, limit: int) -> None:
        self._service.set_overload_limit(limit)
        self.team_changed.emit()

    def _change(self, before: TeamMember | None, after: TeamMember | None, text: str) -> None:
        service = self._service
        record_item_change(
            self._undo_stack,
            text,
            before,
            after,
            service.save_member,
            lambda member: service.remove_member(member.id),
            self._report,
            self._reload,
        )
