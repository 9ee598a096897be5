"""`kamdesk import accounts` and `kamdesk import contacts`."""

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.account_import_command import add_parser as add_accounts
from kamdesk.cli.contact_commands import add_import_parser as add_contacts


def add_parsers(commands: Commands) -> None:
    imports = command_parser(commands, "import")
    kinds = imports.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    add_accounts(kinds)
    add_contacts(kinds)
