"""Stakeholder use cases: contacts and the own team, counterparts, the match analysis, contact
intervals, and contact imports (all or nothing, undoable)."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from kamdesk.domain.contact_import import (
    DuplicatePolicy,
    ImportPlan,
    ImportRow,
    RefusedCard,
    planned_import,
    proposed_rows,
)
from kamdesk.domain.errors import ContactFileProblem, InvalidContactFile
from kamdesk.domain.hierarchy_match import (
    DEFAULT_OVERLOAD_LIMIT,
    Analysis,
    MatchRules,
    analyse,
    coverage,
)
from kamdesk.domain.stakeholders import (
    Contact,
    Link,
    TeamMember,
    account_interval,
    validated_contact,
    validated_interval,
    validated_member,
)
from kamdesk.services.transactions import Transactions
from kamdesk.store import stakeholders as queries
from kamdesk.store.status import put_setting, setting

OVERLOAD_SETTING = "team.overload_limit"


class Owner(NamedTuple):
    """The account a contact belongs to, on a map of several accounts."""

    account_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class StakeholderMap:
    contacts: list[Contact]
    members: list[TeamMember]
    links: list[Link]
    analysis: Analysis
    interval_days: int  # the account's contact interval in force
    own_interval_days: int | None  # the account's own interval, None: its status level's
    owners: dict[uuid.UUID, "Owner"] = field(default_factory=dict)  # on a group's map: whose

    @property
    def names(self) -> dict[uuid.UUID, str]:
        """Contacts' and team members' names by id, as findings name them."""
        return {c.id: c.name for c in self.contacts} | {m.id: m.name for m in self.members}

    def counterparts(self, contact_id: uuid.UUID) -> list[TeamMember]:
        team = {m.id: m for m in self.members}
        return [team[link.member_id] for link in self.links if link.contact_id == contact_id]


@dataclass(frozen=True)
class ImportPreview:
    rows: list[ImportRow]
    refused: list[RefusedCard]


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    replaced: tuple[Contact, ...]  # the merged contacts as they were, for undo


class StakeholderService:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def stakeholder_map(self, account_id: uuid.UUID, today: date) -> StakeholderMap:
        return self.joint_map({account_id: ""}, today)

    def joint_map(self, accounts: Mapping[uuid.UUID, str], today: date) -> StakeholderMap:
        """One map of these accounts' contacts (a corporate group's, by member name), the
        match analysed over them all; the contact interval is the first account's."""
        with self._transactions.read() as session:
            level, own_days = queries.contact_interval(session, next(iter(accounts)))
            contacts = {a: queries.contacts(session, a) for a in accounts}
            members = queries.members(session)
            links = [link for a in accounts for link in queries.links(session, a)]
            limit = _overload_limit(setting(session, OVERLOAD_SETTING))
        days = account_interval(level, own_days)
        everyone = [contact for of_one in contacts.values() for contact in of_one]
        analysis = analyse(everyone, members, links, today, MatchRules(days, limit))
        owners = {c.id: Owner(a, accounts[a]) for a, of_one in contacts.items() for c in of_one}
        return StakeholderMap(everyone, members, links, analysis, days, own_days, owners)

    def coverages(self, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, float | None]:
        """Each account's coverage, read in a few queries for all of them."""
        with self._transactions.read() as session:
            contacts = queries.contacts_by_account(session, account_ids)
            links = queries.links_by_account(session, account_ids)
            members = queries.members(session)
        return {
            account_id: coverage(contacts.get(account_id, []), members, links.get(account_id, []))
            for account_id in account_ids
        }

    # contacts

    def contacts(self, account_id: uuid.UUID) -> list[Contact]:
        with self._transactions.read() as session:
            return queries.contacts(session, account_id)

    def address_book(self, account_id: uuid.UUID | None = None) -> list[tuple[Contact, str]]:
        """Contacts with their account's name, of one account or of all, for an export."""
        with self._transactions.read() as session:
            return queries.address_book(session, account_id)

    def save_contact(self, account_id: uuid.UUID, contact: Contact) -> Contact:
        contact = validated_contact(contact)
        with self._transactions.write() as session:
            queries.put_contact(session, account_id, contact)
        return contact

    def remove_contacts(self, ids: list[uuid.UUID]) -> None:
        with self._transactions.write() as session:
            queries.set_contacts_removed(session, ids, removed=True)

    def restore_contacts(self, ids: list[uuid.UUID]) -> None:
        with self._transactions.write() as session:
            queries.set_contacts_removed(session, ids, removed=False)

    def set_contact_interval(self, account_id: uuid.UUID, days: int | None) -> None:
        days = validated_interval(days)
        with self._transactions.write() as session:
            queries.put_contact_interval(session, account_id, days)

    # the own team

    def members(self) -> list[TeamMember]:
        with self._transactions.read() as session:
            return queries.members(session)

    def save_member(self, member: TeamMember) -> TeamMember:
        member = validated_member(member)
        with self._transactions.write() as session:
            queries.put_member(session, member)
        return member

    def remove_member(self, member_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            queries.remove_member(session, member_id)

    def set_link(self, link: Link, linked: bool) -> None:
        with self._transactions.write() as session:
            queries.set_link(session, link, linked)

    def overload_limit(self) -> int:
        with self._transactions.read() as session:
            return _overload_limit(setting(session, OVERLOAD_SETTING))

    def set_overload_limit(self, limit: int) -> None:
        with self._transactions.write() as session:
            put_setting(session, OVERLOAD_SETTING, str(max(1, limit)))

    # contact import

    def preview_import(self, account_id: uuid.UUID, path: Path) -> ImportPreview:
        """The file's cards with proposed levels and duplicates marked; nothing is written."""
        from kamdesk.files.contact_files import FILE_BYTES, read_contact_file  # vobject: here

        try:
            if path.stat().st_size > FILE_BYTES:  # refused before it is read into memory
                raise InvalidContactFile(ContactFileProblem.TOO_LARGE)
            data = path.read_bytes()
        except OSError as error:
            detail = error.strerror or str(error)
            raise InvalidContactFile(ContactFileProblem.CANNOT_READ, detail) from error
        cards, refused = read_contact_file(data)
        rows, invalid = proposed_rows(cards, self.contacts(account_id))
        return ImportPreview(rows, sorted([*refused, *invalid], key=lambda r: r.position))

    def import_contacts(
        self, account_id: uuid.UUID, rows: list[ImportRow], policy: DuplicatePolicy
    ) -> ImportResult:
        """Write the whole import in one transaction."""
        with self._transactions.write() as session:
            existing = queries.contacts(session, account_id)
            plan = planned_import(rows, existing, policy)
            before = {c.id: c for c in existing}
            for contact in (*plan.new, *plan.merged):
                queries.put_contact(session, account_id, contact)
        return ImportResult(plan, tuple(before[c.id] for c in plan.merged))

    def undo_import(self, account_id: uuid.UUID, result: ImportResult) -> None:
        with self._transactions.write() as session:
            queries.set_contacts_removed(session, [c.id for c in result.plan.new], removed=True)
            for contact in result.replaced:
                queries.put_contact(session, account_id, contact)

    def redo_import(self, account_id: uuid.UUID, result: ImportResult) -> None:
        with self._transactions.write() as session:
            for contact in (*result.plan.new, *result.plan.merged):
                queries.put_contact(session, account_id, contact)


def _overload_limit(text: str | None) -> int:
    return int(text) if text and text.isdigit() and int(text) > 0 else DEFAULT_OVERLOAD_LIMIT
