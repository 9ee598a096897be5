"""Joint value projects of an account: what both sides gain, and how far each project is."""

import dataclasses
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kamdesk.domain.value_projects import ProjectArea, ProjectStatus, ValueProject
from kamdesk.i18n.labels import project_area_label, project_status_label
from kamdesk.ui.widgets.choice_delegate import ChoiceDelegate
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view
from kamdesk.ui.widgets.undo_step import record_item_change

if TYPE_CHECKING:
    from kamdesk.services.plan import PlanService

TITLE, AREA, BENEFIT_CUSTOMER, BENEFIT_OWN, STATUS = range(5)
_FIELDS = ("title", "area", "benefit_customer", "benefit_own", "status")
_EDIT = Qt.ItemDataRole.EditRole


class ProjectsModel(ListTableModel[ValueProject]):
    project_edited = Signal(object, object)  # before, after

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Project"),
            self.tr("Area"),
            self.tr("Benefit for the customer"),
            self.tr("Benefit for us"),
            self.tr("Status"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        project = self.rows[index.row()]
        value = getattr(project, _FIELDS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == AREA:
                return project_area_label(value)
            return project_status_label(value) if index.column() == STATUS else value
        if role == _EDIT:
            return value.value if index.column() in (AREA, STATUS) else value
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        convert: dict[int, Callable[[Any], Any]] = {AREA: ProjectArea, STATUS: ProjectStatus}
        change = {_FIELDS[index.column()]: convert.get(index.column(), str)(value)}
        before = self.rows[index.row()]
        after = dataclasses.replace(before, **change)
        if after != before:
            self.project_edited.emit(before, after)
        return True


class ProjectsPage(QWidget):
    failed = Signal(object)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._service: PlanService | None = None
        self._account_id: uuid.UUID | None = None
        self.model = ProjectsModel(self)
        self.model.project_edited.connect(
            lambda before, after: self._change(before, after, self.tr("Edit project"))
        )
        self.view = spreadsheet_view(self.model, TITLE)
        self.view.setItemDelegateForColumn(
            AREA,
            ChoiceDelegate(lambda: [(project_area_label(a), a.value) for a in ProjectArea], self),
        )
        self.view.setItemDelegateForColumn(
            STATUS,
            ChoiceDelegate(
                lambda: [(project_status_label(s), s.value) for s in ProjectStatus], self
            ),
        )
        add = QPushButton(self.tr("Add project"))
        add.clicked.connect(self.add_project)
        remove = QPushButton(self.tr("Remove project"))
        remove.clicked.connect(self.remove_selected_project)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def attach(self, service: "PlanService") -> None:
        self._service = service

    def show_account(self, account_id: uuid.UUID) -> None:
        self._account_id = account_id
        self._reload()

    def _reload(self) -> None:
        if self._service is not None and self._account_id is not None:
            self.model.set_rows(self._service.projects(self._account_id))

    def add_project(self) -> None:
        project = ValueProject(uuid.uuid4(), self.tr("New project"))
        self._change(None, project, self.tr("Add project"))

    def remove_selected_project(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._change(self.model.rows[rows[0].row()], None, self.tr("Remove project"))

    def _change(self, before: ValueProject | None, after: ValueProject | None, text: str) -> None:
        service, account_id = self._service, self._account_id
        if service is None or account_id is None:
            return

        record_item_change(
            self._undo_stack,
            text,
            before,
            after,
            lambda project: service.save_project(account_id, project),
            lambda project: service.remove_project(project.id),
            self.failed.emit,
            then=self._reload,
        )
