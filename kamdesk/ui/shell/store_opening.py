"""Opening the store from the window, a step of its own: on the worker thread once the window
has painted (open, migrate, apply the status reviews that fell due, read the list); a damaged
store is offered its latest backup; what opening did is said once the window shows it."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.errors import StoreCorrupt
from kamdesk.i18n.profile import user
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


def _open(data_dir: Path) -> StoreOpened:
    from kamdesk.services.workspace import Workspace  # SQLAlchemy, Alembic: slow to import

    workspace = Workspace.open(data_dir, user=user, refuse_damaged=True)
    try:
        reviews = workspace.status.apply_reviews(date.today())
        return StoreOpened(workspace, workspace.accounts.summaries(), reviews)
    except BaseException:
        workspace.close()
        raise


class StoreOpening(QObject):
    opened = Signal(object)  # an StoreOpened
    failed = Signal(object)  # why the store could not be opened (no backup taken instead)

    def __init__(self, window: QMainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self._window, self._data_dir = window, data_dir

    def start(self) -> None:
        data_dir = self._data_dir
        run_in_background(lambda _: _open(data_dir), self.opened.emit, self._failed)

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
        if backup is not None:
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
