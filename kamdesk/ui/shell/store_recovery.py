"""A damaged store at start: say so, keep the damaged file, offer the latest backup."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.domain.errors import KamdeskError, StoreCorrupt
from kamdesk.i18n.formats import format_moment
from kamdesk.ui.shell.error_report import show_error


def offer_backup(parent: QWidget, data_dir: Path, error: StoreCorrupt) -> bool:
    """True when the user chose the latest backup and the store is now that backup."""
    # Imported here: the window paints before the storage stack loads (see main_window).
    from kamdesk.services.store_opening import latest_backup_of, restore_latest_backup

    backup = latest_backup_of(data_dir)
    if backup is None:
        return False
    taken = format_moment(datetime.fromtimestamp(backup.stat().st_mtime).astimezone())
    answer = QMessageBox.question(
        parent,
        "kamdesk",
        QCoreApplication.translate(
            "StoreRecovery",
            "The store {path} is damaged and was left as it is. Open the latest backup, made "
            "{when}, instead? The damaged file is kept beside it.",
        ).format(path=error.path, when=taken),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Open:
        return False
    try:
        restore_latest_backup(data_dir)
    except (KamdeskError, OSError) as failed:
        show_error(parent, failed)
        return False
    return True
