"""The File menu's store-wide commands: demo data, the trash, the selection funnel overview,
the scorecard criteria, the warning signals' thresholds, preferences and About."""

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget

from kamdesk import __version__
from kamdesk.domain.errors import KamdeskError
from kamdesk.ui.accounts.account_editor import AccountEditor
from kamdesk.ui.accounts.trash_dialog import TrashDialog
from kamdesk.ui.shell.preferences_dialog import PreferencesDialog
from kamdesk.ui.status.funnel_overview_dialog import FunnelOverviewDialog
from kamdesk.ui.widgets.undo_step import record_change
from kamdesk.ui.widgets.worker import Progress, run_with_progress

if TYPE_CHECKING:
    from kamdesk.services.workspace import Workspace

DEMO_ACCOUNTS = 200


class StoreCommands(QObject):
    data_changed = Signal()  # any account may look different now
    noticed = Signal(str)
    failed = Signal(object)

    def __init__(
        self, window: QWidget, editor: AccountEditor, workspace: "Callable[[], Workspace]"
    ) -> None:
        super().__init__(window)
        self._window, self._editor, self._workspace = window, editor, workspace
        sp = QStyle.StandardPixmap
        self.demo_action = self._action(self.tr("Load &demo data"), self.load_demo)
        self.demo_action.setIcon(window.style().standardIcon(sp.SP_DialogOpenButton))
        self.remove_demo_action = self._action(self.tr("Re&move demo data…"), self.remove_demo)
        self.trash_action = self._action(self.tr("&Trash…"), self.show_trash)
        self.trash_action.setIcon(window.style().standardIcon(sp.SP_DirIcon))
        self.funnel_action = self._action(self.tr("Selection &funnel overview…"), self.show_funnel)
        self.catalogue_action = self._action(self.tr("Scorecard &criteria…"), self.edit_catalogue)
        self.signal_rules_action = self._action(
            self.tr("&Warning signals…"), self.edit_signal_rules
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"), lambda: PreferencesDialog(window).exec()
        )
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.about_action = self._action(self.tr("&About kamdesk"), self.about)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        return action

    def store_actions(self) -> list[QAction]:
        """The commands that need an open store."""
        return [
            self.demo_action,
            self.remove_demo_action,
            self.trash_action,
            self.funnel_action,
            self.catalogue_action,
            self.signal_rules_action,
        ]

    def load_demo(self) -> None:
        transactions = self._workspace().transactions

        def work(report: Progress) -> int:
            from kamdesk.demo.data import load_demo_data

            return load_demo_data(transactions, DEMO_ACCOUNTS, progress=report)

        run_with_progress(
            self._window,
            self.tr("Loading demo data…"),
            work,
            lambda _: self.data_changed.emit(),
            self.failed.emit,
        )

    def remove_demo(self) -> None:
        """The demo customers to the trash, as one step Ctrl+Z takes back."""
        accounts = self._workspace().accounts
        count = accounts.demo_count()
        if count == 0:
            self.noticed.emit(self.tr("This store holds no demo data."))
            return
        question = self.tr(
            "Remove the %Ln demo customer(s) and everything recorded on them? Your own accounts "
            "stay; Ctrl+Z brings the demo back.",
            "",
            count,
        )
        answer = QMessageBox.question(self._window, self.tr("Remove demo data"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed: list[list[uuid.UUID]] = []

        def remove() -> None:
            removed[:] = [accounts.remove_demo()]

        record_change(
            self._editor.undo_stack,
            self.tr("Remove demo data"),
            remove,
            lambda: accounts.restore_demo(removed[0]),
            self.failed.emit,
            then=self.data_changed.emit,
        )

    def show_trash(self) -> None:
        accounts = self._workspace().accounts
        dialog = TrashDialog(accounts.summaries(deleted=True), self._window)
        if dialog.exec() and dialog.restored_id is not None:
            try:
                name = accounts.find(str(dialog.restored_id)).fields.name
            except KamdeskError:
                name = ""
            try:
                self._editor.restore(dialog.restored_id, name)
            except KamdeskError as error:
                self.failed.emit(error)

    def show_funnel(self) -> None:
        stages = self._workspace().status.funnel_stages()
        FunnelOverviewDialog(stages, self._window).exec()

    def edit_catalogue(self) -> None:
        from kamdesk.ui.status.catalogue_dialog import (
            CatalogueDialog,  # opened rarely: load on demand
        )

        if CatalogueDialog(self._workspace().status, self._window).exec():
            self.data_changed.emit()  # every score may have changed

    def edit_signal_rules(self) -> None:
        from kamdesk.ui.lifecycle.signal_rules_dialog import SignalRulesDialog  # opened rarely

        lifecycle = self._workspace().lifecycle
        dialog = SignalRulesDialog(lifecycle.rules(), self._window)
        if dialog.exec():
            try:
                lifecycle.save_rules(dialog.rules())
            except KamdeskError as error:
                self.failed.emit(error)
                return
            self.data_changed.emit()

    def about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About kamdesk"),
            self.tr(
                "<h3>kamdesk {version}</h3><p>The key account manager's desktop workbench.</p>"
                "<p>Your store: {path}</p>"
            ).format(version=__version__, path=self._workspace().path),
        )
