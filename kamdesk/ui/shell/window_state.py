"""What the window remembers between starts: its size and place, the split between list and
account, the page shown, the list's columns."""

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTabWidget

DEFAULT_SIZE, DEFAULT_SPLIT = (1360, 800), [620, 740]  # the account's pages need the room


def restore_window_geometry(window: QMainWindow) -> None:
    """The window's size and place, before its parts are built (it paints first)."""
    geometry = QSettings().value("main_window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)


def restore_window_state(splitter: QSplitter, pages: QTabWidget, columns: QHeaderView) -> None:
    """The parts as they were left: the split, the page shown, the list's columns."""
    settings = QSettings()
    if not isinstance(settings.value("main_window/geometry"), QByteArray):
        splitter.setSizes(DEFAULT_SPLIT)
    page = settings.value("main_window/page", 1, type=int)
    pages.setCurrentIndex(page if isinstance(page, int) else 1)
    for key, widget in (("main_window/splitter", splitter), ("main_window/columns", columns)):
        state = settings.value(key)
        if isinstance(state, QByteArray):
            widget.restoreState(state)


def save_window_state(
    window: QMainWindow, splitter: QSplitter, pages: QTabWidget, columns: QHeaderView
) -> None:
    settings = QSettings()
    settings.setValue("main_window/geometry", window.saveGeometry())
    settings.setValue("main_window/splitter", splitter.saveState())
    settings.setValue("main_window/page", pages.currentIndex())
    settings.setValue("main_window/columns", columns.saveState())
