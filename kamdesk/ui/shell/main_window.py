"""The main window: account list with search on the left, the account's tabs on the right."""

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.errors import KamdeskError, StoreCorrupt
from kamdesk.domain.reminders import Group
from kamdesk.i18n.profile import profile_name, user
from kamdesk.services.log_file import log
from kamdesk.ui.accounts.account_details import AccountDetails
from kamdesk.ui.accounts.account_editing import AccountEditing
from kamdesk.ui.accounts.account_editor import AccountEditor
from kamdesk.ui.accounts.account_list import AccountList
from kamdesk.ui.accounts.account_table_model import (
    AccountTableModel,
)
from kamdesk.ui.briefing.visit_planning import VisitPlanning
from kamdesk.ui.shell.empty_state import EmptyState
from kamdesk.ui.shell.error_report import show_error
from kamdesk.ui.shell.file_menu import StoreCommands
from kamdesk.ui.shell.store_recovery import offer_backup
from kamdesk.ui.shell.window_state import restore_window_state, save_window_state
from kamdesk.ui.shell.workbench import Workbench
from kamdesk.ui.status.review_notice import review_notice, team_status_notice
from kamdesk.ui.sync.team_sync import TeamSync
from kamdesk.ui.widgets.worker import Progress, run_in_background, wait_for_background_work

if TYPE_CHECKING:  # loaded on the worker thread, after the window has painted
    from kamdesk.domain.reminders import ReminderKind
    from kamdesk.services.attention import Attention
    from kamdesk.services.sync import StatusChange
    from kamdesk.services.workspace import Workspace


class MainWindow(QMainWindow):
    accounts_loaded = Signal()
    store_failed = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._workspace: Workspace | None = None
        self.review_notice: QMessageBox | None = None
        self.editor = AccountEditor(self)
        self.model = AccountTableModel(self)
        self.setWindowTitle("kamdesk")
        self._create_actions()
        self._create_widgets()
        self._create_menus()
        self.editor.account_changed.connect(self._account_changed)
        self.editor.undo_failed.connect(self._show_error)
        self._restore_settings()
        self._store_actions_enabled(False)
        self._account_actions_enabled(False)
        self.statusBar().showMessage(self.tr("Opening your accounts…"))
        self._opening_started = False

    def showEvent(self, event: QShowEvent) -> None:
        """Open the store once the window is up: its imports would otherwise compete with the
        first paint for Python's interpreter lock."""
        super().showEvent(event)
        if not self._opening_started:
            self._opening_started = True
            QTimer.singleShot(0, self._open_store)

    @property
    def workspace(self) -> "Workspace":
        assert self._workspace is not None, "the store is not open yet"
        return self._workspace

    def _open_store(self) -> None:
        """Open (and migrate) the store and read the list on the worker thread."""
        data_dir = self.data_dir

        def open_and_list(_: Progress) -> "tuple[Workspace, list[AccountSummary]]":
            from kamdesk.services.workspace import open_checked  # SQLAlchemy, Alembic: slow

            workspace = open_checked(data_dir, user)
            return workspace, workspace.accounts.summaries()

        run_in_background(open_and_list, self._store_opened, self._store_failed)

    def _store_opened(self, opened: "tuple[Workspace, list[AccountSummary]]") -> None:
        self._workspace, summaries = opened
        self.editor.attach(self._workspace.accounts)
        self.details.attach(self._workspace)
        self.workbench.attach(self._workspace)
        self._store_actions_enabled(True)
        self._show_summaries(summaries)
        self._announce_migration()
        self.team_sync.attach()
        if self.workspace.applied_reviews:
            self.review_notice = review_notice(
                self.workspace.applied_reviews,
                self,
                lambda: self.workbench.setCurrentWidget(self.workbench.reminders),
            )
            self.review_notice.open()

    def _store_failed(self, error: Exception) -> None:
        if isinstance(error, StoreCorrupt) and offer_backup(self, self.data_dir, error):
            self._open_store()
            return
        self._show_error(error)
        self.store_failed.emit()

    def _store_actions_enabled(self, enabled: bool) -> None:
        for action in [self.new_action, *self.commands.store_actions(), *self.team_sync.actions()]:
            action.setEnabled(enabled)
        self.search.setEnabled(enabled)

    def close_store(self) -> None:
        self.workbench.detach()
        wait_for_background_work()
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    # construction

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        return action

    def _create_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(
            self.tr("&New account"), QKeySequence.StandardKey.New, sp.SP_FileIcon
        )
        self.new_action.triggered.connect(self.create_account)
        self.delete_action = self._action(
            self.tr("&Delete account…"), QKeySequence(Qt.Key.Key_Delete), sp.SP_TrashIcon
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.visit_action = self._action(
            self.tr("Prepare &visit…"), QKeySequence("Ctrl+B"), sp.SP_FileDialogDetailedView
        )
        self.visit_action.triggered.connect(self.prepare_visit)
        self.undo_action = self.editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.commands = StoreCommands(self, self.editor, lambda: self.workspace)
        self.commands.data_changed.connect(self._data_changed)
        self.commands.failed.connect(self._show_error)
        self.team_sync = TeamSync(self, self.editor.undo_stack, lambda: self.workspace)
        self.team_sync.data_changed.connect(self._data_changed)
        self.team_sync.failed.connect(self._show_error)
        self.team_sync.account_requested.connect(lambda account: self.open_account(account, None))
        self.team_sync.rename_requested.connect(self.rename_account)
        self.team_sync.status_changed.connect(self._announce_team_status)
        self.demo_action = self.commands.demo_action
        self.trash_action = self.commands.trash_action
        self.catalogue_action = self.commands.catalogue_action
        self.page_actions = [
            self._action(text, QKeySequence(f"Ctrl+{number}"))
            for number, text in enumerate(
                (self.tr("&Home"), self.tr("&Accounts"), self.tr("&Reminders")), start=1
            )
        ]
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def _create_widgets(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.search.textChanged.connect(self._filter)
        self.account_list = AccountList(self.model)
        self.account_list.table.addActions([self.visit_action, self.delete_action])
        self.account_list.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.account_list.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.details = AccountDetails(self.editor.undo_stack)
        self.details.account_changed.connect(self._account_changed)
        self.details.failed.connect(self._show_error)
        self.details.noticed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.details.exported.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Scorecard saved as {path}.").format(path=path), 8000
            )
        )
        self.form = self.details.form
        self.editing = AccountEditing(self, self.editor, self.form, lambda: self.workspace.accounts)
        self.editing.noticed.connect(self.statusBar().showMessage)
        self.editing.failed.connect(self._show_error)
        self.visits = VisitPlanning(
            self, self.editor.undo_stack, lambda: self.workspace, self.details.visits_changed
        )
        self.visits.noticed.connect(self.statusBar().showMessage)
        self.visits.failed.connect(self._show_error)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.account_list)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.empty_state = EmptyState([self.demo_action, self.new_action])
        self.workbench = Workbench(self.splitter, self.editor.undo_stack)
        self.workbench.account_requested.connect(self.open_account)
        self.workbench.failed.connect(self._show_error)
        self.workbench.reminders.noticed.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.workbench.attention_shown.connect(self._announce_overdue)
        for index, action in enumerate(self.page_actions):
            action.triggered.connect(lambda _=False, i=index: self.workbench.setCurrentIndex(i))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.workbench)
        self.pages.addWidget(self.empty_state)
        self.setCentralWidget(self.pages)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_action, self.delete_action, self.visit_action])
        toolbar.addSeparator()
        toolbar.addActions([self.team_sync.sync_action, self.team_sync.badge_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.count_label = QLabel()
        # Asked once, without a dialog in the way: until the user names themselves, the
        # histories say the computer's login.
        self.name_prompt = QPushButton(self.tr("Who are you? Give your name for the histories…"))
        self.name_prompt.setFlat(True)
        self.name_prompt.clicked.connect(self._ask_name)
        self.name_prompt.setVisible(not profile_name())
        self.statusBar().addPermanentWidget(self.name_prompt)
        self.statusBar().addPermanentWidget(self.team_sync.progress)
        self.statusBar().addPermanentWidget(self.team_sync.status)
        self.statusBar().addPermanentWidget(self.count_label)

    def _create_menus(self) -> None:
        menus: dict[str, list[QAction | None]] = {
            self.tr("&File"): [
                self.new_action,
                self.demo_action,
                None,
                self.trash_action,
                self.commands.funnel_action,
                None,
                self.catalogue_action,
                self.commands.signal_rules_action,
                self.commands.preferences_action,
                None,
                self.quit_action,
            ],
            self.tr("&Edit"): [
                self.undo_action,
                self.redo_action,
                None,
                self.delete_action,
                self.visit_action,
                None,
                self.find_action,
            ],
            self.tr("&View"): list(self.page_actions),
            self.tr("&Team"): [
                self.team_sync.sync_action,
                None,
                self.team_sync.conflicts_action,
                self.team_sync.log_action,
                None,
                self.team_sync.settings_action,
            ],
            self.tr("&Help"): [self.commands.about_action],
        }
        for title, actions in menus.items():
            menu = self.menuBar().addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        # Window-wide shortcuts must work even where no menu is shown.
        self.addActions([self.find_action, self.undo_action, self.redo_action, *self.page_actions])

    # loading

    def reload_accounts(self) -> None:
        self.statusBar().showMessage(self.tr("Loading accounts…"))
        service = self.workspace.accounts
        run_in_background(lambda _: service.summaries(), self._show_summaries, self._show_error)

    def _show_summaries(self, summaries: list[AccountSummary]) -> None:
        current = self.current_account_id()
        self.model.set_summaries(summaries)
        if self._workspace is not None:  # a list read just before the store was closed
            self.team_sync.refresh_badge()
        log.info("the account list shows %d accounts", len(summaries))
        self.statusBar().clearMessage()
        self._refresh_pages()
        if current is not None:
            self.select_account(current)
        self.workbench.schedule_refresh()
        self.accounts_loaded.emit()

    def _refresh_pages(self) -> None:
        total, shown = self.model.total_count(), self.model.rowCount()
        self.pages.setCurrentWidget(self.empty_state if total == 0 else self.workbench)
        self.account_list.show_matches(self.search.text())
        if shown == total:
            self.count_label.setText(self.tr("%n account(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%n of {total} accounts", "", shown).format(total=total)
            )
        self._account_actions_enabled(self.current_account_id() is not None)
        self.demo_action.setEnabled(self._workspace is not None and total == 0)

    # selection and editing

    def current_account_id(self) -> uuid.UUID | None:
        return self.account_list.current_account_id()

    def select_account(self, account_id: uuid.UUID) -> None:
        self.account_list.select_account(account_id)

    def open_account(self, account_id: uuid.UUID, kind: "ReminderKind | None") -> None:
        """Show the account on the Accounts page, at the tab where `kind` is dealt with."""
        if self.model.row_of(account_id) is None:
            self.search.clear()  # a filter must not hide the account asked for
        self.select_account(account_id)
        self.workbench.setCurrentWidget(self.splitter)
        if kind is not None:
            self.details.show_page_for(kind)

    def rename_account(self, account_id: uuid.UUID) -> None:
        """The account's name, selected for typing a new one."""
        self.open_account(account_id, None)
        self.details.setCurrentWidget(self.details.overview)
        self.activateWindow()
        self.form.name.setFocus()
        self.form.name.selectAll()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        shown = self.form.account
        if shown is not None and self.form.is_dirty() and not self.editing.settle():
            QTimer.singleShot(0, lambda: self.select_account(shown.id))
            return
        account_id = self.model.account_id(current.row()) if current.isValid() else None
        self._account_actions_enabled(account_id is not None)
        if shown is not None and account_id == shown.id:
            return  # the same account again (the list was re-read): the form stays as typed
        self._show_account(account_id)

    def _account_actions_enabled(self, enabled: bool) -> None:
        """Delete and Prepare visit act on the selected account of an open store."""
        enabled = enabled and self._workspace is not None
        self.delete_action.setEnabled(enabled)
        self.visit_action.setEnabled(enabled)

    def _show_account(self, account_id: uuid.UUID | None) -> None:
        try:
            account = None if account_id is None else self.workspace.accounts.get(account_id)
            self.details.show_account(account)
        except KamdeskError as error:
            self._show_error(error)

    def create_account(self) -> None:
        if not self.editing.settle():
            return
        self.search.clear()
        account_id = self.editing.create()
        if account_id is None:
            return
        self.workbench.setCurrentWidget(self.splitter)  # from Home or Reminders too
        self.details.setCurrentWidget(self.details.overview)
        self.select_account(account_id)
        self.form.focus_name()

    def delete_current(self) -> None:
        row = self.account_list.table.currentIndex().row()
        if self.editing.delete_shown() and self.model.rowCount():
            self.select_account(self.model.account_id(min(row, self.model.rowCount() - 1)))

    def prepare_visit(self) -> None:
        account = self.form.account
        if account is not None:
            self.visits.prepare(account.id, account.fields.name)

    def _account_changed(self, account_id: uuid.UUID) -> None:
        summary = self.workspace.accounts.summary(account_id)
        if summary is None:
            self.model.remove(account_id)
        else:
            self.model.upsert(summary)
        self.team_sync.refresh_badge()  # a rename or deletion may end two sharing a name
        self._refresh_pages()
        if summary is not None:
            self.select_account(account_id)
            self._show_account(account_id)
        elif self.details.shows(account_id):
            self._show_account(self.current_account_id())

    def _data_changed(self) -> None:
        """Demo data, a new catalogue or new thresholds: every line and tab may differ."""
        self.reload_accounts()
        self._show_account(self.current_account_id())

    # misc

    def _filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._refresh_pages()

    def _ask_name(self) -> None:
        self.commands.preferences_action.trigger()
        self.name_prompt.setVisible(not profile_name())

    def come_forward(self) -> None:
        """kamdesk was started again on this store: this window is the one to use."""
        log.info("started again on the same store; this window comes forward")
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(
            self.tr("kamdesk was started again: this window already holds your store."), 15000
        )

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_error(self, error: Exception) -> None:
        show_error(self, error)

    def _announce_migration(self) -> None:
        backup = self.workspace.migration.backup
        if backup is not None:
            self.statusBar().showMessage(
                self.tr("The store was upgraded; a backup was saved as {path}.").format(
                    path=backup
                ),
                15000,
            )

    def _announce_team_status(self, changes: "tuple[StatusChange, ...]") -> None:
        self.review_notice = team_status_notice(changes, self)
        self.review_notice.open()

    def _announce_overdue(self, attention: "Attention") -> None:
        """Once, at start: say what is overdue (after the migration's notice, if any)."""
        self.workbench.attention_shown.disconnect(self._announce_overdue)
        overdue = sum(shown.group == Group.OVERDUE for shown in attention.reminders)
        if overdue and not self.statusBar().currentMessage():
            self.statusBar().showMessage(
                self.tr("%n reminder(s) overdue – see Reminders (Ctrl+3).", "", overdue), 15000
            )

    def _restore_settings(self) -> None:
        columns = self.account_list.table.horizontalHeader()
        restore_window_state(self, self.splitter, self.workbench, columns)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editing.settle():
            event.ignore()
            return
        if self._workspace is not None:
            self.team_sync.sync_at_close()
        columns = self.account_list.table.horizontalHeader()
        save_window_state(self, self.splitter, self.workbench, columns)
        event.accept()
