"""An unexpected error reaches the user as one friendly sentence, the log file's place and
details to copy that hold no customer data."""

import sys

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kamdesk.services.log_file import log_path
from kamdesk.ui.shell.app import install_excepthook
from kamdesk.ui.shell.error_report import UnexpectedErrorDialog

SECRET = "Geheim GmbH, Tel. 0171 555"


def _raised() -> BaseException:
    try:
        raise ValueError(SECRET)
    except ValueError as error:
        return error


def test_the_dialog_names_the_log_and_copies_details_without_data(qtbot: QtBot) -> None:
    dialog = UnexpectedErrorDialog(_raised())
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.copy_button)))
    shown += " ".join(
        w.text() for w in dialog.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)
    )
    assert str(log_path()) in shown
    assert SECRET not in shown
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "builtins.ValueError" in copied and "_raised" in copied
    assert SECRET not in copied and "0171" not in copied


def test_an_exception_escaping_a_slot_opens_the_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[UnexpectedErrorDialog] = []

    def exec_(dialog: UnexpectedErrorDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(UnexpectedErrorDialog, "exec", exec_)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    error = _raised()
    sys.excepthook(type(error), error, error.__traceback__)
    assert len(shown) == 1
    assert SECRET not in shown[0].details
