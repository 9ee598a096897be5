"""The `kamdesk` command line: no subcommand starts the GUI; subcommands serve scripts and
tests. Parsing imports nothing but the standard library: the chosen command's module (and
what it needs) is imported only once the command is known, so `kamdesk --version` and
`kamdesk --help` answer at once and a command pays only for itself."""

import argparse
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import TypeAlias

from kamdesk import __version__
from kamdesk.i18n import LANGUAGES

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

# Each command: the module under kamdesk.cli that defines and runs it, and its help line.
COMMANDS: dict[str, tuple[str, str]] = {
    "accounts": ("accounts", "list and change accounts"),
    "demo": ("store_commands", "fill an empty store with demo data"),
    "check": ("store_commands", "check the store's integrity and schema"),
    "backup": ("store_commands", "back the store up (a consistent copy)"),
    "restore": (
        "store_commands",
        "make the store a backup again (the store as it is is backed up first)",
    ),
    "review": (
        "status_commands",
        "list key accounts due for review and what the review would do",
    ),
    "scorecard": ("scorecard_command", "export an account's transparent scorecard"),
    "briefing": ("briefing_command", "write the visit briefing for an account"),
    "plan": ("plan_commands", "the penetration plan in Excel"),
    "portfolio": (
        "portfolio_command",
        "every account placed by value and potential, and the thresholds",
    ),
    "contacts": ("contact_commands", "the account's contacts"),
    "coverage": ("contact_commands", "coverage and findings of the account's map"),
    "import": ("import_command", "import into the store"),
    "export": ("export_commands", "write accounts, contacts or plans to a file"),
    "reminders": ("reminder_commands", "what is due across all accounts"),
    "sync": ("sync_commands", "merge the store with the team's shared file or server"),
    "conflicts": ("sync_commands", "what two people changed at once"),
    "team": ("sync_commands", "encrypt the shared file, change its passphrase, or decrypt it"),
    "server": ("server_commands", "make, upgrade or check a team server (PostgreSQL)"),
}


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments, `--version` and `--help` answered (and exited) on the way."""
    chosen = _parser(None).parse_known_args(argv)[0].command
    return _parser(COMMANDS[chosen][0] if chosen else None).parse_args(argv)


def command_parser(commands: Commands, name: str) -> argparse.ArgumentParser:
    """The subcommand's parser, with its help line from COMMANDS."""
    return commands.add_parser(name, help=COMMANDS[name][1])


def _parser(module: str | None) -> argparse.ArgumentParser:
    """The whole command line; only `module`'s commands with their own arguments."""
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
    parser.add_argument(
        "--team-file",
        type=Path,
        nargs="?",  # the desktop entry's "%f" is empty when started from the menu
        metavar="FILE",
        help="start the GUI with the sync settings for this team file (as opening it does)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (home, help_line) in COMMANDS.items():
        if home != module:  # a stand-in: its arguments are parsed once it is chosen
            commands.add_parser(name, help=help_line, add_help=False)
    if module is not None:
        import_module(f"kamdesk.cli.{module}").add_parsers(commands)
    return parser


def prepare(args: argparse.Namespace) -> None:
    """What every start does first: the store's folder, the log, kamdesk's scratch folder.
    Imported here, once the arguments are parsed: --version and --help answer before."""
    from kamdesk.files.location import resolve_data_dir, sweep_scratch
    from kamdesk.services.log_file import start_logging

    args.data_dir = resolve_data_dir(args.data_dir)
    start_logging()
    sweep_scratch()


def main(argv: Sequence[str] | None = None) -> int:
    """A command, as `kamdesk COMMAND …` runs it (the window is kamdesk.launch's)."""
    args = parse(argv)
    if args.command is None:
        _parser(None).error("a command is needed here; `kamdesk` alone opens the window")
    from kamdesk.cli.running import run_command  # once the command is known

    prepare(args)
    return run_command(args)
