"""A long working day in minutes: thousands of real user actions on one main window.

It fails when Python would crash: PySide6 6.12.0 on CPython 3.11 lowered None's reference
count on every Qt call returning nothing, and the window died after about 6,700 search edits."""

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.demo.data import load_demo_data
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow

TypeText = Callable[[QWidget, str], None]
SEARCHED = "gmbh gruppe maschinenbau logistik ag "  # typed, then deleted, twice: 152 keys
ROUNDS = 120  # each round is 172 actions: 20,640 in all


def _close_the_dialog_when_up() -> None:
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), dialog
        dialog.reject()

    QTimer.singleShot(0, close)


def _one_round(qtbot: QtBot, window: MainWindow, type_text: TypeText, round_: int) -> int:
    """Search, walk the list, look at the tabs and pages, open dialogs; returns how many
    actions that was."""
    search, table = window.accounts_page.search, window.accounts_page.account_list.table
    for _ in range(2):
        type_text(search, SEARCHED)
        for _ in SEARCHED:
            qtbot.keyClick(search, Qt.Key.Key_Backspace)
    actions = 4 * len(SEARCHED)
    table.setFocus()
    for step in range(10):
        qtbot.keyClick(table, Qt.Key.Key_Up if (step + round_) % 4 == 0 else Qt.Key.Key_Down)
        actions += 1
    if round_ % 3 == 0:
        qtbot.keyClick(table, Qt.Key.Key_Home)
    tabs = window.accounts_page.details.count()
    for tab in range(tabs):
        window.accounts_page.details.setCurrentIndex((tab + round_) % tabs)
    for page in (0, 2, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + page), Qt.KeyboardModifier.ControlModifier)
    for action in (window.commands.preferences_action, window.commands.trash_action):
        _close_the_dialog_when_up()
        action.trigger()
    return actions + tabs + 3 + 2


@pytest.mark.slow
def test_twenty_thousand_user_actions_leave_python_sound(
    qtbot: QtBot, data_dir: Path, type_text: TypeText
) -> None:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 60, seed=5)
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    nones = sys.getrefcount(None)
    actions = sum(_one_round(qtbot, window, type_text, n) for n in range(ROUNDS))
    window.close_store()
    assert actions >= 20_000
    # Other code may hold a few more or fewer references; a leak loses one per Qt call.
    assert sys.getrefcount(None) > nones - 500
