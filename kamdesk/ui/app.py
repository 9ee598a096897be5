"""Start the GUI: application, language, style, the user's store, the main window."""

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.domain.errors import KamdeskError
from kamdesk.i18n.language import choose_language, identify_application, install_translators
from kamdesk.i18n.messages import error_message
from kamdesk.resource_files import resource_path
from kamdesk.services.workspace import Workspace
from kamdesk.ui.main_window import MainWindow


def create_application(language: str | None) -> QApplication:
    identify_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("kamdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kamdesk.svg"))))
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    install_translators(app, choose_language(language))
    return app


def open_main_window(data_dir: Path) -> MainWindow:
    """Open the store and build the window; raises KamdeskError when the store is unusable."""
    window = MainWindow(Workspace(data_dir))
    migration = window.workspace.migration
    if migration.backup is not None:
        window.statusBar().showMessage(
            window.tr("The store was upgraded; a backup was saved as {path}.").format(
                path=migration.backup), 15000)
    return window


def run_gui(data_dir: Path, language: str | None, *, demo: bool = False) -> int:
    app = create_application(language)
    try:
        window = open_main_window(data_dir)
    except KamdeskError as error:
        QMessageBox.critical(None, "kamdesk", error_message(error))
        return 1
    window.show()
    if demo:

        def fill_if_empty() -> None:
            if window.model.total_count() == 0:
                window.load_demo()

        window.accounts_loaded.connect(fill_if_empty)
    code = app.exec()
    window.workspace.close()
    return code
