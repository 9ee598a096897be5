"""The `kamdesk` command: no subcommand starts the GUI; subcommands serve scripts and tests."""

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk import __version__
from kamdesk.cli import (
    account_import_command,
    accounts,
    briefing_command,
    contact_commands,
    export_commands,
    plan_commands,
    portfolio_command,
    reminder_commands,
    scorecard_command,
    status_commands,
    store_commands,
    sync_commands,
)
from kamdesk.domain.errors import KamdeskError
from kamdesk.files.location import resolve_data_dir, sweep_scratch
from kamdesk.i18n.language import (
    LANGUAGES,
    choose_language,
    identify_application,
    install_translators,
)
from kamdesk.i18n.messages import error_message, unexpected_error_message
from kamdesk.i18n.profile import user
from kamdesk.services.log_file import debugging, log_path, log_unexpected, start_logging


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kamdesk", description="The key account manager's desktop workbench."
    )
    parser.add_argument("--version", action="version", version=f"kamdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder of the store (default: $KAMDESK_DATA_DIR or the user data dir)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    parser.add_argument(
        "--demo", action="store_true", help="start the GUI with demo data when the store is empty"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    accounts.add_parser(commands)
    store_commands.add_parsers(commands)
    status_commands.add_parsers(commands)
    scorecard_command.add_parser(commands)
    briefing_command.add_parser(commands)
    plan_commands.add_parsers(commands)
    portfolio_command.add_parser(commands)
    contact_commands.add_parsers(commands)
    imports = commands.add_parser("import", help="import into the store")
    kinds = imports.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    account_import_command.add_parser(kinds)
    contact_commands.add_import_parser(kinds)
    export_commands.add_parsers(commands)
    reminder_commands.add_parsers(commands)
    sync_commands.add_parsers(commands)
    return parser


def _application(needs_gui: bool) -> QCoreApplication:
    """Documents need fonts and the map a widgets application; without a screen, an offscreen
    one."""
    if not needs_gui:
        return QCoreApplication([sys.argv[0]])
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # the stakeholder map is a graphics scene

    return QApplication([sys.argv[0]])


def main(argv: Sequence[str] | None = None) -> int:
    """A command, as `kamdesk COMMAND …` runs it (the window is kamdesk.launch's)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().error("a command is needed here; `kamdesk` alone opens the window")
    prepare(args)
    return run_command(args)


def prepare(args: argparse.Namespace) -> None:
    """What every start does first: the store's folder, the log, kamdesk's scratch folder."""
    args.data_dir = resolve_data_dir(args.data_dir)
    start_logging()
    sweep_scratch()


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
