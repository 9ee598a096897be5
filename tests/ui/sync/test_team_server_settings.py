"""The team server in the GUI: chosen in Team › Sync settings…, typed as a user types it,
tested on the worker, synced with at once; its password kept in the keyring only if asked."""

from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.sync.team_server import TeamServer
from kamdesk.files.team_keyring import SERVER_SERVICE
from kamdesk.services.sync_report import SyncSettings
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.sync.server_form import ServerPasswordDialog
from kamdesk.ui.sync.sync_dialogs import SyncSettingsDialog

from ...memory_keyring import MemoryKeyring
from ...postgres import Cluster, new_login_name
from ..conftest import WhenDialog
from .test_team_sync import names, open_window, press_sync

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, data_dir)
    yield window
    window.close_store()


def enter_server(
    qtbot: QtBot, dialog: SyncSettingsDialog, type_text: TypeText, server: TeamServer
) -> None:
    """The team server chosen and its connection typed in."""
    qtbot.mouseClick(dialog.by_server, Qt.MouseButton.LeftButton)
    form, fields = dialog.server_form, server.fields
    for line, text in ((form.host, fields.host), (form.user, fields.user)):
        line.clear()
        type_text(line, text)
    form.database.clear()
    type_text(form.database, fields.database)


def test_a_team_server_typed_in_and_tested_is_synced_with(
    qtbot: QtBot,
    window: MainWindow,
    team_server: TeamServer,
    tmp_path: Path,
    when_dialog: WhenDialog,
    type_text: TypeText,
) -> None:
    with Workspace.open(tmp_path / "ben") as colleague:
        colleague.accounts.create(AccountFields(name="Müller Maschinenbau GmbH"))
        colleague.sync.sync(team_server)

    def choose(dialog: SyncSettingsDialog) -> None:  # type: ignore[misc]
        enter_server(qtbot, dialog, type_text, team_server)
        qtbot.mouseClick(dialog.server_form.test, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.server_form.test.isEnabled(), timeout=10_000)
        assert dialog.server_form.answer.text() == "Connected: the team server is ready."
        dialog.accept()

    when_dialog(SyncSettingsDialog, choose)  # type: ignore[arg-type]
    with qtbot.waitSignal(window.accounts_loaded, timeout=20_000):
        window.team_sync.settings_action.trigger()
    assert names(window) == ["Müller Maschinenbau GmbH"]
    assert window.workspace.sync.settings().shared_file == team_server


def test_a_database_not_set_up_is_said_in_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    postgres: Cluster,
    when_dialog: WhenDialog,
    type_text: TypeText,
) -> None:
    never_set_up = TeamServer.named(postgres.new_database())
    answers: list[str] = []

    def test_it(dialog: SyncSettingsDialog) -> None:  # type: ignore[misc]
        enter_server(qtbot, dialog, type_text, never_set_up)
        qtbot.mouseClick(dialog.server_form.test, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.server_form.test.isEnabled(), timeout=10_000)
        answers.append(dialog.server_form.answer.text())
        dialog.reject()

    when_dialog(SyncSettingsDialog, test_it)  # type: ignore[arg-type]
    window.team_sync.settings_action.trigger()
    assert "is not set up for this version of kamdesk" in answers[0]


def test_a_password_is_kept_in_the_keyring_only_when_asked(
    qtbot: QtBot,
    window: MainWindow,
    team_server: TeamServer,
    when_dialog: WhenDialog,
    type_text: TypeText,
    system_keyring: MemoryKeyring,
) -> None:
    def choose(dialog: SyncSettingsDialog) -> None:  # type: ignore[misc]
        enter_server(qtbot, dialog, type_text, team_server)
        type_text(dialog.server_form.password, "Geheim-2026")
        qtbot.mouseClick(dialog.server_form.remember, Qt.MouseButton.LeftButton)
        dialog.accept()

    when_dialog(SyncSettingsDialog, choose)  # type: ignore[arg-type]
    with qtbot.waitSignal(window.team_sync.synced, timeout=20_000):
        window.team_sync.settings_action.trigger()
    assert system_keyring.get_password(SERVER_SERVICE, team_server.url) == "Geheim-2026"
    assert "Geheim" not in str(window.workspace.sync.settings())


def test_a_refused_login_asks_for_the_password_and_syncs_again(
    qtbot: QtBot,
    window: MainWindow,
    team_server: TeamServer,
    when_dialog: WhenDialog,
    type_text: TypeText,
) -> None:
    login = new_login_name()  # roles are the cluster's, not the test database's
    as_anna = TeamServer(team_server.url.replace("kamdesk@", f"{login}@"))
    window.workspace.sync.set_settings(SyncSettings(as_anna, False, 0))
    asked: list[str] = []

    def answer(dialog: ServerPasswordDialog) -> None:  # type: ignore[misc]
        asked.append(dialog.findChild(QLabel).text())
        with psycopg.connect(team_server.url, autocommit=True) as admin:  # IT made the login
            admin.execute(f"CREATE ROLE {login} LOGIN IN ROLE kamdesk_team")
        type_text(dialog.password, "Geheim-2026")
        dialog.accept()

    when_dialog(ServerPasswordDialog, answer)  # type: ignore[arg-type]
    press_sync(qtbot, window)
    assert "refused the login" in asked[0]
    assert window.workspace.sync.log()[0].refused == ""  # the second try went through
