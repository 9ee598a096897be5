"""The window's own commands (undo, redo, find, the pages, quit) and where every command is
placed: the menus, the toolbar and the window-wide shortcuts."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QWidget

from kamdesk.ui.shell.help_dialogs import GettingStartedDialog, ShortcutsDialog

Menu = list[QAction | None]  # None is a separator


class WindowActions(QObject):
    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        icon = window.style().standardIcon
        sp = QStyle.StandardPixmap
        self.undo_action = undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon(sp.SP_ArrowBack))
        self.redo_action = undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.redo_action.setIcon(icon(sp.SP_ArrowForward))
        self.find_action = QAction(self.tr("&Find…"), window)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.page_actions = [
            QAction(text, window)
            for text in (
                self.tr("&Home"),
                self.tr("&Accounts"),
                self.tr("&Reminders"),
                self.tr("&Portfolio"),
            )
        ]
        for number, action in enumerate(self.page_actions, start=1):
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        self.getting_started_action = QAction(self.tr("&Getting started"), window)
        self.getting_started_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.getting_started_action.triggered.connect(lambda: GettingStartedDialog(window).exec())
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(
            lambda: ShortcutsDialog(menu_actions(window), window).exec()
        )
        self.quit_action = QAction(self.tr("&Quit"), window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(window.close)
        # Window-wide shortcuts must work even where no menu is shown.
        window.addActions([self.find_action, self.undo_action, self.redo_action])
        window.addActions([self.getting_started_action, self.shortcuts_action])
        window.addActions(self.page_actions)


def menu_actions(window: QMainWindow) -> list[QAction]:
    """The commands of the menus, in their order, then the window-wide ones."""
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            found += [action for action in menu.actions() if not action.isSeparator()]
    return found + window.actions()


def fill_menus(window: QMainWindow, menus: dict[str, Menu]) -> None:
    for title, actions in menus.items():
        menu = window.menuBar().addMenu(title)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)


def fill_toolbar(
    window: QMainWindow, title: str, groups: list[list[QAction]], search: QWidget
) -> None:
    """The toolbar: groups of commands apart, the search box at the far end."""
    toolbar = window.addToolBar(title)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for number, group in enumerate(groups):
        if number:
            toolbar.addSeparator()
        toolbar.addActions(group)
    spacer = QWidget()
    spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(search)
