"""Prepare visit: the day, who will be in the room on both sides and why; then a preview, a
print or an export of the briefing. The visit is saved as a planned activity on the account."""

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from kamdesk.domain.briefing import PURPOSE_MAX, VisitPlan
from kamdesk.domain.errors import KamdeskError
from kamdesk.i18n.labels import hierarchy_label
from kamdesk.ui.widgets.checklist import Checklist
from kamdesk.ui.widgets.date_edit import DateField
from kamdesk.ui.widgets.remembered_folder import DOCUMENTS, remember_folder, remembered_folder

if TYPE_CHECKING:
    from kamdesk.services.briefing import BriefingService, PreparedBriefing
    from kamdesk.services.stakeholders import StakeholderService


class VisitDialog(QDialog):
    visit_saved = Signal(object, object)  # visit id, VisitPlan
    exported = Signal(object)  # the Path written
    failed = Signal(object)

    def __init__(
        self,
        briefing: "BriefingService",
        stakeholders: "StakeholderService",
        account_id: uuid.UUID,
        account_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare visit – {account}").format(account=account_name))
        self._briefing, self._account = briefing, (account_id, account_name)
        self.visit_id = uuid.uuid4()
        self.saved: VisitPlan | None = None
        people = stakeholders.stakeholder_map(account_id, date.today())
        self.day = DateField(date.today() + timedelta(days=1))
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(PURPOSE_MAX)
        self.purpose.setPlaceholderText(self.tr("e.g. annual review, offer for the new plant"))
        self.contacts = Checklist(
            (
                (c.id, f"{c.name} – {c.function or hierarchy_label(c.level)}")
                for c in people.contacts
            ),
            (),
            self,
        )
        self.team = Checklist(((m.id, m.name) for m in people.members), (), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Visit &on:"), self.day)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("Their people:"), self._list(self.contacts, 200))
        form.addRow(self.tr("Our people:"), self._list(self.team, 110))
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_briefing)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _list(model: Checklist, height: int) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setMaximumHeight(height)
        return view

    def plan(self) -> VisitPlan:
        return VisitPlan(
            self.day.day(),
            tuple(self.contacts.checked()),
            tuple(self.team.checked()),
            self.purpose.text(),
        )

    def _prepared(self) -> "PreparedBriefing | None":
        """Save the visit as planned (again, if it changed) and gather its briefing."""
        briefing = self._briefing
        try:
            plan = self.plan()
            if plan != self.saved:
                briefing.plan_visit(self._account[0], self.visit_id, plan)
                self.saved = plan
                self.visit_saved.emit(self.visit_id, plan)
            return briefing.prepare(self._account[0], plan)
        except KamdeskError as error:
            self.failed.emit(error)
            return None

    def export(self) -> None:
        prepared = self._prepared()
        if prepared is None:
            return
        name = self.tr("{account} – visit {date}").format(
            account=self._account[1], date=self.day.day().isoformat()
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export briefing"),
            str(Path(remembered_folder(DOCUMENTS)) / f"{name}.pdf"),
            self.tr("PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)"),
        )
        if not path:
            return
        remember_folder(DOCUMENTS, path)
        from kamdesk.documents.briefing_export import (
            export_briefing,  # the documents' code, on demand
        )

        try:
            export_briefing(Path(path), prepared)
        except KamdeskError as error:
            self.failed.emit(error)
            return
        self.exported.emit(Path(path))

    def preview(self) -> None:
        self._print(preview=True)

    def print_briefing(self) -> None:
        self._print(preview=False)

    def _print(self, *, preview: bool) -> None:
        prepared = self._prepared()
        if prepared is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

        from kamdesk.documents.briefing_export import print_briefing
        from kamdesk.documents.output import a4_layout
        from kamdesk.documents.pages import PAGE_MARGIN_MM

        # Screen resolution: the resolution rich text lays out in (text stays vector).
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setPageLayout(a4_layout(PAGE_MARGIN_MM))
        if preview:
            pages = QPrintPreviewDialog(printer, self)
            pages.paintRequested.connect(lambda device: print_briefing(device, prepared))
            pages.exec()
        elif QPrintDialog(printer, self).exec():
            print_briefing(printer, prepared)
