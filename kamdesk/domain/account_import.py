"""Accounts from a list: each row read by its columns' meanings into an account's fields, key
figures by year and a contact; then matched against the store's accounts by customer number,
VAT ID, or name and city (case- and accent-blind), to be created, updated or left alone. A row
that cannot be read is refused with the reason and the column, and nothing else is."""

import dataclasses
import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kamdesk.domain.account import Account, AccountFields, validated
from kamdesk.domain.account_columns import ACCOUNT_FIELDS, FIGURES, ColumnMap, Target
from kamdesk.domain.amounts import parse_amount
from kamdesk.domain.classification import Segment
from kamdesk.domain.errors import AmountProblem, InvalidAmount, InvalidFields
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.key_figures import validated as validated_figures


class RowProblem(StrEnum):
    NO_NAME = "no_name"
    TOO_LONG = "too_long"
    NOT_AN_AMOUNT = "not_an_amount"
    BAD_VALUE = "bad_value"  # e.g. a segment other than A, B or C, a negative revenue
    TWICE_IN_FILE = "twice_in_file"  # detail: the earlier row's number
    NAME_TAKEN = "name_taken"  # another account (another city) has the name; detail: its city


@dataclass(frozen=True)
class RefusedRow:
    row: int
    problem: RowProblem
    column: str = ""  # the header of the cell at fault
    detail: str = ""
    name: str = ""  # the name the row gives, if any, for the user to find it


@dataclass(frozen=True)
class ImportedContact:
    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ImportedAccount:
    row: int
    fields: Mapping[str, str]  # AccountFields' names: the values the row gives (none empty)
    segment: Segment | None
    figures: tuple[KeyFigures, ...]  # only the amounts the row gives are set
    contact: ImportedContact | None

    @property
    def name(self) -> str:
        return self.fields["name"]

    @property
    def city(self) -> str:
        return address_city(self.fields.get("address", ""))


def read_row(
    number: int, cells: Sequence[Any], columns: ColumnMap, headers: Sequence[str], point: str
) -> ImportedAccount | RefusedRow:
    """One row of the list; `point` is the decimal point of amounts written as text."""
    read = _read_cells(number, cells, columns, headers, point)
    if isinstance(read, RefusedRow):
        at = next((p for p, m in columns.items() if m.target is Target.NAME), len(cells))
        return dataclasses.replace(read, name=_text(cells[at]) if at < len(cells) else "")
    return read


def _read_cells(
    number: int, cells: Sequence[Any], columns: ColumnMap, headers: Sequence[str], point: str
) -> ImportedAccount | RefusedRow:
    texts: dict[Target, str] = {}
    amounts: dict[tuple[Target, int], Decimal] = {}
    for position, meaning in columns.items():
        cell = cells[position] if position < len(cells) else None
        if meaning.target in FIGURES and meaning.year is not None:
            try:
                amount = _amount(cell, point)
            except InvalidAmount:
                return RefusedRow(number, RowProblem.NOT_AN_AMOUNT, headers[position], str(cell))
            if amount is not None:
                amounts[(meaning.target, meaning.year)] = amount
        elif text := _text(cell):
            texts[meaning.target] = text
    return _account(number, texts, amounts, columns, headers)


def _account(
    number: int,
    texts: dict[Target, str],
    amounts: dict[tuple[Target, int], Decimal],
    columns: ColumnMap,
    headers: Sequence[str],
) -> ImportedAccount | RefusedRow:
    def header(target: Target, year: int | None = None) -> str:
        return next(
            headers[p]
            for p, m in columns.items()
            if m.target is target and (year is None or m.year == year)
        )

    if Target.NAME not in texts:
        return RefusedRow(number, RowProblem.NO_NAME, header(Target.NAME))
    fields: dict[str, Any] = {t.value: texts[t] for t in ACCOUNT_FIELDS if t in texts}
    address = texts.get(Target.ADDRESS) or _address(texts)
    if address:
        fields["address"] = address
    segment = texts.get(Target.SEGMENT, "").strip().upper()
    if segment and segment not in Segment._value2member_map_:
        return RefusedRow(number, RowProblem.BAD_VALUE, header(Target.SEGMENT), segment)
    try:
        normal = validated(dataclasses.replace(AccountFields(name=""), **fields))
    except InvalidFields as error:
        field = error.issues[0].field
        parts = _ADDRESS_PARTS if field == "address" else (Target(field),)
        column = header(next(t for t in parts if t in texts))
        return RefusedRow(number, RowProblem.TOO_LONG, column)
    fields = {name: getattr(normal, name) for name in fields}  # as the store will keep them
    figures = []
    for year in sorted({year for _, year in amounts}):
        values = {t.value: a for (t, y), a in amounts.items() if y == year}
        try:
            figures.append(validated_figures(KeyFigures(year, **values)))
        except InvalidFields as error:
            target = Target(error.issues[0].field)
            return RefusedRow(number, RowProblem.BAD_VALUE, header(target, year))
    contact = None
    if Target.CONTACT in texts:
        contact = ImportedContact(
            texts[Target.CONTACT][:200],
            texts.get(Target.CONTACT_EMAIL, "")[:200],
            texts.get(Target.CONTACT_PHONE, "")[:60],
        )
    return ImportedAccount(
        number, fields, Segment(segment) if segment else None, tuple(figures), contact
    )


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # a customer number Excel keeps as a number
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    return " ".join(str(cell).split()) if "\n" not in str(cell) else str(cell).strip()


def _amount(cell: Any, point: str) -> Decimal | None:
    if cell is None:
        return None
    if isinstance(cell, int | float | Decimal) and not isinstance(cell, bool):
        amount = Decimal(str(cell))
        if not amount.is_finite():
            raise InvalidAmount(str(cell), AmountProblem.NOT_A_NUMBER)
        return amount
    return parse_amount(str(cell), point)


def _address(texts: dict[Target, str]) -> str:
    town = " ".join(texts[t] for t in (Target.POSTCODE, Target.CITY) if t in texts)
    return "\n".join(line for line in (texts.get(Target.STREET, ""), town) if line)


_ADDRESS_PARTS = (Target.ADDRESS, Target.STREET, Target.CITY, Target.POSTCODE)
_POSTCODE = re.compile(r"^(?:[A-Z]{1,3}[- ])?\d{4,5}\s+")


def address_city(address: str) -> str:
    """The town of an address as kamdesk writes one ("Industriestraße 5\\n80331 München"):
    its last line without the postcode."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    return _POSTCODE.sub("", lines[-1]) if lines else ""


def folded(text: str) -> str:
    """Case- and accent-blind: "Müller  GmbH" and "muller gmbh" alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _number_key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


class RowKind(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"  # matched, and the row would change nothing
    REFUSED = "refused"


class MatchedBy(StrEnum):
    CUSTOMER_NUMBER = "customer_number"
    VAT_ID = "vat_id"
    NAME_AND_CITY = "name_and_city"
    NAME = "name"  # neither side names a city


@dataclass(frozen=True)
class PlannedRow:
    row: int
    kind: RowKind
    imported: ImportedAccount | None = None
    account_id: uuid.UUID | None = None  # the account matched, or the id a new one gets
    matched_by: MatchedBy | None = None
    changes: tuple[str, ...] = ()  # the fields and figures that differ: "industry", "revenue 2025"
    refusal: RefusedRow | None = None


@dataclass(frozen=True)
class ImportChoice:
    update_matches: bool = True  # else the rows that match an account are skipped
    all_or_nothing: bool = False  # a refused row stops the whole import


def planned_rows(
    read: Sequence[ImportedAccount | RefusedRow],
    existing: Sequence[Account],
    figures: Mapping[uuid.UUID, Sequence[KeyFigures]],
) -> list[PlannedRow]:
    """Each row's fate. A row that matches an account an earlier row matched, or that a
    later row would create twice, is refused naming the earlier row."""
    index = _Index(existing)
    seen: dict[uuid.UUID, int] = {}
    planned = []
    for row in read:
        if isinstance(row, RefusedRow):
            planned.append(PlannedRow(row.row, RowKind.REFUSED, refusal=row))
            continue
        found = index.match(row)
        if isinstance(found, RefusedRow):
            planned.append(PlannedRow(row.row, RowKind.REFUSED, row, refusal=found))
            continue
        account, matched_by = found
        account_id = account.id if account else uuid.uuid4()
        if account_id in seen:
            twice = RefusedRow(row.row, RowProblem.TWICE_IN_FILE, detail=str(seen[account_id]))
            planned.append(PlannedRow(row.row, RowKind.REFUSED, row, refusal=twice))
            continue
        seen[account_id] = row.row
        if account is None:
            index.add(row)
            planned.append(PlannedRow(row.row, RowKind.NEW, row, account_id))
            continue
        changes = _changes(row, account, figures.get(account.id, ()))
        kind = RowKind.UPDATE if changes else RowKind.UNCHANGED
        planned.append(PlannedRow(row.row, kind, row, account_id, matched_by, changes))
    return planned


Found = Account | int  # an account of the store, or the number of the row that makes it


class _Index:
    """The store's accounts and the rows planned so far, by customer number, VAT ID and name."""

    def __init__(self, existing: Sequence[Account]) -> None:
        self._by_number: dict[tuple[str, str], Found] = {}
        self._by_name: dict[str, tuple[Found, str]] = {}  # folded name → found, its city
        for account in existing:
            f = account.fields
            self._put(f.customer_number, f.vat_id, f.name, address_city(f.address), account)

    def _put(self, number: str, vat: str, name: str, city: str, found: Found) -> None:
        for key in _number_keys(number, vat):
            self._by_number.setdefault(key, found)
        self._by_name.setdefault(folded(name), (found, city))

    def add(self, row: ImportedAccount) -> None:
        f = row.fields
        self._put(f.get("customer_number", ""), f.get("vat_id", ""), row.name, row.city, row.row)

    def match(self, row: ImportedAccount) -> tuple[Account | None, MatchedBy | None] | RefusedRow:
        f = row.fields
        for key in _number_keys(f.get("customer_number", ""), f.get("vat_id", "")):
            if key in self._by_number:
                by = MatchedBy.CUSTOMER_NUMBER if key[0] == "number" else MatchedBy.VAT_ID
                return self._found(row, self._by_number[key], by)
        if folded(row.name) not in self._by_name:
            return None, None
        found, city = self._by_name[folded(row.name)]
        if city and row.city and folded(city) != folded(row.city):
            return RefusedRow(row.row, RowProblem.NAME_TAKEN, detail=city)
        by = MatchedBy.NAME_AND_CITY if city and row.city else MatchedBy.NAME
        return self._found(row, found, by)

    @staticmethod
    def _found(
        row: ImportedAccount, found: Found, by: MatchedBy
    ) -> tuple[Account, MatchedBy] | RefusedRow:
        if isinstance(found, Account):
            return found, by
        return RefusedRow(row.row, RowProblem.TWICE_IN_FILE, detail=str(found))


def _number_keys(number: str, vat: str) -> list[tuple[str, str]]:
    keys = [("number", _number_key(number)), ("vat", _number_key(vat))]
    return [key for key in keys if key[1]]


def _changes(
    row: ImportedAccount, account: Account, figures: Sequence[KeyFigures]
) -> tuple[str, ...]:
    fields = updated_fields(account.fields, row)
    changed = [
        name for name in row.fields if getattr(fields, name) != getattr(account.fields, name)
    ]
    if row.segment is not None and row.segment != account.fields.segment:
        changed.append("segment")
    by_year = {f.year: f for f in figures}
    for given in row.figures:
        now = by_year.get(given.year, KeyFigures(given.year))
        changed += [
            f"{name} {given.year}"
            for name in ("revenue", "contribution_margin", "potential")
            if getattr(given, name) is not None and getattr(given, name) != getattr(now, name)
        ]
    return tuple(changed)


def updated_fields(fields: AccountFields, row: ImportedAccount) -> AccountFields:
    """The account's fields with what the row gives; what it leaves empty stays."""
    changes: dict[str, Any] = dict(row.fields)
    if row.segment is not None:
        changes["segment"] = row.segment
    return validated(dataclasses.replace(fields, **changes))


def updated_figures(now: KeyFigures | None, given: KeyFigures) -> KeyFigures:
    """A year's figures with the amounts the row gives; the others stay."""
    base = now or KeyFigures(given.year)
    amounts = {
        name: getattr(given, name)
        for name in ("revenue", "contribution_margin", "potential")
        if getattr(given, name) is not None
    }
    return dataclasses.replace(base, **amounts)
