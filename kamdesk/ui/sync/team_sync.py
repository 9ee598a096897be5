"""The Team menu: Sync (F9) on the worker thread with its steps in the status bar, automatic
sync (at start, every N minutes, at close), the settings, the conflicts with their badge, and
the log."""

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QStyle, QWidget

from kamdesk.domain.errors import (
    KamdeskError,
    PassphraseNeeded,
    PassphraseWrong,
    SharedFileError,
    TeamServerRefused,
)
from kamdesk.domain.sync.team_server import TeamServer
from kamdesk.i18n.messages import error_message
from kamdesk.services.log_file import log_unexpected
from kamdesk.ui.sync.passphrase_dialogs import PassphraseDialog
from kamdesk.ui.sync.sync_dialogs import ConflictsDialog, SyncLogDialog, SyncSettingsDialog
from kamdesk.ui.widgets.undo_step import record_change
from kamdesk.ui.widgets.worker import Progress, run_in_background

if TYPE_CHECKING:
    from kamdesk.domain.sync.team_server import TeamPlace
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.sync import SyncService
    from kamdesk.services.sync_conflicts import ConflictService, Resolution
    from kamdesk.services.sync_report import SyncProgress, SyncReport
    from kamdesk.ui.sync.server_form import TeamServerForm

# What a run does with the sync service, reporting its steps: a sync, or one that encrypts.
_Operation: TypeAlias = Callable[["SyncService", "SyncProgress"], "SyncReport"]


@dataclass(frozen=True)
class _Services:
    sync: "SyncService"
    conflicts: "ConflictService"
    accounts: "AccountService"


class TeamSync(QObject):
    data_changed = Signal()  # what came in may change any account
    account_requested = Signal(uuid.UUID)
    rename_requested = Signal(uuid.UUID)
    failed = Signal(object)
    synced = Signal()  # finished or refused: the status line is up to date
    status_changed = Signal(object)  # the StatusChanges a colleague's sync brought in

    def __init__(self, window: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window, self._undo_stack = window, undo_stack
        self._attached: _Services | None = None
        self._running = False
        self._conflicts: ConflictsDialog | None = None
        style = window.style()
        self.sync_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("S&ync"), window
        )
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.sync_action.setToolTip(self.tr("Merge your changes with the team's shared file (F9)"))
        self.sync_action.triggered.connect(lambda: self.sync_now(automatic=False))
        self.settings_action = QAction(self.tr("Sync &settings…"), window)
        self.settings_action.triggered.connect(lambda: self.edit_settings())
        self.conflicts_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            self.tr("&Conflicts…"),
            window,
        )
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.badge_action = QAction(self.conflicts_action.icon(), "", window)  # toolbar
        self.badge_action.triggered.connect(self.show_conflicts)
        self.badge_action.setVisible(False)
        self.log_action = QAction(self.tr("Sync &log…"), window)
        self.log_action.triggered.connect(self.show_log)
        self.status = QLabel()
        self.status.setObjectName("secondaryText")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(automatic=True))

    def actions(self) -> list[QAction]:
        return [self.sync_action, self.settings_action, self.conflicts_action, self.log_action]

    def _services(self) -> _Services:
        assert self._attached is not None, "the Team menu works on an open store"
        return self._attached

    def attach(
        self, sync: "SyncService", conflicts: "ConflictService", accounts: "AccountService"
    ) -> None:
        """The store is open: show where sync stands and start the automatic syncs."""
        self._attached = _Services(sync, conflicts, accounts)
        self._show_last()
        self._show_badge()
        settings = self._services().sync.settings()
        self._plan_timer()
        if settings.auto_sync and settings.shared_file is not None:
            self.sync_now(automatic=True)

    # syncing

    def sync_now(self, *, automatic: bool) -> None:
        if self._running:
            return
        if self._services().sync.settings().shared_file is None:
            if not automatic:
                self.edit_settings()
            return
        self._run(lambda service, progress: service.sync(progress=progress), automatic)

    def _run(self, operation: "_Operation", automatic: bool) -> None:
        """A sync (or an encrypting one) on the worker, its steps in the status bar."""
        service = self._services().sync
        self._running = True
        self.sync_action.setEnabled(False)
        self.progress.setRange(0, 4)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Syncing…"))

        def work(progress: Progress) -> "SyncReport":
            from kamdesk.services.sync_report import SyncStep

            steps = list(SyncStep)
            return operation(service, lambda step, rows: progress(steps.index(step), rows))

        run_in_background(
            work,
            self._finished,
            lambda error: self._refused(error, operation, automatic),
            self._reached,
        )

    def _reached(self, step: int, rows: int) -> None:
        """The bar shows the step (of four); the text what it moves: reading, merging,
        sending and receiving rows."""
        self.progress.setValue(step)
        texts = [
            self.tr("Reading the team's changes…"),
            self.tr("Merging…"),
            self.tr("Sending %Ln row(s)…", "", rows),
            self.tr("Receiving %Ln row(s)…", "", rows),
        ]
        self.status.setText(texts[step] if rows or step < 2 else self.tr("Syncing…"))

    def sync_at_close(self) -> None:
        """Automatic sync's last run, in the foreground: the window is going away."""
        settings = self._services().sync.settings()
        if self._running or not settings.auto_sync or settings.shared_file is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._services().sync.sync()
        except KamdeskError:
            pass  # logged by the service; the next start tries again
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _finished(self, report: "SyncReport") -> None:
        self._stopped()
        self._show_last()
        self._show_badge()
        if report.rows_in or report.conflicts:
            self.data_changed.emit()
        if report.status_changes:
            self.status_changed.emit(report.status_changes)
        self.synced.emit()

    def _refused(self, error: Exception, operation: "_Operation", automatic: bool) -> None:
        """Said in the status bar whatever went wrong, so that it never keeps saying when
        the last good sync was; an automatic sync says why only in the tooltip. A manual
        one that needs the team passphrase asks for it and goes again."""
        self._stopped()
        when = time.strftime("%H:%M")
        self.status.setText(self.tr("Sync refused at {time}").format(time=when))
        if isinstance(error, KamdeskError):
            self.status.setToolTip(error_message(error))
        if isinstance(error, PassphraseNeeded | PassphraseWrong):
            self.status.setText(self.tr("Sync needs the team passphrase (F9)"))
            if not automatic and self._passphrase_typed(error):
                self._run(operation, automatic)
                return
        elif isinstance(error, TeamServerRefused) and not automatic:
            if self._password_typed(error):
                self._run(operation, automatic)
                return
        elif not automatic:
            self.failed.emit(error)
        elif not isinstance(error, KamdeskError):
            log_unexpected(error)
        self.synced.emit()

    def _passphrase_typed(self, error: SharedFileError) -> bool:
        dialog = PassphraseDialog(error_message(error), self._window)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return False
        self._services().sync.keys.offer(dialog.passphrase.text())
        return True

    def _password_typed(self, error: TeamServerRefused) -> bool:
        """The server's password asked for (its login was refused), kept as the user says."""
        from kamdesk.ui.sync.server_form import ServerPasswordDialog

        server = self._services().sync.settings().shared_file
        dialog = ServerPasswordDialog(error_message(error), self._window)
        if not isinstance(server, TeamServer) or not dialog.exec():
            return False
        passwords = self._services().sync.passwords
        passwords.set(server, dialog.password.text(), remember=dialog.remember.isChecked())
        return True

    def _stopped(self) -> None:
        self._running = False
        self.sync_action.setEnabled(True)
        self.progress.hide()

    def _show_last(self) -> None:
        entries = self._services().sync.log()
        if not entries:
            self.status.setText(self.tr("Not synced yet"))
            return
        last = entries[0]
        when = time.strftime("%H:%M", time.localtime(last.at))
        if last.refused:
            self.status.setText(self.tr("Sync refused at {time}").format(time=when))
            return
        self.status.setText(
            self.tr("Synced at {time} · {came} in, {out} out").format(
                time=when, came=last.came_in, out=last.went_out
            )
        )
        self.status.setToolTip("")

    def _plan_timer(self) -> None:
        settings = self._services().sync.settings()
        self.timer.stop()
        if settings.auto_sync and settings.auto_minutes > 0:
            self.timer.start(settings.auto_minutes * 60_000)

    # settings, conflicts, log

    def edit_settings(self, proposed: Path | None = None) -> None:
        """The settings; `proposed`: a team file the user opened, chosen in them."""
        from kamdesk.services.sync_report import SyncSettings

        service = self._services().sync
        before = service.settings()
        dialog = SyncSettingsDialog(
            before, service.encrypted, service.check_server, service.passwords.kept, self._window
        )
        if proposed is not None:
            dialog.choose(proposed)
        if dialog.exec() != SyncSettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.place()
        service.set_settings(
            SyncSettings(chosen, dialog.auto.isChecked(), dialog.minutes.value()),
            join_team=chosen != before.shared_file or dialog.chosen_again,
        )
        self._plan_timer()
        if isinstance(chosen, TeamServer):
            self._server_chosen(chosen, dialog.server_form, before.shared_file)
            return
        passphrase = dialog.encryption.new_passphrase()
        if chosen is None or self._running:
            return
        if passphrase is not None:
            self._run(lambda s, progress: s.encrypt(chosen, passphrase, progress), False)
        elif dialog.encryption.decrypting():
            self._run(lambda s, progress: s.decrypt(chosen, progress), False)
        elif chosen != before.shared_file:
            self.sync_now(automatic=False)

    def _server_chosen(
        self, server: TeamServer, form: "TeamServerForm", before: "TeamPlace | None"
    ) -> None:
        """The password typed kept as asked; a server newly chosen synced with at once."""
        passwords = self._services().sync.passwords
        typed, remember = form.password.text(), form.remember.isChecked()
        if (typed or not remember) and not passwords.set(server, typed, remember=remember):
            QMessageBox.information(
                self._window,
                self.tr("Sync settings"),
                self.tr(
                    "This computer has no keyring to keep the password in: kamdesk keeps it "
                    "until it is closed."
                ),
            )
        if server != before and not self._running:
            self.sync_now(automatic=False)

    def show_conflicts(self) -> None:
        if self._conflicts is None:
            self._conflicts = ConflictsDialog(self._window)
            self._conflicts.keep_requested.connect(self.keep)
            self._conflicts.account_requested.connect(self.account_requested)
            self._conflicts.rename_requested.connect(self.rename_requested)
        self._refresh_conflicts()
        self._conflicts.show()
        self._conflicts.raise_()

    def keep(self, conflict_id: uuid.UUID, mine: bool) -> None:
        """Keep one side; undoable (the conflict comes back with the value it had)."""
        service = self._services().conflicts
        done: list[Resolution] = []

        def do() -> None:
            done.append(service.resolve(conflict_id, keep_mine=mine))

        text = self.tr("Keep my value") if mine else self.tr("Keep their value")
        record_change(
            self._undo_stack,
            text,
            do,
            lambda: service.undo(done.pop()),
            self.failed.emit,
            self.conflicts_changed,
        )

    def conflicts_changed(self) -> None:
        self.refresh_badge()
        self.data_changed.emit()

    def refresh_badge(self) -> None:
        """After any change: a renamed or deleted account may end a pair sharing a name."""
        self._show_badge()
        if self._conflicts is not None and self._conflicts.isVisible():
            self._refresh_conflicts()

    def _refresh_conflicts(self) -> None:
        assert self._conflicts is not None
        services = self._services()
        self._conflicts.show_conflicts(
            services.conflicts.open(), services.accounts.sharing_a_name()
        )

    def _show_badge(self) -> None:
        services = self._services()
        shared_names = {account.name for account in services.accounts.sharing_a_name()}
        count = services.conflicts.count() + len(shared_names)
        self.badge_action.setVisible(count > 0)
        self.badge_action.setText(self.tr("%Ln conflict(s)", "", count))
        self.badge_action.setToolTip(
            self.tr("Changes made at once by you and a colleague, or accounts sharing a name")
        )

    def show_log(self) -> None:
        SyncLogDialog(self._services().sync.log(), self._window).exec()
