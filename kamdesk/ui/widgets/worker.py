"""The one way slow work leaves the GUI thread: run a function on the thread pool and hear
back on the GUI thread (behind a progress dialog where the user waits for it). The function
never touches widgets."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued over to it."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Progress | None,
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        _running.discard(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        _running.discard(self)
        self._on_error(error)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress:
            self._on_progress(done, total)


_running: set[_Relay] = set()


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], object], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except Exception as error:  # reported on the GUI thread, never lost with the thread
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


def run_in_background(
    work: Callable[[Progress], object],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Progress | None = None,
) -> None:
    """Run `work(progress)` off the GUI thread; the callbacks run on the GUI thread."""
    relay = _Relay(on_done, on_error, on_progress)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Task(work, relay))


def wait_for_background_work() -> None:
    QThreadPool.globalInstance().waitForDone()


def run_with_progress(
    parent: QWidget,
    text: str,
    work: Callable[[Progress], object],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Work the user waits for, behind a window-modal progress dialog: busy until the work
    reports how far it is; shown only if the work takes longer than a moment."""
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def done(result: object) -> None:
        progress.close()
        on_done(result)

    def failed(error: Exception) -> None:
        progress.close()
        on_error(error)

    def progressed(count: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(count)

    run_in_background(work, done, failed, progressed)
