"""What the toolbar and menus offer matches what can be done right now."""

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow


def _window_on(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    return window


def test_account_actions_wait_for_the_store_and_a_selection(qtbot: QtBot, data_dir: Path) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    window = _window_on(qtbot, data_dir)
    assert (
        not window.accounts_page.delete_action.isEnabled()
        and not window.accounts_page.visit_action.isEnabled()
    )
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.accounts_page.select_account(window.accounts_page.model.account_id(0))
    assert (
        window.accounts_page.delete_action.isEnabled()
        and window.accounts_page.visit_action.isEnabled()
    )
    with qtbot.waitSignal(window.accounts_loaded):
        window._data_changed()  # as after a sync that brought changes in
    assert window.accounts_page.current_account_id() == window.accounts_page.model.account_id(0)
    assert (
        window.accounts_page.delete_action.isEnabled()
        and window.accounts_page.visit_action.isEnabled()
    )
    assert not window.commands.demo_action.isEnabled()  # demo data goes only into an empty store
    window.close_store()


def test_ctrl_n_on_another_page_brings_up_the_new_accounts_name(
    qtbot: QtBot, data_dir: Path
) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    window = _window_on(qtbot, data_dir)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.accounts_page.select_account(window.accounts_page.model.account_id(0))
    window.accounts_page.details.setCurrentWidget(window.accounts_page.details.lifecycle)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Reminders
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.workbench.currentWidget() is window.accounts_page
    assert window.accounts_page.details.currentWidget() is window.accounts_page.details.overview
    assert window.accounts_page.form.name.text() == "New account"
    assert window.accounts_page.form.name.isVisible()
    window.close_store()


def test_the_user_is_asked_once_for_their_name_and_histories_use_it(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamdesk.ui.shell.preferences_dialog import PreferencesDialog

    def name_given(dialog: PreferencesDialog) -> int:
        dialog.name.setText("Aylin  Demir")
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", name_given)
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name="Müller GmbH")).id
    window = _window_on(qtbot, data_dir)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    assert window.name_prompt.isVisible()
    qtbot.mouseClick(window.name_prompt, Qt.MouseButton.LeftButton)
    assert not window.name_prompt.isVisible()
    fields = window.workspace.accounts.get(account).fields
    window.editor.update(
        account, dataclasses.replace(fields, status_level=StatusLevel.KEY), "Konzernvertrag"
    )
    (change,) = window.workspace.status.status(account).history
    assert change.changed_by == "Aylin Demir"
    window.close_store()
    second = _window_on(qtbot, data_dir)
    with qtbot.waitSignal(second.accounts_loaded):
        second.show()
    assert not second.name_prompt.isVisible()  # asked once
    second.close_store()
