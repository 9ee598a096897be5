"""The main window driven as a user would: keys, clicks, dialogs, restarts."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.account import AccountFields
from kamdesk.i18n.account_cells import NAME
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]
TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def demo_store(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 40, seed=3)
    return data_dir


def visible_names(window: MainWindow) -> list[str]:
    model = window.accounts_page.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_empty_store_offers_demo_data_and_new_account(open_window: OpenWindow) -> None:
    window = open_window()
    assert window.pages.currentWidget() is window.empty_state
    assert window.commands.demo_action.isEnabled() and window.accounts_page.new_action.isEnabled()


def test_load_demo_data_from_the_empty_state(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    with qtbot.waitSignal(window.accounts_loaded, timeout=20_000):
        window.commands.demo_action.trigger()
    assert window.accounts_page.model.total_count() == 200
    assert window.pages.currentWidget() is window.workbench
    assert window.workbench.currentWidget() is window.accounts_page


def test_create_an_account_with_the_keyboard(
    qtbot: QtBot, open_window: OpenWindow, type_text: TypeText
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (
        window.accounts_page.form.name.hasFocus()
        or window.accounts_page.form.name.selectedText() == "New account"
    )
    window.accounts_page.form.name.selectAll()
    type_text(window.accounts_page.form.name, "Bäckerei Groß KG")
    qtbot.keyClick(window.accounts_page.form.name, Qt.Key.Key_Return)
    assert visible_names(window) == ["Bäckerei Groß KG"]
    assert window.workspace.accounts.find("Bäckerei Groß KG").fields.name == "Bäckerei Groß KG"


def test_search_filters_as_you_type(
    qtbot: QtBot, demo_store: Path, open_window: OpenWindow, type_text: TypeText
) -> None:
    window = open_window()
    target = visible_names(window)[7]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.accounts_page.search.hasFocus()
    type_text(window.accounts_page.search, target.split()[0] + " " + target.split()[1])
    assert target in visible_names(window)
    assert all(target.split()[0] in name for name in visible_names(window))
    qtbot.keyClicks(window.accounts_page.search, "xyz-nothing")
    assert (
        window.accounts_page.account_list.currentWidget()
        is window.accounts_page.account_list.no_match
    )
    assert "xyz-nothing" in window.accounts_page.account_list.no_match.text()


def test_edit_survives_a_restart(
    qtbot: QtBot, demo_store: Path, open_window: OpenWindow, type_text: TypeText
) -> None:
    window = open_window()
    window.accounts_page.select_account(window.accounts_page.model.account_id(0))
    name = (
        window.accounts_page.form.account.fields.name if window.accounts_page.form.account else ""
    )
    window.accounts_page.form.owner.clear()
    type_text(window.accounts_page.form.owner, "Zoë Öztürk")
    assert window.accounts_page.form.save_button.isEnabled()
    qtbot.mouseClick(window.accounts_page.form.save_button, Qt.MouseButton.LeftButton)
    assert not window.accounts_page.form.save_button.isEnabled()
    window.close()

    again = open_window()
    again.accounts_page.select_account(again.workspace.accounts.find(name).id)
    assert again.accounts_page.form.owner.text() == "Zoë Öztürk"


def test_empty_name_is_refused_with_a_message(
    qtbot: QtBot, demo_store: Path, open_window: OpenWindow
) -> None:
    window = open_window()
    window.accounts_page.select_account(window.accounts_page.model.account_id(0))
    window.accounts_page.form.name.clear()
    qtbot.keyClicks(window.accounts_page.form.name, " ")
    qtbot.keyClick(window.accounts_page.form.name, Qt.Key.Key_Return)
    assert window.accounts_page.form.error.isVisible()
    assert "Name" in window.accounts_page.form.error.text()
    qtbot.mouseClick(window.accounts_page.form.revert_button, Qt.MouseButton.LeftButton)
    assert not window.accounts_page.form.is_dirty()


def test_delete_asks_and_undo_brings_it_back(
    qtbot: QtBot, demo_store: Path, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window()
    window.accounts_page.select_account(window.accounts_page.model.account_id(3))
    doomed = visible_names(window)[3]
    window.accounts_page.account_list.table.setFocus()
    qtbot.keyClick(window.accounts_page.account_list.table, Qt.Key.Key_Delete)
    assert doomed not in visible_names(window)
    assert window.accounts_page.model.total_count() == 39
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doomed in visible_names(window)
    assert (
        window.accounts_page.form.account is not None
        and window.accounts_page.form.account.fields.name == doomed
    )


def test_declining_the_question_deletes_nothing(
    qtbot: QtBot, demo_store: Path, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    window = open_window()
    window.accounts_page.select_account(window.accounts_page.model.account_id(0))
    window.accounts_page.delete_action.trigger()
    assert window.accounts_page.model.total_count() == 40


def test_deleted_account_comes_back_from_the_trash(
    qtbot: QtBot, demo_store: Path, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window()
    window.accounts_page.select_account(window.accounts_page.model.account_id(0))
    doomed = visible_names(window)[0]
    window.accounts_page.delete_action.trigger()
    window.editor.undo_stack.clear()  # a later session: only the trash can help

    def restore_first() -> None:
        from kamdesk.ui.accounts.trash_dialog import TrashDialog

        dialog = window.findChild(TrashDialog)
        assert dialog is not None and dialog.model.rowCount() == 1
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: True)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, restore_first)
    window.commands.trash_action.trigger()
    assert doomed in visible_names(window)


def test_the_frame_paints_first_and_its_parts_follow_with_the_list(
    qtbot: QtBot, demo_store: Path
) -> None:
    window = MainWindow(demo_store, at_once=False)
    qtbot.addWidget(window)
    assert not hasattr(window, "accounts_page") and window.menuBar().actions() == []
    assert window.statusBar().currentMessage() == "Opening your accounts…"
    with qtbot.waitSignal(window.accounts_loaded, timeout=20_000):
        window.show()
    assert window.accounts_page.model.total_count() == 40
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.accounts_page.new_action.isEnabled()


def test_closing_the_frame_before_its_parts_are_built_ends_cleanly(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = MainWindow(data_dir, at_once=False)
    qtbot.addWidget(window)
    assert window.close()
    window.close_store()
    assert not (data_dir / "kamdesk.sqlite3").exists()  # nothing was opened, nothing made


def test_a_store_from_a_newer_kamdesk_is_explained_and_left_alone(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    Workspace.open(data_dir).close()
    store = data_dir / "kamdesk.sqlite3"
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    connection.close()
    before = store.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_failed):
        window.show()
    assert "newer version of kamdesk" in shown[0]
    assert not window.accounts_page.new_action.isEnabled()
    assert store.read_bytes() == before


def test_window_size_and_splitter_are_remembered(
    qtbot: QtBot, demo_store: Path, open_window: OpenWindow
) -> None:
    window = open_window()
    window.resize(777, 555)  # inside the offscreen screen (800×600)
    window.accounts_page.setSizes([345, 400])
    size, left = window.size(), window.accounts_page.sizes()[0]
    window.close()
    again = open_window()
    assert again.size() == size
    assert again.accounts_page.sizes()[0] == left


def test_language_preference_is_saved(qtbot: QtBot, open_window: OpenWindow) -> None:
    from kamdesk.i18n.language import choose_language
    from kamdesk.ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(open_window())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert choose_language(None) == "de"
    assert choose_language("en") == "en"  # --lang still wins


def test_initials_and_calendar_horizon_are_preferences(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from kamdesk.domain.people import Person
    from kamdesk.i18n.profile import calendar_days, user
    from kamdesk.ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(open_window())
    qtbot.addWidget(dialog)
    assert calendar_days() == dialog.calendar_days.value() == 90
    qtbot.keyClicks(dialog.name, "Dr. Anna Berger")
    assert dialog.initials.placeholderText() == "AB"  # what colleagues see unless typed
    qtbot.keyClicks(dialog.initials, "ABE")
    dialog.calendar_days.setValue(30)
    dialog.accept()
    assert (user(), calendar_days()) == (Person("Dr. Anna Berger", "ABE"), 30)


def test_an_account_tab_is_built_when_first_shown_and_shows_the_account(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path
) -> None:
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name="Lazy GmbH")).id
    window = open_window()
    window.workbench.setCurrentWidget(window.accounts_page)
    window.accounts_page.select_account(account)
    details = window.accounts_page.details
    slot = details.widget(3)  # Stakeholders
    assert slot.findChildren(QWidget) == []  # nothing built yet
    details.setCurrentIndex(3)
    assert details.currentWidget() is details.stakeholders
    assert details.stakeholders.body.hint.isVisible()  # the account's (empty) map, shown
    assert details.stakeholders.isEnabled()


def test_remove_demo_data_and_take_it_back_with_undo(
    qtbot: QtBot, demo_store: Path, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.accounts_loaded):
        window.commands.remove_demo_action.trigger()
    assert window.pages.currentWidget() is window.empty_state
    with qtbot.waitSignal(window.accounts_loaded):
        window.window_actions.undo_action.trigger()
    assert window.accounts_page.model.total_count() == 40


def test_the_list_shows_before_the_store_opens_and_a_click_on_it_waits_for_the_store(
    qtbot: QtBot, demo_store: Path
) -> None:
    window = MainWindow(demo_store, at_once=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.list_shown, timeout=20_000):
        window.show()
    page = window.accounts_page
    assert not page.new_action.isEnabled()  # the store is still opening
    assert page.model.total_count() == 40
    table = page.account_list.table
    chosen = page.model.account_id(2)
    with qtbot.waitSignal(window.accounts_loaded, timeout=20_000):
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(page.model.index(2, NAME)).center(),
        )
        assert page.form.account is None  # nothing to show from before the store opened
    assert page.current_account_id() == chosen
    assert page.form.account is not None and page.form.account.id == chosen
    assert page.new_action.isEnabled()
    window.close_store()
