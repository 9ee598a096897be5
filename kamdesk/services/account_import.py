"""Import accounts from a CRM export or a spreadsheet: a preview of every row (new, update,
unchanged, refused with the reason), then the import in one transaction, undoable."""

import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kamdesk.domain.account import AccountFields
from kamdesk.domain.account_columns import (
    ColumnMap,
    Meaning,
    Source,
    has_name,
    header_key,
    recognised_columns,
    source_of,
)
from kamdesk.domain.account_import import (
    ImportChoice,
    ImportedContact,
    PlannedRow,
    RowKind,
    folded,
    planned_rows,
    read_row,
    updated_fields,
    updated_figures,
)
from kamdesk.domain.errors import ImportHasRefusedRows
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.stakeholders import Contact
from kamdesk.services.status import StatusService
from kamdesk.services.transactions import Transactions
from kamdesk.store import accounts as account_queries
from kamdesk.store import key_figures as figure_queries
from kamdesk.store import stakeholders as contact_queries

if TYPE_CHECKING:  # the reader loads openpyxl: only when a file is read
    from kamdesk.files.account_table import AccountTable

PROGRESS_STEP = 2000  # rows read between two reports of progress


@dataclass(frozen=True)
class AccountImportPreview:
    path: Path
    table: "AccountTable"  # kept, so that another mapping needs no second reading
    source: Source
    columns: ColumnMap
    rows: tuple[PlannedRow, ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(self.table.headers)

    @property
    def needs_mapping(self) -> bool:
        """No column says the name: the user says what the columns mean."""
        return not has_name(self.columns)

    def count(self, kind: RowKind) -> int:
        return Counter(row.kind for row in self.rows)[kind]


@dataclass
class AccountImportResult:
    created: list[uuid.UUID] = field(default_factory=list)
    updated: dict[uuid.UUID, tuple[AccountFields, AccountFields]] = field(default_factory=dict)
    figures: list[tuple[uuid.UUID, KeyFigures | None, KeyFigures]] = field(default_factory=list)
    contacts: list[uuid.UUID] = field(default_factory=list)  # made for matched accounts

    @property
    def touched(self) -> list[uuid.UUID]:
        return [*self.created, *self.updated]


class AccountImportService:
    def __init__(self, transactions: Transactions, status: StatusService) -> None:
        self._transactions, self._status = transactions, status

    def preview(
        self,
        path: Path,
        decimal_point: str,
        *,
        mapping: Mapping[str, Meaning] | None = None,
        sheet: str | None = None,
        today: date | None = None,
    ) -> AccountImportPreview:
        """Nothing is written. `mapping` says what the columns mean by their header (see
        `header_key`); without it, the recognised meanings, a column without a year counting
        for the last completed year."""
        return self.plan(path, self.read(path, decimal_point, sheet), mapping, today)

    @staticmethod
    def read(path: Path, decimal_point: str, sheet: str | None = None) -> "AccountTable":
        """The list's header and rows, bounded; `decimal_point` for amounts written as text."""
        from kamdesk.files.account_table import read_account_table

        return read_account_table(path, decimal_point, sheet)

    def plan(
        self,
        path: Path,
        table: "AccountTable",
        mapping: Mapping[str, Meaning] | None = None,
        today: date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> AccountImportPreview:
        """What would happen to each row of a list already read, with these meanings;
        `progress(rows read, rows)` now and then."""
        last_year = (today or date.today()).year - 1
        if mapping is None:
            mapped = recognised_columns(table.headers, last_year)
            source = source_of(table.headers)
        else:
            keys = [header_key(header) for header in table.headers]
            mapped = {p: mapping[k] for p, k in enumerate(keys) if k in mapping}
            source = Source.MAPPED
        rows: list[PlannedRow] = []
        if has_name(mapped):
            read = []
            for count, (number, cells) in enumerate(table.rows):
                read.append(read_row(number, cells, mapped, table.headers, table.decimal_point))
                if progress is not None and count % PROGRESS_STEP == 0:
                    progress(count, len(table.rows))
            with self._transactions.read() as session:
                existing = [account_queries.to_account(r) for r in account_queries.rows(session)]
                figures = figure_queries.by_account(session, {a.id for a in existing})
            rows = planned_rows(read, existing, figures)
        return AccountImportPreview(path, table, source, mapped, tuple(rows))

    def import_accounts(
        self, preview: AccountImportPreview, choice: ImportChoice
    ) -> AccountImportResult:
        """All rows in one transaction (new ones in a few statements); the scores follow."""
        refused = preview.count(RowKind.REFUSED)
        if choice.all_or_nothing and refused:
            raise ImportHasRefusedRows(refused)
        result = AccountImportResult()
        with self._transactions.write() as session:
            _create(session, [r for r in preview.rows if r.kind is RowKind.NEW], result)
            if choice.update_matches:
                for row in preview.rows:
                    if row.kind is RowKind.UPDATE:
                        _update(session, row, result)
        self._status.rescore(result.touched)
        return result

    def undo(self, result: AccountImportResult) -> None:
        with self._transactions.write() as session:
            for account_id in result.created:
                row = account_queries.find(session, str(account_id))
                if row is not None:
                    row.deleted_at = _now()
            for account_id, (before, _) in result.updated.items():
                _write(session, account_id, before)
            for account_id, was, then in result.figures:
                if was is None:
                    figure_queries.remove(session, account_id, then.year)
                else:
                    figure_queries.put(session, account_id, was)
            contact_queries.set_contacts_removed(session, result.contacts, removed=True)
        self._status.rescore(result.touched)

    def redo(self, result: AccountImportResult) -> None:
        with self._transactions.write() as session:
            for account_id in result.created:
                row = account_queries.find(session, str(account_id), deleted=True)
                if row is not None:
                    row.deleted_at = None
            for account_id, (_, after) in result.updated.items():
                _write(session, account_id, after)
            for account_id, _, figures in result.figures:
                figure_queries.put(session, account_id, figures)
            contact_queries.set_contacts_removed(session, result.contacts, removed=False)
        self._status.rescore(result.touched)


def _create(session: Session, rows: list[PlannedRow], result: AccountImportResult) -> None:
    accounts, figures, contacts = [], [], []
    for row in rows:
        imported, account_id = row.imported, row.account_id
        assert imported is not None and account_id is not None  # a new row has both
        accounts.append((account_id, updated_fields(AccountFields(name=imported.name), imported)))
        figures += [(account_id, given) for given in imported.figures]
        if imported.contact is not None:
            contacts.append((account_id, _contact(imported.contact)))
        result.created.append(account_id)
    account_queries.add_accounts(session, accounts)
    figure_queries.add(session, figures)
    contact_queries.add_contacts(session, contacts)


def _update(session: Session, row: PlannedRow, result: AccountImportResult) -> None:
    """The row's values over the account's; what the row leaves empty stays as it was."""
    imported, account_id = row.imported, row.account_id
    assert imported is not None and account_id is not None  # an update has both
    found = account_queries.find(session, str(account_id))
    if found is None:  # deleted since the preview
        return
    before = account_queries.to_account(found).fields
    after = updated_fields(before, imported)
    if after != before:
        account_queries.write_fields(found, after)
        result.updated[account_id] = (before, after)
    now = {f.year: f for f in figure_queries.for_account(session, account_id)}
    for given in imported.figures:
        merged = updated_figures(now.get(given.year), given)
        if merged != now.get(given.year):
            figure_queries.put(session, account_id, merged)
            result.figures.append((account_id, now.get(given.year), merged))
    known = {folded(c.name) for c in contact_queries.contacts(session, account_id)}
    if imported.contact is not None and folded(imported.contact.name) not in known:
        contact = _contact(imported.contact)
        contact_queries.put_contact(session, account_id, contact)
        result.contacts.append(contact.id)


def _contact(imported: ImportedContact) -> Contact:
    return Contact(uuid.uuid4(), imported.name, email=imported.email, phone=imported.phone)


def _write(session: Session, account_id: uuid.UUID, fields: AccountFields) -> None:
    found = account_queries.find(session, str(account_id))
    if found is not None:
        account_queries.write_fields(found, fields)


def _now() -> datetime:
    return datetime.now(UTC)
