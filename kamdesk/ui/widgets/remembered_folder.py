"""The folder a file dialog opens in: where the user last opened or saved that kind of file."""

from pathlib import Path

from PySide6.QtCore import QSettings

DOCUMENTS = "export/folder"  # exported documents: scorecards, maps, briefings


def remembered_folder(key: str) -> str:
    return str(QSettings().value(key, str(Path.home())))


def remember_folder(key: str, path: str) -> None:
    QSettings().setValue(key, str(Path(path).parent))
