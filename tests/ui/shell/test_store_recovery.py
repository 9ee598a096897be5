"""A damaged store at start: the window says so and offers the latest backup."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.backups import BackupReason
from kamdesk.files.location import store_path
from kamdesk.services.workspace import Workspace
from kamdesk.store.backups import backup_store
from kamdesk.ui.shell.main_window import MainWindow

DAMAGED = b"This is no longer a database." * 100


def test_a_damaged_store_is_said_and_the_latest_backup_opens_instead(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    backup_store(store_path(data_dir), BackupReason.MANUAL)
    store_path(data_dir).write_bytes(DAMAGED)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
        window.show()
    assert len(asked) == 1 and "is damaged" in asked[0] and str(store_path(data_dir)) in asked[0]
    assert window.accounts_page.model.index(0, 0).data() == "Müller GmbH"
    journals = ("-wal", "-shm")  # the damaged file's, kept with it, never applied to the backup
    (kept,) = [
        p for p in data_dir.glob("kamdesk.sqlite3.damaged-*") if not p.name.endswith(journals)
    ]
    assert kept.read_bytes() == DAMAGED
    window.close_store()
