"""`kamdesk server init|check URL` and `kamdesk server import FILE URL`: the team server's
schema made, upgraded or checked, and a team's shared file moved onto it, for the IT
department's scripts (the password comes from PostgreSQL's password file, $PGPASSWORD
or the URL, and is never kept)."""

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import print_json
from kamdesk.domain.sync.team_server import Head, TeamServer
from kamdesk.i18n.plural import Plural
from kamdesk.services.team_keys import TeamKeys
from kamdesk.services.team_server import check_server, import_file, init_server

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    server = command_parser(commands, "server")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="make the team server's schema, or upgrade it to this kamdesk's"
    )
    init.add_argument("url", type=TeamServer.named, metavar="URL")
    init.add_argument("--team", default="", help="the team's id (default: a new team)")
    init.add_argument("--json", action="store_true", help="print JSON")
    init.set_defaults(run=run_init, needs_workspace=False)
    check = actions.add_parser("check", help="whether the team server is ready for kamdesk")
    check.add_argument("url", type=TeamServer.named, metavar="URL")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(run=run_check, needs_workspace=False)
    moving = actions.add_parser(
        "import",
        help="move a team's shared file onto a new team server (its laptops sync on with it)",
        epilog="An encrypted file's passphrase comes from the keyring or $KAMDESK_TEAM_PASSPHRASE.",
    )
    moving.add_argument("file", type=Path, metavar="FILE")
    moving.add_argument("url", type=TeamServer.named, metavar="URL")
    moving.set_defaults(run=run_import, needs_workspace=False)


def run_init(args: argparse.Namespace) -> int:
    _print_head(args, init_server(args.url, args.team))
    return 0


def run_check(args: argparse.Namespace) -> int:
    _print_head(args, check_server(args.url))
    return 0


def run_import(args: argparse.Namespace) -> int:
    moved = import_file(args.file, args.url, TeamKeys().key_for)
    print(
        Plural.tr("%n row(s) of the team moved onto {server}.", "", moved).format(
            server=args.url.shown
        )
    )
    return 0


def _print_head(args: argparse.Namespace, head: Head) -> None:
    if args.json:
        print_json({"server": args.url.shown, "team": head.team, "writes": head.seq})
        return
    writes = Plural.tr("%n write(s) so far", "", head.seq)
    print(
        translate("cli", "The team server {server} is ready: team {team}, {writes}.").format(
            server=args.url.shown, team=head.team, writes=writes
        )
    )
