from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.ui.shell.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> Iterator[OpenWindow]:
    """Open a main window on the test's store, as a fresh start of the app would: the frame
    painted first, its parts built once it is on screen."""
    opened: list[MainWindow] = []

    def open_() -> MainWindow:
        window = MainWindow(data_dir, at_once=False)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.accounts_loaded):
            window.show()
        opened.append(window)
        return window

    yield open_
    for window in opened:
        window.close_store()


def _type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Type any text, umlauts included: QTest.keyClicks only knows ASCII."""
    return _type_text


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box nobody expects would hang the test run; fail with its text instead."""

    def unexpected(_parent: object, title: str, text: str, *_: object) -> None:
        raise AssertionError(f"unexpected message box {title!r}: {text}")

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


WhenDialog = Callable[[type[QWidget], Callable[[QWidget], None]], None]


def when_modal_dialog(cls: type[QWidget], act: Callable[[QWidget], None], tries: int = 500) -> None:
    """Act on the dialog once it is the active modal widget: at once after the caller's
    exec(), or later where work on the worker comes first (every 20 ms, for 10 s)."""

    def run(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls) and left:
            QTimer.singleShot(20, lambda: run(left - 1))
            return
        assert isinstance(dialog, cls), dialog
        try:
            act(dialog)
        except BaseException:
            dialog.close()  # a failed check must not leave the test waiting on the dialog
            raise

    QTimer.singleShot(0, lambda: run(tries))


@pytest.fixture
def when_dialog() -> WhenDialog:
    """Act on the next modal dialog of a class once it is up (exec() blocks the test)."""
    return when_modal_dialog
