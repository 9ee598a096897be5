"""Start the GUI: application, language, style, the user's store, the main window."""

import signal
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from kamdesk.files.location import store_path
from kamdesk.i18n.language import choose_language, identify_application, install_translators
from kamdesk.resource_files import resource_path
from kamdesk.services.log_file import log, start_logging
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.single_instance import SingleInstance

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: 10,
    QtMsgType.QtInfoMsg: 20,
    QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40,
    QtMsgType.QtFatalMsg: 50,
}


def _qt_message(kind: QtMsgType, _: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the log, not to a terminal the user never sees."""
    log.log(_QT_LEVELS.get(kind, 30), "Qt: %s", message)


def _close_on_termination(window: MainWindow) -> QTimer:
    """A logout or `kill` closes the window as Quit does (typed edits are saved). Python runs
    signal handlers only between bytecodes, so a timer lets it look now and then."""
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, window.close))
    awake = QTimer(window)
    awake.timeout.connect(lambda: None)
    awake.start(250)
    return awake


def install_excepthook() -> None:
    """An exception escaping a slot or an event handler reaches the user as the friendly
    dialog instead of a traceback on a terminal nobody looks at. The dialog's module loads
    when it is needed, not before the window's first paint."""

    def hook(_: type[BaseException], error: BaseException, __: TracebackType | None) -> None:
        from kamdesk.ui.shell.error_report import show_error

        show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook


GUI_SWITCH_INTERVAL_S = 0.0005


def create_application(language: str | None) -> QApplication:
    identify_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("kamdesk")
    # Every call between Qt and Python on the GUI thread takes the GIL; while the worker runs
    # Python, each waits up to the switch interval (5 ms by default): a keystroke's hundreds
    # of such calls came to a second. The interval only matters while both threads want it.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    # Hinted small fonts lose the dots of Ü, Ä, Ö where a widget is one line tall (unselected
    # tabs, labels): unhinted glyphs keep them. German is our users' first language.
    font = app.font()
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setWindowIcon(QIcon(str(resource_path("icons", "kamdesk.svg"))))
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    install_translators(app, choose_language(language))
    return app


def run_gui(
    data_dir: Path, language: str | None, *, demo: bool = False, team_file: Path | None = None
) -> int:
    """`team_file`: a team's shared file the user opened (in the file manager), offered in
    the sync settings once the store is open."""
    start_logging()
    qInstallMessageHandler(_qt_message)
    app = create_application(language)
    install_excepthook()
    instance = SingleInstance(data_dir)
    if not instance.claim(team_file):
        from kamdesk.i18n.messages import already_open_message

        print(already_open_message(store_path(data_dir)), file=sys.stderr)
        return 0
    window = MainWindow(data_dir, at_once=False)  # a frame first, its parts once on screen
    instance.started_again.connect(window.come_forward)
    if team_file is not None:
        window.offer_team_file(team_file)
    _close_on_termination(window)
    window.store_failed.connect(lambda: app.exit(1))  # the window has said why
    window.show()
    if demo:

        def fill_if_empty() -> None:
            if window.accounts_page.model.total_count() == 0:
                window.commands.load_demo()

        window.accounts_loaded.connect(fill_if_empty)
    code = app.exec()
    window.close_store()
    instance.release()
    return code
