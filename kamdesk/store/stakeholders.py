"""Stakeholder queries: an account's contacts, the own team, who looks after whom."""

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Select, insert, select
from sqlalchemy.orm import Session

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.stakeholders import Contact, Link, TeamMember
from kamdesk.store.batches import in_batches
from kamdesk.store.column_types import utc_now
from kamdesk.store.models import AccountRow, ContactRow, CounterpartRow, TeamMemberRow


def contacts(session: Session, account_id: uuid.UUID) -> list[Contact]:
    rows = session.scalars(
        select(ContactRow)
        .where(ContactRow.account_id == account_id, ContactRow.deleted_at.is_(None))
        .order_by(ContactRow.hierarchy_level, ContactRow.name)
    )
    return [_contact(r) for r in rows]


@in_batches
def contacts_by_account(
    session: Session, account_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[Contact]]:
    """Who they are, their level and role: enough to weigh coverage across many accounts."""
    rows = session.execute(
        select(
            ContactRow.account_id,
            ContactRow.id,
            ContactRow.name,
            ContactRow.hierarchy_level,
            ContactRow.buying_role,
        ).where(ContactRow.account_id.in_(account_ids), ContactRow.deleted_at.is_(None))
    )
    found: dict[uuid.UUID, list[Contact]] = defaultdict(list)
    for account_id, contact_id, name, level, role in rows:
        found[account_id].append(Contact(contact_id, name, level, role=role))
    return found


def address_book(session: Session, account_id: uuid.UUID | None) -> list[tuple[Contact, str]]:
    """The contacts of one account or of every account not in the trash, each with its
    account's name: by account, then by name."""
    query = (
        select(ContactRow, AccountRow.name)
        .join(AccountRow, AccountRow.id == ContactRow.account_id)
        .where(ContactRow.deleted_at.is_(None), AccountRow.deleted_at.is_(None))
        .order_by(AccountRow.name, ContactRow.name)
    )
    if account_id is not None:
        query = query.where(ContactRow.account_id == account_id)
    return [(_contact(row), name) for row, name in session.execute(query)]


def _contact(row: ContactRow) -> Contact:
    return Contact(
        row.id,
        row.name,
        row.hierarchy_level,
        row.unit,
        row.function,
        row.buying_role,
        row.attitude,
        row.quality,
        row.last_contact_on,
        row.interval_days,
        row.email,
        row.phone,
    )


def put_contact(session: Session, account_id: uuid.UUID, contact: Contact) -> None:
    row = session.get(ContactRow, contact.id) or ContactRow(id=contact.id, account_id=account_id)
    session.add(row)
    row.name, row.hierarchy_level, row.unit = contact.name, contact.level, contact.unit
    row.function, row.buying_role, row.attitude = contact.function, contact.role, contact.attitude
    row.quality, row.last_contact_on = contact.quality, contact.last_contact_on
    row.interval_days, row.email, row.phone = contact.interval_days, contact.email, contact.phone
    row.deleted_at = None


def add_contacts(session: Session, contacts: list[tuple[uuid.UUID, Contact]]) -> None:
    """New contacts of new accounts, in one statement."""
    if contacts:
        rows = [
            {
                "id": c.id,
                "account_id": account_id,
                "name": c.name,
                "hierarchy_level": c.level,
                "email": c.email,
                "phone": c.phone,
            }
            for account_id, c in contacts
        ]
        session.execute(insert(ContactRow), rows)


def set_contacts_removed(session: Session, ids: Iterable[uuid.UUID], removed: bool) -> None:
    """Soft removal keeps a contact's links and notes, so undo brings them back whole."""
    for contact_id in ids:
        row = session.get(ContactRow, contact_id)
        if row is not None:
            row.deleted_at = utc_now() if removed else None


def members(session: Session) -> list[TeamMember]:
    rows = session.scalars(
        select(TeamMemberRow)
        .where(TeamMemberRow.deleted_at.is_(None))
        .order_by(TeamMemberRow.hierarchy_level, TeamMemberRow.name)
    )
    return [TeamMember(r.id, r.name, r.hierarchy_level, r.function, r.email) for r in rows]


def put_member(session: Session, member: TeamMember) -> None:
    row = session.get(TeamMemberRow, member.id) or TeamMemberRow(id=member.id)
    session.add(row)
    row.name, row.hierarchy_level = member.name, member.level
    row.function, row.email, row.deleted_at = member.function, member.email, None


def remove_member(session: Session, member_id: uuid.UUID) -> None:
    """Soft removal: saving the member again brings them back with their links."""
    row = session.get(TeamMemberRow, member_id)
    if row is not None:
        row.deleted_at = utc_now()


def _live_links() -> Select[uuid.UUID, uuid.UUID]:
    return (
        select(CounterpartRow.contact_id, CounterpartRow.member_id)
        .join(ContactRow, ContactRow.id == CounterpartRow.contact_id)
        .join(TeamMemberRow, TeamMemberRow.id == CounterpartRow.member_id)
        .where(
            CounterpartRow.deleted_at.is_(None),
            ContactRow.deleted_at.is_(None),
            TeamMemberRow.deleted_at.is_(None),
        )
    )


def links(session: Session, account_id: uuid.UUID) -> list[Link]:
    rows = session.execute(
        _live_links().where(ContactRow.account_id == account_id).order_by(CounterpartRow.created_at)
    )
    return [Link(contact_id, member_id) for contact_id, member_id in rows]


@in_batches
def links_by_account(session: Session, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Link]]:
    rows = session.execute(
        _live_links()
        .add_columns(ContactRow.account_id)
        .where(ContactRow.account_id.in_(account_ids))
    )
    found: dict[uuid.UUID, list[Link]] = defaultdict(list)
    for contact_id, member_id, account_id in rows:
        found[account_id].append(Link(contact_id, member_id))
    return found


def set_link(session: Session, link: Link, linked: bool) -> None:
    row = session.scalars(
        select(CounterpartRow).where(
            CounterpartRow.contact_id == link.contact_id,
            CounterpartRow.member_id == link.member_id,
        )
    ).one_or_none()
    if row is None:
        if linked:
            session.add(CounterpartRow(contact_id=link.contact_id, member_id=link.member_id))
        return
    row.deleted_at = None if linked else utc_now()


def contact_interval(session: Session, account_id: uuid.UUID) -> tuple[StatusLevel, int | None]:
    """The account's status level (which gives the default interval) and its own interval."""
    row = session.get_one(AccountRow, account_id)
    return row.status_level, row.contact_interval_days


def put_contact_interval(session: Session, account_id: uuid.UUID, days: int | None) -> None:
    session.get_one(AccountRow, account_id).contact_interval_days = days
