"""The team passphrase in the GUI: a new team file encrypted from the sync settings, a
colleague asked for the passphrase at F9 (again when it did not fit), the passphrase changed
and the file decrypted from the settings; typed as a user types."""

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import PassphraseWrong
from kamdesk.files import file_envelope
from kamdesk.services.sync_report import SyncSettings
from kamdesk.services.team_server import check_server
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.sync.passphrase_dialogs import PassphraseDialog
from kamdesk.ui.sync.sync_dialogs import SyncSettingsDialog

from ...memory_keyring import MemoryKeyring
from ..conftest import WhenDialog

PASSPHRASE = "Vertrieb Süd 2026"
TypeText = Callable[[QWidget, str], None]
NO_SERVER = (check_server, lambda _server: False)  # how the dialog asks about a team server


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    yield window
    window.close_store()


@pytest.fixture
def encrypted_team(tmp_path: Path, shared: Path, system_keyring: MemoryKeyring) -> Path:
    """A colleague's team file with one account, encrypted; this laptop's keyring is empty."""
    with Workspace.open(tmp_path / "ben") as ben:
        ben.accounts.create(AccountFields(name="Müller Maschinenbau GmbH"))
        ben.sync.encrypt(shared, PASSPHRASE)
    system_keyring.kept.clear()
    return shared


def join(window: MainWindow, team_file: Path) -> None:
    """The window's store set to sync with the colleague's file (no automatic syncs)."""
    window.workspace.sync.set_settings(SyncSettings(team_file, False, 0), join_team=True)


def names(window: MainWindow) -> list[str]:
    model = window.accounts_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def settings(qtbot: QtBot, window: MainWindow, when_dialog: WhenDialog, act: Callable) -> None:
    """Open Team › Sync settings…, act in it, and wait for the sync it starts."""
    when_dialog(SyncSettingsDialog, act)
    with qtbot.waitSignal(window.team_sync.synced, timeout=10_000):
        window.team_sync.settings_action.trigger()


def name_file(qtbot: QtBot, dialog: SyncSettingsDialog, path: Path) -> None:
    """The file named in the settings, and looked at (on the worker)."""
    dialog.path.setText(str(path))
    dialog.path.editingFinished.emit()
    qtbot.waitUntil(dialog.looked_at)


def type_twice(type_text: TypeText, dialog: SyncSettingsDialog, passphrase: str) -> None:
    type_text(dialog.encryption.passphrase, passphrase)
    type_text(dialog.encryption.repeated, passphrase)


def test_a_new_team_file_is_encrypted_with_the_passphrase_typed_twice(
    qtbot: QtBot, window: MainWindow, shared: Path, when_dialog: WhenDialog, type_text: TypeText
) -> None:
    window.workspace.accounts.create(AccountFields(name="Schmidt Logistik AG"))

    def choose(dialog: SyncSettingsDialog) -> None:
        name_file(qtbot, dialog, shared)
        assert dialog.encryption.encrypt.isChecked()  # on by default for a new team file
        type_twice(type_text, dialog, PASSPHRASE)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    settings(qtbot, window, when_dialog, choose)
    assert file_envelope.is_encrypted(shared)
    assert b"Schmidt Logistik AG" not in shared.read_bytes()
    assert window.team_sync.status.text().startswith("Synced at")


def test_a_short_or_mistyped_passphrase_keeps_the_dialog_open_saying_why(
    qtbot: QtBot, window: MainWindow, shared: Path, when_dialog: WhenDialog, type_text: TypeText
) -> None:
    said: list[str] = []

    def choose(dialog: SyncSettingsDialog) -> None:
        name_file(qtbot, dialog, shared)
        type_twice(type_text, dialog, "kurz")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        said.append(dialog.encryption.problem.text())
        type_text(dialog.encryption.passphrase, " und lang genug")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        said.append(dialog.encryption.problem.text())
        assert dialog.isVisible()
        dialog.reject()

    when_dialog(SyncSettingsDialog, choose)
    window.team_sync.settings_action.trigger()
    assert said == [
        "A team passphrase needs at least 8 characters; a short sentence is best.",
        "The two passphrases differ; please type them again.",
    ]
    assert not shared.exists()


def test_f9_asks_for_the_passphrase_again_until_it_fits(
    qtbot: QtBot,
    window: MainWindow,
    encrypted_team: Path,
    when_dialog: WhenDialog,
    type_text: TypeText,
) -> None:
    join(window, encrypted_team)
    reasons: list[str] = []

    def answer(typed: str, then: Callable[[], None] | None) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, PassphraseDialog)
            reasons.append(dialog.findChild(type(window.team_sync.status)).text())
            type_text(dialog.passphrase, typed)
            if then is not None:
                then()
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

        return act

    right = answer(PASSPHRASE, None)
    when_dialog(
        PassphraseDialog, answer("falsch geraten", lambda: when_dialog(PassphraseDialog, right))
    )
    with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert names(window) == ["Müller Maschinenbau GmbH"]
    assert "is encrypted" in reasons[0] and "does not open" in reasons[1]
    assert window.workspace.sync.log()[1].refused == PassphraseWrong.__name__


def test_the_passphrase_is_changed_and_the_file_decrypted_from_the_settings(
    qtbot: QtBot,
    window: MainWindow,
    encrypted_team: Path,
    when_dialog: WhenDialog,
    type_text: TypeText,
) -> None:
    window.workspace.sync.keys.offer(PASSPHRASE)
    join(window, encrypted_team)
    salt = file_envelope.header(encrypted_team).lock.salt

    def change(dialog: SyncSettingsDialog) -> None:
        qtbot.waitUntil(dialog.looked_at)
        assert dialog.encryption.encrypt.isChecked()
        assert not dialog.encryption.passphrase.isVisible()  # nothing to type to keep it
        qtbot.mouseClick(dialog.encryption.change, Qt.MouseButton.LeftButton)
        type_twice(type_text, dialog, "Neues Passwort 2027")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    settings(qtbot, window, when_dialog, change)
    assert file_envelope.header(encrypted_team).lock.salt != salt

    def decrypt(dialog: SyncSettingsDialog) -> None:
        qtbot.waitUntil(dialog.looked_at)
        dialog.encryption.encrypt.click()
        assert "anyone who can open its folder" in dialog.encryption.note.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    settings(qtbot, window, when_dialog, decrypt)
    assert not file_envelope.is_encrypted(encrypted_team)
    assert names(window) == ["Müller Maschinenbau GmbH"]


def test_a_new_files_path_typed_and_confirmed_at_once_asks_for_the_passphrase(
    qtbot: QtBot, window: MainWindow, shared: Path, when_dialog: WhenDialog, type_text: TypeText
) -> None:
    said: list[str] = []

    def choose(dialog: SyncSettingsDialog) -> None:
        dialog.path.clear()
        type_text(dialog.path, str(shared))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # OK once the file is looked at
        qtbot.waitUntil(lambda: dialog.encryption.problem.isVisible())
        said.append(dialog.encryption.problem.text())
        assert dialog.isVisible() and dialog.encryption.passphrase.isVisible()
        dialog.reject()

    when_dialog(SyncSettingsDialog, choose)
    window.team_sync.settings_action.trigger()
    assert said == ["A team passphrase needs at least 8 characters; a short sentence is best."]


def test_a_team_file_opened_in_the_file_manager_is_chosen_in_the_settings(
    qtbot: QtBot, data_dir: Path, encrypted_team: Path, when_dialog: WhenDialog
) -> None:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.offer_team_file(encrypted_team)  # at start, before the store is open
    seen: list[tuple[str, bool, bool]] = []

    def look(dialog: SyncSettingsDialog) -> None:
        qtbot.waitUntil(dialog.looked_at)
        encryption = dialog.encryption
        seen.append((dialog.path.text(), dialog.chosen_again, encryption.encrypt.isChecked()))
        dialog.reject()

    when_dialog(SyncSettingsDialog, look)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    qtbot.waitUntil(lambda: bool(seen))
    window.close_store()
    assert seen == [(str(encrypted_team), True, True)]


def test_a_slow_share_is_looked_at_on_the_worker_and_ok_waits_for_its_answer(
    qtbot: QtBot, shared: Path
) -> None:
    answered = threading.Event()

    def slow_share(_path: Path) -> bool:
        answered.wait(10)
        return True

    dialog = SyncSettingsDialog(SyncSettings(shared, True, 0), slow_share, *NO_SERVER)
    qtbot.addWidget(dialog)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    assert dialog.encryption.note.text() == "Looking at the file…"
    assert not dialog.encryption.isEnabled()
    dialog.accept()  # OK pressed before the share answered
    assert accepted == []
    answered.set()
    qtbot.waitUntil(lambda: accepted == [True])
    assert dialog.encryption.encrypt.isChecked() and dialog.encryption.isEnabled()


def test_the_answer_for_a_file_on_screen_grows_the_dialog_to_show_its_note(
    qtbot: QtBot, shared: Path
) -> None:
    dialog = SyncSettingsDialog(SyncSettings(shared, True, 0), lambda _path: True, *NO_SERVER)
    qtbot.addWidget(dialog)
    dialog.show()  # at the size of "Looking at the file…", one line
    qtbot.waitUntil(dialog.looked_at)
    qtbot.waitUntil(lambda: dialog.height() >= dialog.sizeHint().height())
