"""Account use cases: list, find, create, edit, delete and restore."""

import dataclasses
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from kamdesk.domain.account import Account, AccountFields, AccountSummary, validated
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.errors import (
    AccountNotFound,
    DuplicateAccountName,
    FieldIssue,
    InvalidAccount,
    IssueCode,
)
from kamdesk.services.status import grant_level, rescore_with_groups
from kamdesk.services.transactions import Transactions
from kamdesk.store import accounts as queries
from kamdesk.store.models import AccountRow


class AccountService:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def summaries(self, *, deleted: bool = False) -> list[AccountSummary]:
        """The list's lines (their portfolio field is the portfolio's to say: it weighs every
        account, and the list shows before it)."""
        with self._transactions.read() as session:
            return queries.summaries(session, deleted=deleted)

    def needing_attention(self, due: Iterable[uuid.UUID]) -> list[AccountSummary]:
        """Key accounts, accounts in trouble, and these with something due."""
        with self._transactions.read() as session:
            return queries.needing_attention(session, due)

    def all(self, *, deleted: bool = False) -> list[Account]:
        """Every account with every field, for exports and scripts."""
        with self._transactions.read() as session:
            return [queries.to_account(row) for row in queries.rows(session, deleted=deleted)]

    def summary(self, account_id: uuid.UUID) -> AccountSummary | None:
        """The list line of a live account; None once it is deleted."""
        with self._transactions.read() as session:
            return queries.summary(session, account_id)

    def sharing_a_name(self) -> list[AccountSummary]:
        """Accounts two laptops made under one name: to be renamed (or one deleted), as the
        conflicts view offers."""
        with self._transactions.read() as session:
            return queries.sharing_a_name(session)

    def count(self) -> int:
        with self._transactions.read() as session:
            return queries.count(session)

    def find(self, reference: str) -> Account:
        """An account by id or exact name, as the command line names it."""
        with self._transactions.read() as session:
            return queries.to_account(_found(session, reference))

    def get(self, account_id: uuid.UUID) -> Account:
        return self.find(str(account_id))

    def create(self, fields: AccountFields, reason: str = "") -> Account:
        """A new account starts as a C customer; starting higher is a change of status, with
        a reason in the history, like any other."""
        fields = validated(fields)
        with self._transactions.write() as session:
            _check_unique(session, fields.name)
            row = AccountRow(id=uuid.uuid4(), status_level=StatusLevel.C)
            _check_group(session, row.id, fields.group_id)
            session.add(row)
            _write(session, row, fields, reason, self._transactions.user())
            if fields.group_id is not None:
                rescore_with_groups(session, [row.id])
            return queries.to_account(row)

    def update(self, account_id: uuid.UUID, fields: AccountFields, reason: str = "") -> Account:
        """Save the fields. A new status level needs a reason: it goes into the status history
        with fresh status dates."""
        fields = validated(fields)
        with self._transactions.write() as session:
            row = _found(session, str(account_id))
            if fields.name != row.name:  # two laptops may have made the same name: edits go on
                _check_unique(session, fields.name, except_id=account_id)
            left = row.group_id
            if fields.group_id != left:  # a group synced in as it was stays as it is
                _check_group(session, account_id, fields.group_id)
            _write(session, row, fields, reason, self._transactions.user())
            if fields.group_id != left:
                rescore_with_groups(session, [account_id, *([left] if left else [])])
            return queries.to_account(row)

    def delete(self, account_id: uuid.UUID) -> None:
        """Soft delete: the row stays as a tombstone for sync and for the trash."""
        with self._transactions.write() as session:
            _found(session, str(account_id)).deleted_at = datetime.now(UTC)
            rescore_with_groups(session, [account_id])

    def demo_count(self) -> int:
        """How many demo accounts (loaded here, not in the trash) the store holds."""
        with self._transactions.read() as session:
            return len(queries.demo_ids(session))

    def remove_demo(self) -> list[uuid.UUID]:
        """The demo accounts to the trash, with everything recorded on them; the demo team
        and offerings stay (your own accounts may use them). Returns the accounts, for undo."""
        with self._transactions.write() as session:
            ids = queries.demo_ids(session)
            queries.set_deleted(session, ids, datetime.now(UTC))
        return ids

    def restore_demo(self, ids: list[uuid.UUID]) -> None:
        with self._transactions.write() as session:
            queries.set_deleted(session, ids, None)

    def restore(self, account_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            row = queries.find(session, str(account_id), deleted=True)
            if row is None:
                raise AccountNotFound(str(account_id))
            _check_unique(session, row.name)
            row.deleted_at = None
            rescore_with_groups(session, [account_id])

    def unused_name(self, base: str) -> str:
        """`base`, or `base 2`, `base 3` … whichever is free."""
        with self._transactions.read() as session:
            taken = queries.existing_names(session)
        candidates = (base if n == 1 else f"{base} {n}" for n in range(1, len(taken) + 2))
        return next(name for name in candidates if name not in taken)


def _write(session: Session, row: AccountRow, fields: AccountFields, reason: str, by: str) -> None:
    """Save the fields; a different level goes through the status rules (dates, history)."""
    level = fields.status_level
    if level != row.status_level and not reason.strip():
        raise InvalidAccount((FieldIssue("status_level", IssueCode.REASON_REQUIRED),))
    queries.write_fields(row, dataclasses.replace(fields, status_level=row.status_level))
    session.flush()
    if level != row.status_level:
        grant_level(session, row, level, reason.strip(), date.today(), by)
        session.flush()


def _found(session: Session, reference: str) -> AccountRow:
    row = queries.find(session, reference)
    if row is None:
        raise AccountNotFound(reference)
    return row


def _check_group(session: Session, account_id: uuid.UUID, group_id: uuid.UUID | None) -> None:
    """One level: the group is a live account in no group, and the member has no members."""
    if group_id is None:
        return
    if group_id == account_id:
        raise InvalidAccount((FieldIssue("group_id", IssueCode.BAD_VALUE),))
    group = queries.find(session, str(group_id))
    if group is None:
        raise AccountNotFound(str(group_id))
    if queries.live_group(session, group) is not None or queries.group_members(
        session, [account_id]
    ):
        raise InvalidAccount((FieldIssue("group_id", IssueCode.GROUP_LEVELS),))


def _check_unique(session: Session, name: str, except_id: uuid.UUID | None = None) -> None:
    if queries.name_taken(session, name, except_id):
        raise DuplicateAccountName(name)
