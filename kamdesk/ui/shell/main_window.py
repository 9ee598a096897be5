"""The main window, the shell: the pages (Home, Accounts, Reminders, or what to do in an
empty store), the menus and toolbar, the status bar, and what the window remembers. The
features do the work; the shell opens the store and hands each its services.

Started by the user, the window paints as a frame first (its place, title and status bar) and
builds its parts once it is on screen: their modules are most of what a start would otherwise
wait for (`at_once=False`)."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from kamdesk.services.log_file import log
from kamdesk.ui.shell.window_state import (
    restore_window_geometry,
    restore_window_state,
    save_window_state,
)
from kamdesk.ui.widgets.worker import wait_for_background_work

if TYPE_CHECKING:  # loaded on the worker thread, after the window has painted
    from kamdesk.domain.account import AccountSummary
    from kamdesk.services.attention import Attention
    from kamdesk.services.sync_report import StatusChange
    from kamdesk.services.workspace import Workspace
    from kamdesk.ui.shell.store_opening import StoreOpened

BUILD_FALLBACK_MS = 500  # a window shown minimized may not paint: build it all the same


class MainWindow(QMainWindow):
    accounts_loaded = Signal()  # the store is open and its list shown
    list_shown = Signal()  # the accounts are on screen (read at start, or with the store)
    store_failed = Signal()

    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, *, at_once: bool = True
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._workspace: Workspace | None = None
        self.review_notice: QMessageBox | None = None
        self.setWindowTitle("kamdesk")
        restore_window_geometry(self)
        self._loading_texts = (self.tr("Opening your accounts…"), self.tr("Loading accounts…"))
        self.statusBar().showMessage(self._loading_texts[0])
        self._built = self._opening_started = False
        self._team_file_offered: Path | None = None
        if at_once:
            self._build()

    def _build(self) -> None:
        from kamdesk.ui.accounts.account_editor import AccountEditor

        self._built = True
        self.editor = AccountEditor(self)
        self.editor.undo_failed.connect(self._show_error)
        self._create_commands()
        self._create_pages()
        self._create_bars()
        self._create_menus()
        restore_window_state(self.accounts_page, self.workbench, self._columns())
        self._store_actions_enabled(False)  # until the store is open
        if self.isActiveWindow() and self.focusWidget() is None:
            self.focusNextChild()  # as activating the window does, had the parts been there

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0 if self._built else BUILD_FALLBACK_MS, self._start)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._built:  # the frame is on screen: now the parts
            QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        """Open the store once the window is up (its imports would otherwise compete with the
        first paint for Python's interpreter lock), on the worker while the parts are built;
        the store's arrival waits for them in the event queue."""
        if not self.isVisible():  # closed before it got this far
            return
        if not self._opening_started:
            from kamdesk.ui.shell.store_opening import StoreOpening

            self._opening_started = True
            self.opening = StoreOpening(self, self.data_dir)
            self.opening.read_first.connect(self._list_read_first)
            self.opening.opened.connect(self._store_opened)
            self.opening.failed.connect(self._store_failed)
            self.opening.start()
        if not self._built:
            self._build()

    def offer_team_file(self, team_file: Path) -> None:
        """The sync settings with `team_file` chosen, once the store is open."""
        self._team_file_offered = team_file
        if self._workspace is not None:
            self._offer_team_file()

    def _offer_team_file(self) -> None:
        team_file, self._team_file_offered = self._team_file_offered, None
        if team_file is not None:
            log.info("a team file was opened with kamdesk; the sync settings offer it")
            QTimer.singleShot(0, lambda: self.team_sync.edit_settings(team_file))

    @property
    def workspace(self) -> "Workspace":
        assert self._workspace is not None, "the store is not open yet"
        return self._workspace

    # the store

    def _list_read_first(self, summaries: "list[AccountSummary]") -> None:
        """The list before the store is open: to look at; to work with once it is."""
        self.accounts_page.show_first_look(summaries)
        self.list_shown.emit()

    def _store_opened(self, opened: "StoreOpened") -> None:
        self._workspace = workspace = opened.workspace
        self.accounts_page.attach(workspace)
        self.importing.attach(workspace.account_import)
        self.workbench.attach(workspace.reminders, workspace.attention, workspace.portfolio)
        self.team_sync.attach(workspace.sync, workspace.conflicts, workspace.accounts)
        self._store_actions_enabled(True)
        self.accounts_page.show_summaries(opened.summaries)
        self.review_notice = self.opening.announce(
            opened, lambda: self.workbench.setCurrentWidget(self.workbench.reminders)
        )
        self._offer_team_file()

    def _store_failed(self, error: Exception) -> None:
        self._show_error(error)
        self.store_failed.emit()

    def _store_actions_enabled(self, enabled: bool) -> None:
        store_actions = [*self.commands.store_actions(), *self.team_sync.actions()]
        store_actions += [*self.backup_commands.actions(), *self.exports.actions()]
        for action in [self.importing.import_action, *store_actions]:
            action.setEnabled(enabled)

    def close_store(self) -> None:
        if self._built:
            self.workbench.detach()
        wait_for_background_work()
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    # construction

    def _create_commands(self) -> None:
        from kamdesk.ui.accounts.account_importing import AccountImporting
        from kamdesk.ui.shell.backup_commands import BackupCommands
        from kamdesk.ui.shell.export_commands import ExportCommands
        from kamdesk.ui.shell.file_menu import StoreCommands
        from kamdesk.ui.shell.store_switching import StoreSwitching
        from kamdesk.ui.shell.window_menus import WindowActions
        from kamdesk.ui.sync.team_sync import TeamSync

        self.window_actions = WindowActions(self, self.editor.undo_stack)
        self.window_actions.find_action.triggered.connect(self._focus_search)
        self.commands = StoreCommands(self, self.editor, lambda: self.workspace)
        self.commands.data_changed.connect(self._data_changed)
        self.commands.failed.connect(self._show_error)
        self.commands.noticed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.importing = AccountImporting(self, self.editor.undo_stack)
        self.importing.imported.connect(self._data_changed)
        self.importing.noticed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.importing.failed.connect(self._show_error)
        self.backup_commands = BackupCommands(
            self, self.editor.undo_stack, lambda: self.workspace.backups
        )
        self.backup_commands.restored.connect(self._data_changed)
        self.backup_commands.noticed.connect(lambda text: self.statusBar().showMessage(text, 20000))
        self.backup_commands.failed.connect(self._show_error)
        self.team_sync = TeamSync(self, self.editor.undo_stack)
        self.stores = StoreSwitching(self, self.data_dir)
        self.stores.noticed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.exports = ExportCommands(
            self, lambda: self.accounts_page.account_list, lambda: self.workspace
        )
        self.exports.noticed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.exports.failed.connect(self._show_error)
        self.team_sync.data_changed.connect(self._data_changed)
        self.team_sync.failed.connect(self._show_error)
        self.team_sync.status_changed.connect(self._announce_team_status)

    def _create_pages(self) -> None:
        from kamdesk.ui.accounts.accounts_page import AccountsPage
        from kamdesk.ui.shell.empty_state import EmptyState
        from kamdesk.ui.shell.workbench import Workbench

        self.accounts_page = page = AccountsPage(self.editor, self)
        page.listed.connect(self._accounts_listed)
        page.list_changed.connect(self._list_changed)
        page.account_changed.connect(lambda _: self.team_sync.refresh_badge())
        page.noticed.connect(self.statusBar().showMessage)
        page.failed.connect(self._show_error)
        self.team_sync.account_requested.connect(lambda account: page.open_account(account, None))
        self.team_sync.rename_requested.connect(page.rename_account)
        self.workbench = Workbench(page, self.editor.undo_stack)
        page.shown_wanted.connect(lambda: self.workbench.setCurrentWidget(page))
        self.workbench.account_requested.connect(page.open_account)
        self.workbench.failed.connect(self._show_error)
        for noticing in (self.workbench.reminders, self.workbench.portfolio):
            noticing.noticed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.workbench.portfolio.funnel_requested.connect(page.start_funnel)
        self.workbench.attention_shown.connect(self._announce_overdue)
        self.workbench.attention_shown.connect(
            lambda attention: self.accounts_page.show_portfolio(attention.portfolio_fields)
        )
        for index, action in enumerate(self.window_actions.page_actions):
            action.triggered.connect(lambda _=False, i=index: self.workbench.setCurrentIndex(i))
        self.empty_state = EmptyState(
            [page.new_action, self.importing.import_action, self.commands.demo_action]
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.workbench)
        self.pages.addWidget(self.empty_state)
        self.setCentralWidget(self.pages)

    def _create_bars(self) -> None:
        from kamdesk.i18n.profile import profile_name
        from kamdesk.ui.shell.window_menus import fill_toolbar

        page, actions = self.accounts_page, self.window_actions
        fill_toolbar(
            self,
            self.tr("Main"),
            [
                [page.new_action, page.delete_action, page.visit_action],
                [self.team_sync.sync_action, self.team_sync.badge_action],
                [actions.undo_action, actions.redo_action],
            ],
            page.search,
        )
        self.count_label = QLabel()
        # Asked once, without a dialog in the way: until the user names themselves, the
        # histories say the computer's login.
        self.name_prompt = QPushButton(self.tr("Who are you? Give your name for the histories…"))
        self.name_prompt.setFlat(True)
        self.name_prompt.clicked.connect(self._ask_name)
        for widget in (self.name_prompt, self.team_sync.progress, self.team_sync.status):
            self.statusBar().addPermanentWidget(widget)
        self.statusBar().addPermanentWidget(self.count_label)
        # Once in the status bar: shown before, it would be a window of its own for a moment.
        self.name_prompt.setVisible(not profile_name())

    def _create_menus(self) -> None:
        from kamdesk.ui.shell.window_menus import Menu, fill_menus

        page, actions, commands, team = (
            self.accounts_page,
            self.window_actions,
            self.commands,
            self.team_sync,
        )
        file_menu: Menu = [page.new_action, self.importing.import_action, commands.demo_action]
        file_menu += [commands.remove_demo_action, None, *self.stores.actions(), None]
        file_menu += [*self.exports.actions(), None]
        file_menu += [*self.backup_commands.actions(), None, commands.trash_action]
        file_menu += [commands.funnel_action, None, commands.catalogue_action]
        file_menu += [commands.signal_rules_action, commands.preferences_action, None]
        edit_menu = [actions.undo_action, actions.redo_action, None, page.delete_action]
        edit_menu += [page.visit_action, None, actions.find_action]
        team_menu = [team.sync_action, None, team.conflicts_action, team.log_action, None]
        fill_menus(
            self,
            {
                self.tr("&File"): [*file_menu, actions.quit_action],
                self.tr("&Edit"): edit_menu,
                self.tr("&View"): list(actions.page_actions),
                self.tr("&Team"): [*team_menu, team.settings_action],
                self.tr("&Help"): [
                    actions.getting_started_action,
                    actions.shortcuts_action,
                    None,
                    commands.about_action,
                ],
            },
        )

    # what the pages show

    def _accounts_listed(self) -> None:
        if self._workspace is not None:  # a list read just before the store was closed
            self.team_sync.refresh_badge()
        if self.statusBar().currentMessage() in self._loading_texts:  # not a later notice
            self.statusBar().clearMessage()
        self.workbench.schedule_refresh()
        self.list_shown.emit()
        self.accounts_loaded.emit()

    def _list_changed(self) -> None:
        from decimal import Decimal

        from kamdesk.i18n.formats import format_decimal

        model = self.accounts_page.model
        total, shown = model.total_count(), model.rowCount()
        self.pages.setCurrentWidget(self.empty_state if total == 0 else self.workbench)
        if shown == total:
            self.count_label.setText(self.tr("%Ln account(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%Ln of {total} accounts", "", shown).format(
                    total=format_decimal(Decimal(total))
                )
            )
        self.commands.demo_action.setEnabled(self._workspace is not None and total == 0)
        self.commands.remove_demo_action.setEnabled(self._workspace is not None and total > 0)

    def _data_changed(self) -> None:
        """Demo data, a new catalogue or new thresholds: every line and tab may differ."""
        self.statusBar().showMessage(self._loading_texts[1])
        self.accounts_page.reload()

    def _ask_name(self) -> None:
        from kamdesk.i18n.profile import profile_name

        self.commands.preferences_action.trigger()
        self.name_prompt.setVisible(not profile_name())

    def come_forward(self, team_file: Path | None = None) -> None:
        """kamdesk was started again on this store (to open `team_file`, if given): this
        window is the one to use."""
        log.info("started again on the same store; this window comes forward")
        if team_file is not None:
            self.offer_team_file(team_file)
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(
            self.tr("kamdesk was started again: this window already holds your store."), 15000
        )

    def _focus_search(self) -> None:
        self.accounts_page.search.setFocus()
        self.accounts_page.search.selectAll()

    def _show_error(self, error: Exception) -> None:
        from kamdesk.ui.shell.error_report import show_error

        show_error(self, error)

    def _announce_team_status(self, changes: "tuple[StatusChange, ...]") -> None:
        from kamdesk.ui.status.review_notice import team_status_notice

        self.review_notice = team_status_notice(changes, self)
        self.review_notice.open()

    def _announce_overdue(self, attention: "Attention") -> None:
        """Once, at start: say what is overdue (after the migration's notice, if any)."""
        self.workbench.attention_shown.disconnect(self._announce_overdue)
        overdue = attention.overdue
        if overdue and not self.statusBar().currentMessage():
            self.statusBar().showMessage(
                self.tr("%Ln reminder(s) overdue – see Reminders (Ctrl+3).", "", overdue), 15000
            )

    def _columns(self) -> QHeaderView:
        return self.accounts_page.account_list.table.horizontalHeader()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._built:  # closed before its parts were built: nothing typed yet
            event.accept()
            return
        if not self.accounts_page.settle():
            event.ignore()
            return
        if self._workspace is not None:
            self.team_sync.sync_at_close()
        save_window_state(self, self.accounts_page, self.workbench, self._columns())
        event.accept()
