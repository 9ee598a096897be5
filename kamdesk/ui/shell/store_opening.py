"""Opening the store from the window, a step of its own: on the worker thread once the window
has painted (the list read as the file holds it, then: open, migrate, apply the status reviews
that fell due, read the list anew); a damaged store is offered its latest backup; what
opening did is said once the window shows it."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.errors import KamdeskError, StoreCorrupt
from kamdesk.i18n.messages import error_message
from kamdesk.i18n.profile import backup_days, user
from kamdesk.services.list_at_start import accounts_at_start
from kamdesk.services.log_file import log
from kamdesk.ui.shell.store_recovery import offer_backup
from kamdesk.ui.status.review_notice import review_notice
from kamdesk.ui.widgets.worker import run_in_background

if TYPE_CHECKING:  # loaded on the worker thread, after the window has painted
    from kamdesk.services.status import ReviewItem
    from kamdesk.services.workspace import Workspace


@dataclass(frozen=True)
class StoreOpened:
    workspace: "Workspace"
    summaries: list[AccountSummary]
    applied_reviews: "list[ReviewItem]"
    backup_failed: KamdeskError | None = None  # the day's backup could not be written


def _open(data_dir: Path, backup_days: int) -> StoreOpened:
    from kamdesk.services.workspace import Workspace  # SQLAlchemy, Alembic: slow to import

    workspace = Workspace.open(data_dir, user=user, refuse_damaged=True)
    try:
        backup_failed = _daily_backup(workspace, backup_days)
        reviews = workspace.status.apply_reviews(date.today())
        return StoreOpened(workspace, workspace.accounts.summaries(), reviews, backup_failed)
    except BaseException:
        workspace.close()
        raise


def _daily_backup(workspace: "Workspace", days: int) -> KamdeskError | None:
    """Before the reviews and the sync at start change anything; a failed backup is said,
    and the store opens all the same."""
    try:
        workspace.backups.daily(datetime.now(UTC), days)
    except KamdeskError as error:
        log.warning("the daily backup failed: %s", type(error).__name__)
        return error
    return None


class StoreOpening(QObject):
    read_first = Signal(object)  # the list[AccountSummary] read before the store opened
    opened = Signal(object)  # an StoreOpened
    failed = Signal(object)  # why the store could not be opened (no backup taken instead)

    def __init__(self, window: QMainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self._window, self._data_dir = window, data_dir

    def start(self) -> None:
        """The list as the file holds it first (a plain read, before SQLAlchemy loads), then
        the store opened: one after the other, so that the read has the interpreter."""
        data_dir = self._data_dir
        run_in_background(lambda _: accounts_at_start(data_dir), self._read_first, self._open)

    def _read_first(self, summaries: list[AccountSummary] | None) -> None:
        if summaries is not None:
            self.read_first.emit(summaries)
        self._open()

    def _open(self, unread: Exception | None = None) -> None:
        if unread is not None:  # opening the store says what is wrong, in a sentence
            log.debug("the list could not be read before the store opened: %r", unread)
        data_dir, days = self._data_dir, backup_days()
        run_in_background(lambda _: _open(data_dir, days), self.opened.emit, self._failed)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, StoreCorrupt) and offer_backup(self._window, self._data_dir, error):
            self.start()
            return
        self.failed.emit(error)

    def announce(
        self, opened: StoreOpened, show_reminders: Callable[[], None]
    ) -> QMessageBox | None:
        """Say that the store was upgraded (and where its backup is) and which statuses the
        reviews changed; returns the review notice, open, if there is one."""
        backup = opened.workspace.migration.backup
        if opened.backup_failed is not None:
            self._window.statusBar().showMessage(
                self.tr("Today's backup could not be written: {reason}").format(
                    reason=error_message(opened.backup_failed)
                ),
                20000,
            )
        elif backup is not None:
            self._window.statusBar().showMessage(
                self.tr("The store was upgraded; a backup was saved as {path}.").format(
                    path=backup
                ),
                15000,
            )
        if not opened.applied_reviews:
            return None
        notice = review_notice(opened.applied_reviews, self._window, show_reminders)
        notice.open()
        return notice
