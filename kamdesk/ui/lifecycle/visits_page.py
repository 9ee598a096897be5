"""An account's visits: planned ones and past ones, and the report written after each."""

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.briefing import REPORT_MAX, Visit
from kamdesk.i18n.formats import format_date
from kamdesk.ui.widgets.empty_hint import EmptyHint
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import read_only_view
from kamdesk.ui.widgets.undo_step import record_change

if TYPE_CHECKING:
    from kamdesk.services.briefing import BriefingService
    from kamdesk.services.stakeholders import StakeholderService

DAY, PURPOSE, PEOPLE, REPORT = range(4)


class VisitsModel(ListTableModel[Visit]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[uuid.UUID, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Purpose"), self.tr("Attending"), self.tr("Report"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        visit = self.rows[index.row()]
        people = (*visit.plan.contact_ids, *visit.plan.member_ids)
        texts = (
            format_date(visit.plan.visit_on),
            visit.plan.purpose,
            ", ".join(self.names.get(p, "?") for p in people),
            visit.report if role == Qt.ItemDataRole.ToolTipRole else visit.report.split("\n")[0],
        )
        return texts[index.column()]


class ReportDialog(QDialog):
    def __init__(self, visit: Visit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Visit report of {date}").format(date=format_date(visit.plan.visit_on))
        )
        self.text = QPlainTextEdit(visit.report)
        self.text.setPlaceholderText(
            self.tr("What was agreed, what the customer said, what happens next")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def report(self) -> str:
        return self.text.toPlainText()[:REPORT_MAX]


@dataclass(frozen=True)
class _Services:
    briefing: "BriefingService"
    stakeholders: "StakeholderService"


class VisitsPage(QWidget):
    failed = Signal(object)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._services: _Services | None = None
        self._account_id: uuid.UUID | None = None
        self.model = VisitsModel(self)
        self.view = read_only_view(self.model, REPORT, self.write_report)
        remove = QAction(self.tr("Remove visit"), self.view)
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.view.addAction(remove)
        report = QPushButton(self.tr("&Write report…"))
        report.clicked.connect(self.write_report)
        remove_button = QPushButton(self.tr("Remove"))
        remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(report)
        buttons.addWidget(remove_button)
        buttons.addStretch()
        buttons.addWidget(QLabel(self.tr("Plan a visit with “Prepare visit” (Ctrl+B).")))
        self.body = EmptyHint(
            self.view,
            self.tr(
                "No visits yet. “Prepare visit” (Ctrl+B) plans one and writes its briefing; "
                "afterwards its report goes here."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)

    def attach(self, briefing: "BriefingService", stakeholders: "StakeholderService") -> None:
        self._services = _Services(briefing, stakeholders)

    def show_account(self, account_id: uuid.UUID) -> None:
        self._account_id = account_id
        self.reload()

    def reload(self) -> None:
        services, account_id = self._services, self._account_id
        if services is None or account_id is None:
            return
        people = services.stakeholders
        self.model.names = {c.id: c.name for c in people.contacts(account_id)}
        self.model.names.update({m.id: m.name for m in people.members()})
        visits = services.briefing.visits(account_id)
        self.model.set_rows(visits)
        self.body.show_content(bool(visits))

    def _selected(self) -> Visit | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def write_report(self) -> None:
        visit, services = self._selected(), self._services
        if visit is None or services is None:
            return
        dialog = ReportDialog(visit, self)
        if not dialog.exec() or dialog.report() == visit.report:
            return
        text = dialog.report()
        record_change(
            self._undo_stack,
            self.tr("Write visit report"),
            lambda: services.briefing.save_report(visit.id, text),
            lambda: services.briefing.save_report(visit.id, visit.report),
            self.failed.emit,
            self.reload,
        )

    def remove_selected(self) -> None:
        visit, services, account_id = self._selected(), self._services, self._account_id
        if visit is None or services is None or account_id is None:
            return
        record_change(
            self._undo_stack,
            self.tr("Remove visit"),
            lambda: services.briefing.remove_visit(visit.id),
            lambda: services.briefing.plan_visit(account_id, visit.id, visit.plan),
            self.failed.emit,
            self.reload,
        )
