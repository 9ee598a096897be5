"""File › New empty store… and File › Open store…: the other store in a kamdesk of its own."""

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kamdesk import __version__
from kamdesk.ui.shell.store_switching import kamdesk_command

from ..conftest import OpenWindow

Launched = list[tuple[str, list[str]]]


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> Launched:
    started: Launched = []

    def start(program: str, arguments: list[str]) -> tuple[bool, int]:
        started.append((program, arguments))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", start)
    return started


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_: str(folder))


def test_a_new_empty_store_opens_in_a_kamdesk_of_its_own(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, launched: Launched
) -> None:
    window = open_window()
    choose_folder(monkeypatch, tmp_path / "zweites")
    window.stores.new_action.trigger()
    assert launched == [kamdesk_command(["--data-dir", str(tmp_path / "zweites")])]
    assert "opens in a window of its own" in window.statusBar().currentMessage()


def test_opening_a_folder_without_a_store_asks_first(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, launched: Launched
) -> None:
    window = open_window()
    choose_folder(monkeypatch, tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    window.stores.open_action.trigger()
    assert launched == []


def test_this_windows_own_store_is_not_opened_twice(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, data_dir: Path, launched: Launched
) -> None:
    window = open_window()
    choose_folder(monkeypatch, data_dir)
    window.stores.open_action.trigger()
    assert launched == [] and "This window holds that store." in window.statusBar().currentMessage()


def test_the_command_starts_this_kamdesk() -> None:
    program, arguments = kamdesk_command(["--version"])
    done = subprocess.run([program, *arguments], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"kamdesk {__version__}"
