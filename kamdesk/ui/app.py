"""Start the GUI: application, language, style, the user's store, the main window."""

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from kamdesk.i18n.language import choose_language, identify_application, install_translators
from kamdesk.resource_files import resource_path
from kamdesk.ui.main_window import MainWindow


def create_application(language: str | None) -> QApplication:
    identify_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("kamdesk")
    # Hinted small fonts lose the dots of Ü, Ä, Ö where a widget is one line tall (unselected
    # tabs, labels): unhinted glyphs keep them. German is our users' first language.
    font = app.font()
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setWindowIcon(QIcon(str(resource_path("icons", "kamdesk.svg"))))
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    install_translators(app, choose_language(language))
    return app


def run_gui(data_dir: Path, language: str | None, *, demo: bool = False) -> int:
    app = create_application(language)
    window = MainWindow(data_dir)
    window.store_failed.connect(lambda: app.exit(1))  # the window has said why
    window.show()
    if demo:

        def fill_if_empty() -> None:
            if window.model.total_count() == 0:
                window.commands.load_demo()

        window.accounts_loaded.connect(fill_if_empty)
    code = app.exec()
    window.close_store()
    return code
