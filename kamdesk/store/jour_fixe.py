"""Jour-fixe queries: an account's recurring meeting and its notes with the contacts named."""

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.jour_fixe import JourFixe, JourFixeNote
from kamdesk.store.column_types import utc_now
from kamdesk.store.models import JourFixeNoteContactRow, JourFixeNoteRow, JourFixeRow


def meeting(session: Session, account_id: uuid.UUID) -> JourFixe | None:
    row = session.scalars(
        select(JourFixeRow).where(
            JourFixeRow.account_id == account_id, JourFixeRow.deleted_at.is_(None)
        )
    ).one_or_none()
    return None if row is None else JourFixe(row.interval_weeks, row.next_on)


def put_meeting(session: Session, account_id: uuid.UUID, meeting: JourFixe | None) -> None:
    row = session.scalars(
        select(JourFixeRow).where(JourFixeRow.account_id == account_id)
    ).one_or_none()
    if meeting is None:
        if row is not None:
            row.deleted_at = utc_now()
        return
    if row is None:
        row = JourFixeRow(account_id=account_id)
        session.add(row)
    row.interval_weeks, row.next_on, row.deleted_at = meeting.interval_weeks, meeting.next_on, None


def notes(session: Session, account_id: uuid.UUID) -> list[JourFixeNote]:
    """Newest meeting first; within a meeting in the order written."""
    rows = list(
        session.scalars(
            select(JourFixeNoteRow)
            .where(JourFixeNoteRow.account_id == account_id, JourFixeNoteRow.deleted_at.is_(None))
            .order_by(JourFixeNoteRow.held_on.desc(), JourFixeNoteRow.created_at)
        )
    )
    named: dict[uuid.UUID, list[uuid.UUID]] = {}
    links = session.execute(
        select(JourFixeNoteContactRow.note_id, JourFixeNoteContactRow.contact_id)
        .where(
            JourFixeNoteContactRow.note_id.in_([r.id for r in rows]),
            JourFixeNoteContactRow.deleted_at.is_(None),
        )
        .order_by(JourFixeNoteContactRow.created_at)
    )
    for note_id, contact_id in links:
        named.setdefault(note_id, []).append(contact_id)
    return [
        JourFixeNote(r.id, r.held_on, r.section, r.text, tuple(named.get(r.id, ()))) for r in rows
    ]


def put_note(session: Session, account_id: uuid.UUID, note: JourFixeNote) -> None:
    row = session.get(JourFixeNoteRow, note.id) or JourFixeNoteRow(
        id=note.id, account_id=account_id
    )
    session.add(row)
    row.held_on, row.section, row.text, row.deleted_at = note.held_on, note.section, note.text, None
    existing = {
        link.contact_id: link
        for link in session.scalars(
            select(JourFixeNoteContactRow).where(JourFixeNoteContactRow.note_id == note.id)
        )
    }
    for contact_id, link in existing.items():
        link.deleted_at = None if contact_id in note.contact_ids else utc_now()
    for contact_id in note.contact_ids:
        if contact_id not in existing:
            session.add(JourFixeNoteContactRow(note_id=note.id, contact_id=contact_id))


def remove_note(session: Session, note_id: uuid.UUID) -> None:
    row = session.get(JourFixeNoteRow, note_id)
    if row is not None:
        row.deleted_at = utc_now()
