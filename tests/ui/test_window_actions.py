"""What the toolbar and menus offer matches what can be done right now."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.services.workspace import Workspace
from kamdesk.ui.main_window import MainWindow


def _window_on(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    return window


def test_account_actions_wait_for_the_store_and_a_selection(qtbot: QtBot, data_dir: Path) -> None:
    with Workspace(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    window = _window_on(qtbot, data_dir)
    assert not window.delete_action.isEnabled() and not window.visit_action.isEnabled()
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.select_account(window.model.account_id(0))
    assert window.delete_action.isEnabled() and window.visit_action.isEnabled()
    with qtbot.waitSignal(window.accounts_loaded):
        window.reload_accounts()  # as after a sync that brought changes in
    assert window.current_account_id() == window.model.account_id(0)
    assert window.delete_action.isEnabled() and window.visit_action.isEnabled()
    assert not window.demo_action.isEnabled()  # demo data goes only into an empty store
    window.close_store()


def test_ctrl_n_on_another_page_brings_up_the_new_accounts_name(
    qtbot: QtBot, data_dir: Path
) -> None:
    with Workspace(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    window = _window_on(qtbot, data_dir)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.select_account(window.model.account_id(0))
    window.details.setCurrentWidget(window.details.lifecycle)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Reminders
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.workbench.currentWidget() is window.splitter
    assert window.details.currentWidget() is window.details.overview
    assert window.form.name.text() == "New account"
    assert window.form.name.isVisible()
    window.close_store()
