"""Help › Getting started and Help › Keyboard shortcuts."""

from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.ui.shell.help_dialogs import GettingStartedDialog, ShortcutsDialog

from ..conftest import OpenWindow, when_modal_dialog


def test_the_shortcuts_list_every_keyed_command_of_the_menus(open_window: OpenWindow) -> None:
    window = open_window()
    found: dict[str, str] = {}

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        ModelTester(None).check(dialog.model)
        found.update(dict(dialog.model.rows))
        dialog.reject()

    when_modal_dialog(ShortcutsDialog, read)
    window.window_actions.shortcuts_action.trigger()
    assert found["Import accounts"] == "Ctrl+Shift+I"
    assert found["Undo"] == "Ctrl+Z"
    assert found["Getting started"] == "F1"


def test_getting_started_names_the_import_and_the_backup(qtbot: QtBot) -> None:
    dialog = GettingStartedDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "File › Import accounts…" in text and "File › Back up…" in text
