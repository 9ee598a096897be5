"""File › Export: the account list as shown (its filter, order and columns) to Excel or CSV,
every account's contacts to vCard or Outlook's CSV, every penetration plan into one
workbook. Written on the worker, whole or not at all; where it went is said in the status
bar."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kamdesk.i18n.account_cells import exported_rows
from kamdesk.i18n.formats import decimal_point
from kamdesk.i18n.penetration_words import sheet_words
from kamdesk.ui.accounts.account_list import AccountList
from kamdesk.ui.stakeholders.contact_export import export_contacts
from kamdesk.ui.widgets.export_path import FileType, export_path
from kamdesk.ui.widgets.worker import Progress, run_with_progress

if TYPE_CHECKING:
    from kamdesk.services.workspace import Workspace


class ExportCommands(QObject):
    noticed = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        window: QWidget,
        accounts: Callable[[], AccountList],
        workspace: "Callable[[], Workspace]",
    ) -> None:
        super().__init__(window)
        self._window, self._accounts, self._workspace = window, accounts, workspace
        self.accounts_action = QAction(self.tr("Export the account &list…"), window)
        self.accounts_action.triggered.connect(self.export_accounts)
        self.contacts_action = QAction(self.tr("Export all cont&acts…"), window)
        self.contacts_action.triggered.connect(self.export_contacts)
        self.plans_action = QAction(self.tr("E&xport all penetration plans…"), window)
        self.plans_action.triggered.connect(self.export_plans)

    def actions(self) -> list[QAction]:
        return [self.accounts_action, self.contacts_action, self.plans_action]

    def export_accounts(self) -> None:
        types = [(self.tr("Excel workbook"), ".xlsx"), (self.tr("CSV file"), ".csv")]
        path = self._path(self.tr("Export the account list"), self.tr("Accounts"), types)
        if path is None:
            return
        from kamdesk.files.table_export import write_table  # openpyxl: only when exporting

        shown = self._accounts()
        headers, rows = exported_rows(shown.model.shown_summaries(), shown.shown_columns())
        title, point = self.tr("Accounts"), decimal_point()
        self._write(path, lambda _: write_table(path, headers, rows, point, title))

    def export_contacts(self) -> None:
        export_contacts(
            self._window, self._workspace().stakeholders, None, self._exported, self.failed.emit
        )

    def export_plans(self) -> None:
        types = [(self.tr("Excel workbook"), ".xlsx")]
        path = self._path(
            self.tr("Export all penetration plans"), self.tr("Penetration plans"), types
        )
        if path is None:
            return
        penetration, words = self._workspace().penetration, sheet_words()
        self._write(path, lambda _: penetration.export_all_xlsx(path, words))

    def _path(self, title: str, name: str, types: list[FileType]) -> Path | None:
        return export_path(self._window, title, name, types)

    def _write(self, path: Path, work: Callable[[Progress], object]) -> None:
        run_with_progress(
            self._window,
            self.tr("Exporting to {file}…").format(file=path.name),
            work,
            lambda _: self._exported(path),
            self.failed.emit,
        )

    def _exported(self, path: Path) -> None:
        self.noticed.emit(self.tr("Exported to {path}.").format(path=path))
