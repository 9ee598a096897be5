"""Jour-fixe use cases: the account's recurring meeting and what was learned in it."""

import uuid
from datetime import date

from kamdesk.domain.jour_fixe import (
    JourFixe,
    JourFixeNote,
    latest_learnings,
    validated_jour_fixe,
    validated_note,
)
from kamdesk.services.transactions import Transactions
from kamdesk.store import jour_fixe as queries


class JourFixeService:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def meeting(self, account_id: uuid.UUID) -> JourFixe | None:
        with self._transactions.read() as session:
            return queries.meeting(session, account_id)

    def save_meeting(self, account_id: uuid.UUID, meeting: JourFixe | None) -> None:
        """None ends the recurring meeting; its notes stay."""
        meeting = None if meeting is None else validated_jour_fixe(meeting)
        with self._transactions.write() as session:
            queries.put_meeting(session, account_id, meeting)

    def mark_held(self, account_id: uuid.UUID, on: date) -> JourFixe | None:
        """The meeting took place: the next date moves one interval on."""
        with self._transactions.write() as session:
            meeting = queries.meeting(session, account_id)
            if meeting is not None:
                meeting = meeting.held(on)
                queries.put_meeting(session, account_id, meeting)
        return meeting

    def notes(self, account_id: uuid.UUID) -> list[JourFixeNote]:
        with self._transactions.read() as session:
            return queries.notes(session, account_id)

    def save_note(self, account_id: uuid.UUID, note: JourFixeNote) -> JourFixeNote:
        note = validated_note(note)
        with self._transactions.write() as session:
            queries.put_note(session, account_id, note)
        return note

    def remove_note(self, note_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            queries.remove_note(session, note_id)

    def learnings(self, account_id: uuid.UUID, contact_id: uuid.UUID) -> list[JourFixeNote]:
        """The latest things learned about a contact, newest first."""
        return latest_learnings(self.notes(account_id), contact_id)
