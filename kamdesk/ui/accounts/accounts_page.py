"""The Accounts page: the account list (with its search box, shown in the toolbar) on the left,
the selected account's tabs on the right; selecting, creating, deleting and renaming accounts,
and preparing a visit to the one on show."""

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QSplitter, QStyle, QWidget

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.errors import KamdeskError
from kamdesk.services.log_file import log
from kamdesk.ui.accounts.account_details import AccountDetails
from kamdesk.ui.accounts.account_editing import AccountEditing
from kamdesk.ui.accounts.account_editor import AccountEditor
from kamdesk.ui.accounts.account_list import AccountList
from kamdesk.ui.accounts.account_table_model import AccountTableModel
from kamdesk.ui.briefing.visit_planning import VisitPlanning
from kamdesk.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from kamdesk.domain.portfolio import PortfolioField
    from kamdesk.domain.reminders import ReminderKind
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.workspace import Workspace
    from kamdesk.ui.accounts.account_details import AccountPart


class AccountsPage(QSplitter):
    listed = Signal()  # the list was read anew from the store
    list_changed = Signal()  # what the list holds or shows may differ (counts, empty store)
    account_changed = Signal(object)  # the id of an account saved, created or deleted
    shown_wanted = Signal()  # the page asks to be brought up (after creating, opening one)
    noticed = Signal(str, int)  # a message for the status bar, how long it shows (ms)
    failed = Signal(object)  # a KamdeskError to show

    def __init__(self, editor: AccountEditor, window: QWidget) -> None:
        super().__init__()
        self._service: AccountService | None = None
        self.editor = editor
        self.model = AccountTableModel(self)
        self._create_actions(window)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.search.setEnabled(False)
        self.search.textChanged.connect(self._filter)
        self.account_list = AccountList(self.model)
        table = self.account_list.table
        table.addActions([self.visit_action, self.delete_action])
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.details = AccountDetails(editor.undo_stack)
        self.details.account_changed.connect(self.show_changed)
        self.details.failed.connect(self.failed)
        self.details.account_requested.connect(self._open_part)
        self.details.noticed.connect(lambda text: self.noticed.emit(text, 8000))
        self.details.exported.connect(
            lambda path: self.noticed.emit(
                self.tr("Scorecard saved as {path}.").format(path=path), 8000
            )
        )
        self.form = self.details.form
        self.form.group.list_from(self.model.all_summaries)
        self.editing = AccountEditing(window, editor, self.form, self._accounts)
        self.visits = VisitPlanning(window, editor.undo_stack, self.details.visits_changed)
        for part in (self.editing, self.visits):
            part.noticed.connect(self.noticed)
            part.failed.connect(self.failed)
        editor.account_changed.connect(self.show_changed)
        self.addWidget(self.account_list)
        self.addWidget(self.details)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)

    def _create_actions(self, window: QWidget) -> None:
        icon = window.style().standardIcon
        sp = QStyle.StandardPixmap
        self.new_action = QAction(icon(sp.SP_FileIcon), self.tr("&New account"), window)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.create_account)
        self.delete_action = QAction(icon(sp.SP_TrashIcon), self.tr("&Delete account…"), window)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.visit_action = QAction(
            icon(sp.SP_FileDialogDetailedView), self.tr("Prepare &visit…"), window
        )
        self.visit_action.setShortcut(QKeySequence("Ctrl+B"))
        self.visit_action.triggered.connect(self.prepare_visit)
        for action in (self.new_action, self.delete_action, self.visit_action):
            action.setEnabled(False)

    def _accounts(self) -> "AccountService":
        assert self._service is not None, "accounts are edited in an open store"
        return self._service

    def attach(self, workspace: "Workspace") -> None:
        """The store is open: the page works on its accounts (and hands each tab its part)."""
        self._service = workspace.accounts
        self.editor.attach(workspace.accounts)
        self.details.attach(workspace)
        self.visits.attach(workspace.briefing, workspace.stakeholders)
        self.new_action.setEnabled(True)
        self.search.setEnabled(True)

    # the list

    def reload(self) -> None:
        """Read the list anew (on the worker): demo data, a new catalogue, what a sync brought."""
        service = self._accounts()
        run_in_background(lambda _: service.summaries(), self.show_summaries, self.failed.emit)
        self._show_account(self.current_account_id())

    def show_summaries(self, summaries: list[AccountSummary]) -> None:
        current = self.current_account_id()
        self.model.set_summaries(summaries)
        log.info("the account list shows %d accounts", len(summaries))
        self._list_changed()
        if current is not None:
            self.select_account(current)
        self.listed.emit()

    def show_first_look(self, summaries: list[AccountSummary]) -> None:
        """The list read before the store is open: shown, not yet worked with (an account
        chosen meanwhile is shown when the store's own list arrives)."""
        self.model.set_summaries(summaries)
        self._list_changed()

    def show_portfolio(self, fields: "dict[uuid.UUID, PortfolioField | None]") -> None:
        """The Portfolio column, from the portfolio the home view weighed after the list
        was shown (and weighs again after every change)."""
        self.model.set_portfolio_fields(fields)

    def _filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._list_changed()

    def _list_changed(self) -> None:
        self.account_list.show_matches(self.search.text())
        self._account_actions_enabled(self.current_account_id() is not None)
        self.list_changed.emit()

    # selection

    def current_account_id(self) -> uuid.UUID | None:
        return self.account_list.current_account_id()

    def select_account(self, account_id: uuid.UUID) -> None:
        self.account_list.select_account(account_id)

    def open_account(self, account_id: uuid.UUID, kind: "ReminderKind | None") -> None:
        """Show the account, at the tab where `kind` is dealt with."""
        if self.model.row_of(account_id) is None:
            self.search.clear()  # a filter must not hide the account asked for
        self.select_account(account_id)
        self.shown_wanted.emit()
        if kind is not None:
            self.details.show_page_for(kind)

    def _open_part(self, account_id: uuid.UUID, part: "AccountPart") -> None:
        self.open_account(account_id, None)
        if self.details.shows(account_id):
            self.details.show_part(part)

    def start_funnel(self, account_id: uuid.UUID) -> None:
        """The account's Status tab, with its selection funnel open (from the portfolio)."""
        self.open_account(account_id, None)
        if self.details.shows(account_id):  # not when the form kept the user on another
            self.details.show_part(("status", None))
            self.details.status_page.start_funnel()

    def rename_account(self, account_id: uuid.UUID) -> None:
        """The account's name, selected for typing a new one."""
        self.open_account(account_id, None)
        self.details.show_part(("overview", None))
        self.window().activateWindow()
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
        enabled = enabled and self._service is not None
        self.delete_action.setEnabled(enabled)
        self.visit_action.setEnabled(enabled)

    def _show_account(self, account_id: uuid.UUID | None) -> None:
        if self._service is None:  # the list read before the store opened
            return
        try:
            account = None if account_id is None else self._accounts().get(account_id)
            self.details.show_account(account)
        except KamdeskError as error:
            self.failed.emit(error)

    # editing

    def settle(self) -> bool:
        """Save what is typed on the form, or (asked) discard it; False keeps the user here."""
        return self.editing.settle()

    def create_account(self) -> None:
        if not self.editing.settle():
            return
        self.search.clear()
        account_id = self.editing.create()
        if account_id is None:
            return
        self.shown_wanted.emit()  # from Home or Reminders too
        self.details.show_part(("overview", None))
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

    def show_changed(self, account_id: uuid.UUID) -> None:
        """An account was saved, created, deleted or restored: its line and its tabs follow."""
        summary = self._accounts().summary(account_id)
        if summary is None:
            self.model.remove(account_id)
        else:
            self.model.upsert(summary)
        self._list_changed()
        self.account_changed.emit(account_id)
        if summary is not None:
            self.select_account(account_id)
            self._show_account(account_id)
        elif self.details.shows(account_id):
            self._show_account(self.current_account_id())
