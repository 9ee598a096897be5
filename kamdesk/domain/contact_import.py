"""Contacts arriving from a mail program's export: the level each title suggests, which cards
are people the account already has, and what an import will write (merge or skip)."""

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.errors import InvalidFields
from kamdesk.domain.stakeholders import Contact, validated_contact
from kamdesk.domain.title_levels import level_from_title


@dataclass(frozen=True)
class ContactCard:
    """One person as a vCard or a CSV row gives them."""

    name: str
    organisation: str = ""
    title: str = ""
    department: str = ""
    emails: tuple[str, ...] = ()
    phone: str = ""


class CardProblem(StrEnum):
    NO_NAME = "no_name"
    UNREADABLE = "unreadable"  # the card's syntax is broken
    TOO_LONG = "too_long"
    NOT_A_PERSON = "not_a_person"  # a company's or a group's card
    LINE_SKIPPED = "line_skipped"  # the card was read without a broken line (named in detail)


@dataclass(frozen=True)
class RefusedCard:
    position: int  # the card's or row's number in the file, from 1
    problem: CardProblem
    detail: str = ""  # the card's name or first line, to find it


@dataclass(frozen=True)
class ImportRow:
    """A card ready to import: its level (proposed, then corrected by the user) and the
    contact it duplicates, at the account or earlier in the same file."""

    id: uuid.UUID  # the new contact's id, should it become one
    card: ContactCard
    level: HierarchyLevel
    duplicate_of: uuid.UUID | None = None


class DuplicatePolicy(StrEnum):
    MERGE = "merge"  # the card's fields update the contact; what the card lacks stays
    SKIP = "skip"


@dataclass(frozen=True)
class ImportPlan:
    new: tuple[Contact, ...]
    merged: tuple[Contact, ...]
    skipped: tuple[ImportRow, ...]


def contact_of(card: ContactCard, contact_id: uuid.UUID, level: HierarchyLevel) -> Contact:
    return Contact(
        contact_id,
        card.name,
        level,
        unit=card.department,
        function=card.title,
        email=card.emails[0] if card.emails else "",
        phone=card.phone,
    )


def proposed_rows(
    cards: Iterable[tuple[int, ContactCard]], existing: Iterable[Contact]
) -> tuple[list[ImportRow], list[RefusedCard]]:
    """Rows with a proposed level (a duplicate keeps the level the contact has) and the cards
    refused for breaking a contact rule. `cards` pairs each card with its place in the file."""
    known = _Directory(existing)
    rows: list[ImportRow] = []
    refused: list[RefusedCard] = []
    for position, card in cards:
        row_id = uuid.uuid4()
        try:
            contact = validated_contact(contact_of(card, row_id, level_from_title(card.title)))
        except InvalidFields as error:
            problem = (
                CardProblem.NO_NAME
                if any(i.field == "name" and i.code == "required" for i in error.issues)
                else CardProblem.TOO_LONG
            )
            refused.append(RefusedCard(position, problem, card.name[:80]))
            continue
        twin = known.find(card.emails, contact.name)
        level = twin.level if twin is not None else contact.level
        rows.append(ImportRow(row_id, card, level, twin.id if twin is not None else None))
        if twin is None:
            known.add(contact, card.emails)
    return rows, refused


def planned_import(
    rows: Iterable[ImportRow], existing: Iterable[Contact], policy: DuplicatePolicy
) -> ImportPlan:
    """What to write: new contacts, merged contacts, skipped rows. Computed whole before
    anything is written, so an import is all or nothing."""
    before = {c.id: c for c in existing}
    new: dict[uuid.UUID, Contact] = {}
    merged: dict[uuid.UUID, Contact] = {}
    skipped: list[ImportRow] = []
    for row in rows:
        if row.duplicate_of is None:
            new[row.id] = validated_contact(contact_of(row.card, row.id, row.level))
        elif policy == DuplicatePolicy.SKIP:
            skipped.append(row)
        elif row.duplicate_of in new:
            new[row.duplicate_of] = _merged(new[row.duplicate_of], row)
        elif row.duplicate_of in before or row.duplicate_of in merged:
            target = merged.get(row.duplicate_of) or before[row.duplicate_of]
            merged[row.duplicate_of] = _merged(target, row)
    return ImportPlan(tuple(new.values()), tuple(merged.values()), tuple(skipped))


def _merged(contact: Contact, row: ImportRow) -> Contact:
    card = contact_of(row.card, contact.id, row.level)
    changes = {
        name: getattr(card, name)
        for name in ("name", "unit", "function", "email", "phone")
        if getattr(card, name)
    }
    return validated_contact(dataclasses.replace(contact, level=row.level, **changes))


class _Directory:
    """Contacts known so far, found by any email or by name (case and spacing ignored)."""

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self._by_email: dict[str, Contact] = {}
        self._by_name: dict[str, Contact] = {}
        for contact in contacts:
            self.add(contact)

    def add(self, contact: Contact, emails: Iterable[str] = ()) -> None:
        for email in (contact.email, *emails):
            if email:
                self._by_email.setdefault(_key(email), contact)
        self._by_name.setdefault(_key(contact.name), contact)

    def find(self, emails: Iterable[str], name: str) -> Contact | None:
        for email in emails:
            if (found := self._by_email.get(_key(email))) is not None:
                return found
        return self._by_name.get(_key(name))


def _key(text: str) -> str:
    return " ".join(text.casefold().split())
