"""Shared fixtures: offscreen Qt, isolated settings, a fresh store per test."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from kamdesk.i18n.language import identify_application
from kamdesk.services.workspace import Workspace
from kamdesk.ui.worker import wait_for_background_work


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Preferences and window state go to a temporary folder, never the developer's."""
    identify_application()
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    locale = QLocale()
    yield
    wait_for_background_work()
    QLocale.setDefault(locale)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    with Workspace(data_dir) as opened:
        yield opened
