"""The account value type and its validation rules."""

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple
from uuid import UUID

from kamdesk.domain.classification import Scope, Segment, StatusLevel
from kamdesk.domain.errors import FieldIssue, InvalidAccount, IssueCode
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.portfolio import PortfolioField
from kamdesk.domain.text import multi_line, one_line, trimmed

NAME_MAX = 200
SHORT_TEXT_MAX = 120
NUMBER_MAX = 60
VAT_ID_MAX = 30
LONG_TEXT_MAX = 20_000


@dataclass(frozen=True, slots=True)
class AccountFields:
    """What the user edits on an account."""

    name: str
    industry: str = ""
    country: str = ""
    address: str = ""
    customer_number: str = ""  # the number in the company's ERP or CRM
    vat_id: str = ""  # USt-IdNr.
    segment: Segment = Segment.C
    status_level: StatusLevel = StatusLevel.C
    scope: Scope = Scope.NATIONAL
    owner: str = ""
    notes: str = ""
    private_notes: str = ""  # stays on this computer: never synced
    group_id: UUID | None = None  # the group account (Konzern) this one belongs to


FIELD_NAMES = tuple(f.name for f in dataclasses.fields(AccountFields))
TEXT_FIELDS = tuple(name for name in FIELD_NAMES if name != "group_id")  # typed as FIELD=VALUE
_ENUM_FIELDS = {"segment": Segment, "status_level": StatusLevel, "scope": Scope}
_LIMITS = {
    "name": NAME_MAX,
    "industry": SHORT_TEXT_MAX,
    "country": SHORT_TEXT_MAX,
    "owner": SHORT_TEXT_MAX,
    "customer_number": NUMBER_MAX,
    "vat_id": VAT_ID_MAX,
    "address": LONG_TEXT_MAX,
    "notes": LONG_TEXT_MAX,
    "private_notes": LONG_TEXT_MAX,
}


@dataclass(frozen=True, slots=True)
class StatusDates:
    """Kept by the status rules, never edited as plain fields."""

    granted_on: date | None = None
    review_due_on: date | None = None
    review_pending: bool = False
    score: int | None = None


@dataclass(frozen=True, slots=True)
class Account:
    id: UUID
    fields: AccountFields
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    status: StatusDates = StatusDates()


def normalized(fields: AccountFields) -> AccountFields:
    """Trim surrounding white space from the one-line fields; multi-line text is kept as typed
    (with neither kind keeping a control character)."""
    return dataclasses.replace(
        fields,
        name=one_line(fields.name),
        industry=trimmed(fields.industry),
        country=trimmed(fields.country),
        owner=trimmed(fields.owner),
        customer_number=trimmed(fields.customer_number),
        vat_id=trimmed(fields.vat_id),
        address=multi_line(fields.address),
        notes=multi_line(fields.notes),
        private_notes=multi_line(fields.private_notes),
    )


def validated(fields: AccountFields) -> AccountFields:
    """Return the normalised fields, or raise InvalidAccount listing every problem."""
    fields = normalized(fields)
    issues = [FieldIssue("name", IssueCode.REQUIRED)] if not fields.name else []
    issues += [
        FieldIssue(name, IssueCode.TOO_LONG, limit)
        for name, limit in _LIMITS.items()
        if len(getattr(fields, name)) > limit
    ]
    if issues:
        raise InvalidAccount(tuple(issues))
    return fields


def with_changes(fields: AccountFields, changes: dict[str, str]) -> AccountFields:
    """Apply textual FIELD=VALUE changes (command line, imports), checking names and enum values.
    The group is named, not typed as an id: the caller looks it up."""
    issues = [
        FieldIssue(name, IssueCode.UNKNOWN_FIELD) for name in changes if name not in TEXT_FIELDS
    ]
    typed: dict[str, object] = {}
    for name, value in changes.items():
        enum = _ENUM_FIELDS.get(name)
        if enum is None:
            typed[name] = value
        elif value in enum._value2member_map_:
            typed[name] = enum(value)
        else:
            issues.append(FieldIssue(name, IssueCode.BAD_VALUE))
    if issues:
        raise InvalidAccount(tuple(issues))
    return validated(dataclasses.replace(fields, **typed))  # type: ignore[arg-type]


class AccountSummary(NamedTuple):
    """One line of the account list."""

    id: UUID
    name: str
    status_level: StatusLevel
    scope: Scope
    segment: Segment
    owner: str
    country: str
    industry: str
    revenue: Decimal | None
    score: int | None = None
    phase: Phase = Phase.ACQUISITION
    group_id: UUID | None = None
    portfolio: PortfolioField | None = None  # None: a figure is lacking (or not asked for)
