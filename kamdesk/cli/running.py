"""Running a parsed command: the store's folder, the log, the Qt application and the
language, the workspace, and errors turned into one sentence on stderr."""

import argparse
import os
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.errors import KamdeskError
from kamdesk.i18n.language import choose_language, identify_application, install_translators
from kamdesk.i18n.messages import error_message, unexpected_error_message
from kamdesk.i18n.profile import user
from kamdesk.services.log_file import debugging, log_path, log_unexpected


def _application(needs_gui: bool) -> QCoreApplication:
    """Documents need fonts and the map a widgets application; without a screen, an offscreen
    one."""
    if not needs_gui:
        return QCoreApplication([sys.argv[0]])
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # the stakeholder map is a graphics scene

    return QApplication([sys.argv[0]])


def run_command(args: argparse.Namespace) -> int:
    identify_application()
    app = QCoreApplication.instance() or _application(getattr(args, "needs_gui", False))
    translators = install_translators(app, choose_language(args.lang))
    try:
        if not getattr(args, "needs_workspace", True):
            return int(args.run(args))
        from kamdesk.services.workspace import Workspace

        with Workspace.open(args.data_dir, user=user) as workspace:
            if getattr(args, "apply_reviews", True):  # as opening the window does
                workspace.status.apply_reviews(date.today())
            return int(args.run(workspace, args))
    except KamdeskError as error:
        print(error_message(error), file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (e.g. `head`) left early; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        log_unexpected(error)
        if debugging():
            raise
        print(unexpected_error_message(log_path()), file=sys.stderr)
        return 1
    finally:
        for translator in translators:
            app.removeTranslator(translator)
