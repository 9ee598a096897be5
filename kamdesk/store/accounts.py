"""Account queries. Rows leave this module as domain value types, never as ORM objects."""

import dataclasses
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sized
from datetime import datetime

from sqlalchemy import ColumnElement, func, insert, select, update
from sqlalchemy.orm import Session

from kamdesk.domain.account import (
    FIELD_NAMES,
    Account,
    AccountFields,
    AccountSummary,
    StatusDates,
)
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.errors import AmbiguousAccountName
from kamdesk.domain.lifecycle import Phase
from kamdesk.store.account_summaries import DELETED, LIVE, summaries_of, summary_sql
from kamdesk.store.batches import BATCH, in_batches
from kamdesk.store.models import AccountRow


def _is_live(deleted: bool) -> ColumnElement[bool]:
    column = AccountRow.deleted_at
    return column.is_not(None) if deleted else column.is_(None)


def summaries(session: Session, *, deleted: bool = False) -> list[AccountSummary]:
    # The statement the window also reads at start, before SQLAlchemy is loaded.
    rows = session.connection().exec_driver_sql(summary_sql(DELETED if deleted else LIVE))
    return summaries_of(rows)


def rows(session: Session, *, deleted: bool = False) -> list[AccountRow]:
    return list(
        session.scalars(select(AccountRow).where(_is_live(deleted)).order_by(AccountRow.name))
    )


def summary(session: Session, account_id: uuid.UUID) -> AccountSummary | None:
    query = summary_sql(f"{LIVE} AND a.id = ?")
    found = summaries_of(session.connection().exec_driver_sql(query, (account_id.hex,)))
    return found[0] if found else None


def needing_attention(session: Session, due: Iterable[uuid.UUID]) -> list[AccountSummary]:
    """The home view's accounts: the live key accounts and accounts in a troubled phase, and
    the accounts `due` names (something due this week), without reading every other line."""
    levels = [level.value for level in StatusLevel if level.is_key_account]
    phases = [phase.value for phase in Phase if phase.is_troubled]
    condition = (
        f"{LIVE} AND (a.status_level IN ({_marks(levels)}) OR a.phase IN ({_marks(phases)}))"
    )
    query = summary_sql(condition)
    found = summaries_of(session.connection().exec_driver_sql(query, (*levels, *phases)))
    held = {summary.id for summary in found}
    return found + list(_live_summaries(session, [a for a in due if a not in held]).values())


@in_batches
def _live_summaries(
    session: Session, account_ids: list[uuid.UUID]
) -> dict[uuid.UUID, AccountSummary]:
    query = summary_sql(f"{LIVE} AND a.id IN ({_marks(account_ids)})")
    rows = session.connection().exec_driver_sql(query, tuple(a.hex for a in account_ids))
    return {summary.id: summary for summary in summaries_of(rows)}


def _marks(values: Sized) -> str:
    return ", ".join("?" * len(values))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).where(_is_live(False))) or 0


def find(session: Session, reference: str, *, deleted: bool = False) -> AccountRow | None:
    """An account by its id or its exact name; a name two accounts share (made on two
    laptops, then synced) names none of them."""
    try:
        return session.scalars(
            select(AccountRow).where(AccountRow.id == uuid.UUID(reference), _is_live(deleted))
        ).one_or_none()
    except ValueError:
        named = session.scalars(
            select(AccountRow).where(AccountRow.name == reference, _is_live(deleted)).limit(2)
        ).all()
        if len(named) > 1:
            raise AmbiguousAccountName(reference) from None
        return named[0] if named else None


def sharing_a_name(session: Session) -> list[AccountSummary]:
    """Live accounts whose name another live account has too (made on two laptops, then
    synced), by name, oldest first."""
    shared = "SELECT name FROM accounts WHERE deleted_at IS NULL GROUP BY name HAVING count(*) > 1"
    query = summary_sql(f"{LIVE} AND a.name IN ({shared})", order="a.name, a.created_at")
    return summaries_of(session.connection().exec_driver_sql(query))


def name_taken(session: Session, name: str, except_id: uuid.UUID | None = None) -> bool:
    query = select(AccountRow.id).where(AccountRow.name == name, _is_live(False))
    if except_id is not None:
        query = query.where(AccountRow.id != except_id)
    return session.scalar(query.limit(1)) is not None


def names_by_id(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    found = session.execute(select(AccountRow.id, AccountRow.name).where(AccountRow.id.in_(ids)))
    return {row.id: row.name for row in found}


def existing_names(session: Session) -> set[str]:
    return set(session.scalars(select(AccountRow.name).where(_is_live(False))))


def live_group(session: Session, row: AccountRow) -> AccountRow | None:
    """The account's group, unless there is none or it is in the trash (a deleted group
    keeps its members, who then belong to no group)."""
    if row.group_id is None:
        return None
    return find(session, str(row.group_id))


def group_members(
    session: Session, group_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, list[uuid.UUID]]:
    """The live members of each of these accounts that has some (of every group)."""
    query = select(AccountRow.group_id, AccountRow.id).where(
        AccountRow.group_id.is_not(None), AccountRow.deleted_at.is_(None)
    )
    if group_ids is not None:
        query = query.where(AccountRow.group_id.in_(list(group_ids)))
    members: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for group_id, member_id in session.connection().execute(query):
        members[group_id].append(member_id)  # type: ignore[index]  # the query asks for a group
    return members


def groups_of(session: Session, account_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The groups these accounts belong to, deleted members included (their group's
    figures have just lost them)."""
    query = select(AccountRow.group_id).where(
        AccountRow.id.in_(list(account_ids)), AccountRow.group_id.is_not(None)
    )
    return set(session.scalars(query).all())  # type: ignore[arg-type]


def members(session: Session, group_id: uuid.UUID) -> list[AccountSummary]:
    query = summary_sql(f"{LIVE} AND a.group_id = ?", order="a.name")
    return summaries_of(session.connection().exec_driver_sql(query, (group_id.hex,)))


def to_account(row: AccountRow) -> Account:
    fields = AccountFields(**{name: getattr(row, name) for name in FIELD_NAMES})
    status = StatusDates(row.status_granted_on, row.review_due_on, row.review_pending, row.score)
    return Account(row.id, fields, row.created_at, row.updated_at, row.deleted_at, status)


def write_fields(row: AccountRow, fields: AccountFields) -> None:
    for name, value in dataclasses.asdict(fields).items():
        setattr(row, name, value)


def demo_ids(session: Session) -> list[uuid.UUID]:
    query = select(AccountRow.id).where(AccountRow.demo.is_(True), _is_live(False))
    return list(session.scalars(query))


def set_deleted(session: Session, ids: list[uuid.UUID], when: datetime | None) -> None:
    """Accounts to the trash (a moment) or back (None), in batches of ids."""
    for start in range(0, len(ids), BATCH):
        chosen = ids[start : start + BATCH]
        session.execute(update(AccountRow).where(AccountRow.id.in_(chosen)).values(deleted_at=when))


def add_accounts(session: Session, accounts: list[tuple[uuid.UUID, AccountFields]]) -> None:
    """Many new accounts at once (an import): one statement, not an object each."""
    if accounts:
        # Not dataclasses.asdict: it deep-copies every value, a tenth of a large import.
        rows = [
            {"id": account_id, **{name: getattr(f, name) for name in FIELD_NAMES}}
            for account_id, f in accounts
        ]
        session.execute(insert(AccountRow), rows)
