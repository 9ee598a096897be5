"""The Team menu: choosing the shared file, Sync (F9), the status line, the conflicts badge,
keeping a side (undoable), the log, and a refusal said in words."""

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.people import Person
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.sync.sync_dialogs import SyncLogDialog, SyncSettingsDialog
from kamdesk.ui.sync.sync_models import SyncLogModel

from ..conftest import WhenDialog


@pytest.fixture
def colleague(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ben", user=lambda: Person("Ben Kurz")) as workspace:
        yield workspace


def open_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    return window


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, data_dir)
    yield window
    window.close_store()


def names(window: MainWindow) -> list[str]:
    return [
        window.accounts_page.model.index(r, 0).data()
        for r in range(window.accounts_page.model.rowCount())
    ]


def press_sync(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.team_sync.synced, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)


def edit(workspace: Workspace, account: uuid.UUID, industry: str) -> None:
    fields = workspace.accounts.get(account).fields
    workspace.accounts.update(account, dataclasses.replace(fields, industry=industry))


def test_choosing_the_shared_file_syncs_in_a_colleagues_account(
    qtbot: QtBot, window: MainWindow, colleague: Workspace, shared: Path, when_dialog: WhenDialog
) -> None:
    colleague.accounts.create(AccountFields(name="Müller Maschinenbau GmbH"))
    colleague.sync.sync(shared)

    def choose(dialog: SyncSettingsDialog) -> None:  # type: ignore[misc]
        dialog.path.setText(str(shared))
        dialog.accept()

    when_dialog(SyncSettingsDialog, choose)  # type: ignore[arg-type]
    with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
        window.team_sync.settings_action.trigger()
    assert names(window) == ["Müller Maschinenbau GmbH"]
    assert window.team_sync.status.text().endswith("· 1 in, 0 out")

    def check(dialog: SyncLogDialog) -> None:  # type: ignore[misc]
        came_from = dialog.model.index(0, SyncLogModel.FROM)
        assert (came_from.data(), came_from.data(Qt.ItemDataRole.ToolTipRole)) == ("BK", "Ben Kurz")
        dialog.reject()

    when_dialog(SyncLogDialog, check)  # type: ignore[arg-type]
    window.team_sync.log_action.trigger()


def test_a_conflict_gets_a_badge_and_keeping_mine_is_undoable(
    qtbot: QtBot, data_dir: Path, colleague: Workspace, shared: Path
) -> None:
    with Workspace.open(data_dir) as mine:
        account = mine.accounts.create(AccountFields(name="Müller GmbH")).id
        mine.sync.sync(shared)
        colleague.sync.sync(shared)
        edit(mine, account, "Chemie")
        edit(colleague, account, "Pharma")
        colleague.sync.sync(shared)
    window = open_window(qtbot, data_dir)
    try:
        badge = window.team_sync.badge_action
        assert not badge.isVisible()
        with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
            press_sync(qtbot, window)
        assert badge.isVisible() and badge.text() == "1 conflict"
        badge.trigger()
        dialog = window.team_sync._conflicts
        assert dialog is not None
        ModelTester(None).check(dialog.model)
        row = [dialog.model.index(0, c).data() for c in range(6)]
        assert row == [
            "Müller GmbH",
            "Accounts · Industry",
            "Chemie",
            "Pharma",
            "Ben Kurz",
            "(empty)",
        ]
        qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
        assert window.workspace.accounts.get(account).fields.industry == "Chemie"
        assert not badge.isVisible() and dialog.model.rowCount() == 0
        window.window_actions.undo_action.trigger()
        assert badge.isVisible() and dialog.model.rowCount() == 1
        dialog.close()
    finally:
        window.close_store()


def test_a_refused_sync_says_why_and_is_in_the_log(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    when_dialog: WhenDialog,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    window.workspace.sync.set_settings(
        dataclasses.replace(
            window.workspace.sync.settings(), shared_file=tmp_path / "unplugged" / "team.kamdesk"
        )
    )
    press_sync(qtbot, window)
    assert "cannot be found" in shown[0] and "Nothing was synced" in shown[0]
    assert window.team_sync.status.text().startswith("Sync refused at")

    def check(dialog: SyncLogDialog) -> None:  # type: ignore[misc]
        assert dialog.model.index(0, 1).data() == "Refused: the shared file was not found"
        dialog.reject()

    when_dialog(SyncLogDialog, check)  # type: ignore[arg-type]
    window.team_sync.log_action.trigger()


def test_an_automatic_sync_that_cannot_read_the_file_says_so_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, shared: Path, colleague: Workspace
) -> None:
    colleague.accounts.create(AccountFields(name="Müller GmbH"))
    colleague.sync.sync(shared)
    window.workspace.sync.set_settings(
        dataclasses.replace(window.workspace.sync.settings(), shared_file=shared)
    )
    press_sync(qtbot, window)
    assert window.team_sync.status.text().startswith("Synced at")
    shared.unlink()
    shared.mkdir()  # a folder where the file should be: the system refuses to read it
    with qtbot.waitSignal(window.team_sync.synced, timeout=10_000):
        window.team_sync.sync_now(automatic=True)
    assert window.team_sync.status.text().startswith("Sync refused at")
    assert "could not be read" in window.team_sync.status.toolTip()
    assert window.workspace.sync.log()[0].refused == "SharedFileUnreadable"


def test_a_status_drop_from_a_colleague_is_said_like_the_review_says_its_own(
    qtbot: QtBot, window: MainWindow, shared: Path, colleague: Workspace
) -> None:
    account = colleague.accounts.create(
        AccountFields(name="Müller GmbH", status_level=StatusLevel.KEY), reason="Konzernvertrag"
    )
    colleague.sync.sync(shared)
    window.workspace.sync.set_settings(
        dataclasses.replace(window.workspace.sync.settings(), shared_file=shared)
    )
    press_sync(qtbot, window)
    fields = colleague.accounts.get(account.id).fields
    colleague.accounts.update(
        account.id, dataclasses.replace(fields, status_level=StatusLevel.A), reason="Umsatz weg"
    )
    colleague.sync.sync(shared)
    press_sync(qtbot, window)
    notice = window.review_notice
    assert notice is not None and notice.isVisible()
    assert "changed 1 key-account status" in notice.text()
    assert "Müller GmbH: Key Account → A customer" in notice.informativeText()
    notice.close()


def test_two_accounts_made_under_one_name_are_shown_to_rename(
    qtbot: QtBot, data_dir: Path, colleague: Workspace, shared: Path
) -> None:
    with Workspace.open(data_dir) as mine:
        mine.accounts.create(AccountFields(name="Müller GmbH", industry="Chemie"))
        mine.sync.sync(shared)
    colleague.accounts.create(AccountFields(name="Müller GmbH", industry="Pharma"))
    colleague.sync.sync(shared)
    window = open_window(qtbot, data_dir)
    try:
        with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
            press_sync(qtbot, window)
        badge = window.team_sync.badge_action
        assert badge.isVisible() and badge.text() == "1 conflict"
        badge.trigger()
        dialog = window.team_sync._conflicts
        assert dialog is not None
        twins = dialog.same_names
        assert twins.isVisible() and twins.model.rowCount() == 2
        ModelTester(None).check(twins.model)
        twins.view.selectRow(1)
        qtbot.mouseClick(twins.open_button, Qt.MouseButton.LeftButton)
        assert (
            window.accounts_page.form.name.selectedText() == "Müller GmbH"
        )  # ready to be typed over
        qtbot.keyClick(window.accounts_page.form.name, Qt.Key.Key_End)
        qtbot.keyClicks(window.accounts_page.form.name, " Werk Ulm")  # QTest types ASCII only
        qtbot.mouseClick(window.accounts_page.form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not badge.isVisible(), timeout=5_000)
        assert not twins.isVisible()
        assert names(window) == ["Müller GmbH", "Müller GmbH Werk Ulm"]
        dialog.close()
    finally:
        window.close_store()


@pytest.mark.usefixtures("german")
def test_the_status_bar_says_how_many_rows_a_sync_sends_and_receives(
    qtbot: QtBot, data_dir: Path, colleague: Workspace, shared: Path
) -> None:
    with Workspace.open(data_dir) as mine:
        mine.accounts.create(AccountFields(name="Müller GmbH"))
    for n in range(3):
        colleague.accounts.create(AccountFields(name=f"Kunde {n}"))
    colleague.sync.sync(shared)
    window = open_window(qtbot, data_dir)
    try:
        window.workspace.sync.set_settings(
            dataclasses.replace(window.workspace.sync.settings(), shared_file=shared),
            join_team=True,
        )
        said: list[str] = []
        reached = window.team_sync._reached

        def noted(step: int, rows: int) -> None:
            reached(step, rows)
            said.append(window.team_sync.status.text())

        window.team_sync._reached = noted  # type: ignore[method-assign]
        with qtbot.waitSignal(window.accounts_loaded, timeout=10_000):
            press_sync(qtbot, window)
        assert "1 Zeile wird gesendet…" in said
        assert "3 Zeilen werden übernommen…" in said
    finally:
        window.close_store()
