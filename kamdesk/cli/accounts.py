"""`kamdesk accounts …`: list, add, edit and delete accounts from scripts."""

import argparse
import dataclasses

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import account_object, print_json, print_table
from kamdesk.domain.account import Account, AccountFields, with_changes
from kamdesk.domain.errors import FieldIssue, InvalidAccount, IssueCode
from kamdesk.i18n.labels import field_label, scope_label, segment_label, status_level_label
from kamdesk.services.workspace import Workspace


def add_parsers(commands: Commands) -> None:
    accounts = command_parser(commands, "accounts")
    actions = accounts.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list the accounts")
    listing.add_argument("--deleted", action="store_true", help="list the trash instead")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=list_accounts)
    add = actions.add_parser("add", help="create an account")
    add.add_argument("name")
    add.set_defaults(run=add_account)
    edit = actions.add_parser("edit", help="change fields of an account")
    edit.add_argument("account", help="id or exact name")
    edit.set_defaults(run=edit_account)
    for parser in (add, edit):
        parser.add_argument(
            "--reason", default="", help="why the status level changes (required then)"
        )
        parser.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
        parser.add_argument("--json", action="store_true")
    delete = actions.add_parser("delete", help="move an account to the trash")
    delete.add_argument("account", help="id or exact name")
    delete.set_defaults(run=delete_account)


def _changes(assignments: list[str]) -> dict[str, str]:
    pairs = [assignment.partition("=") for assignment in assignments]
    bad = [FieldIssue(field or text, IssueCode.BAD_VALUE) for field, eq, text in pairs if not eq]
    if bad:
        raise InvalidAccount(tuple(bad))
    return {field.strip(): value for field, _, value in pairs}


def list_accounts(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.json:
        print_json([account_object(a) for a in workspace.accounts.all(deleted=args.deleted)])
        return 0
    columns = ("name", "status_level", "scope", "segment", "owner", "country")
    summaries = sorted(workspace.accounts.summaries(deleted=args.deleted), key=lambda s: s.name)
    print_table(
        [field_label(column) for column in columns],
        [
            [
                s.name,
                status_level_label(s.status_level),
                scope_label(s.scope),
                segment_label(s.segment),
                s.owner,
                s.country,
            ]
            for s in summaries
        ],
    )
    return 0


def add_account(workspace: Workspace, args: argparse.Namespace) -> int:
    fields = _with_changes(workspace, AccountFields(name=args.name), _changes(args.set))
    _report(workspace.accounts.create(fields, args.reason), args.json)
    return 0


def edit_account(workspace: Workspace, args: argparse.Namespace) -> int:
    account = workspace.accounts.find(args.account)
    fields = _with_changes(workspace, account.fields, _changes(args.set))
    _report(workspace.accounts.update(account.id, fields, args.reason), args.json)
    return 0


def _with_changes(
    workspace: Workspace, fields: AccountFields, changes: dict[str, str]
) -> AccountFields:
    """`group=NAME` names the group account (by id or exact name); `group=` leaves it."""
    if "group" not in changes:
        return with_changes(fields, changes)
    group = changes.pop("group").strip()
    group_id = workspace.accounts.find(group).id if group else None
    return with_changes(dataclasses.replace(fields, group_id=group_id), changes)


def delete_account(workspace: Workspace, args: argparse.Namespace) -> int:
    workspace.accounts.delete(workspace.accounts.find(args.account).id)
    return 0


def _report(account: Account, as_json: bool) -> None:
    if as_json:
        print_json(account_object(account))
    else:
        print(f"{account.fields.name}  ({account.id})")
