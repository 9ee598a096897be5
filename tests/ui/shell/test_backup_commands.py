"""File › Back up… and File › Restore from backup… as the user uses them, and the daily
backup taken when the window opens the store."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.backups import BackupReason
from kamdesk.i18n.account_cells import NAME
from kamdesk.i18n.profile import set_backup_days
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.restore_dialog import REASON, RestoreDialog

from ..conftest import OpenWindow, when_modal_dialog


def names(window: MainWindow) -> list[str]:
    model = window.accounts_page.model
    return sorted(model.index(row, NAME).data() for row in range(model.rowCount()))


def test_opening_the_store_takes_the_days_backup(open_window: OpenWindow) -> None:
    window = open_window()
    (backup,) = window.workspace.backups.listed()
    assert backup.reason is BackupReason.DAILY


def test_no_daily_backup_when_the_user_keeps_none(open_window: OpenWindow) -> None:
    set_backup_days(0)
    assert open_window().workspace.backups.listed() == []


def test_a_backup_is_written_where_the_user_chose(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    proposed: list[str] = []

    def save_as(_parent: QWidget, _title: str, path: str, _filter: str) -> tuple[str, str]:
        proposed.append(Path(path).name)
        return str(tmp_path / "Sicherung.sqlite3"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.backup_commands.back_up_action.trigger()
    # Said once the worker is done; the file is in place a moment before that.
    qtbot.waitUntil(lambda: "Sicherung.sqlite3" in window.statusBar().currentMessage())
    assert (tmp_path / "Sicherung.sqlite3").exists()
    assert proposed[0].startswith("kamdesk-backup-")


def test_restoring_a_backup_from_the_list_brings_its_accounts_back(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.workspace.accounts.create(AccountFields(name="Bäckerei Süß"))
    with qtbot.waitSignal(window.accounts_loaded):
        window.accounts_page.reload()
    assert names(window) == ["Bäckerei Süß"]  # the daily backup holds none yet
    assert window.editor.undo_stack.count() == 0

    def choose_the_daily(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        ModelTester(None).check(dialog.model)
        assert dialog.model.index(0, REASON).data() == "Daily"
        dialog.view.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_modal_dialog(RestoreDialog, choose_the_daily)
    with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
        window.backup_commands.restore_action.trigger()
    assert names(window) == []
    assert "as it was is kept" in window.statusBar().currentMessage()
    reasons = [b.reason for b in window.workspace.backups.listed()]
    assert reasons == [BackupReason.RESTORE, BackupReason.DAILY]
