"""The customer jour fixe (SPEC §4): a recurring internal meeting per account where everyone
with contact shares what they learned, kept as notes in sections and linked to the contacts
they concern."""

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kamdesk.domain.errors import FieldIssue, InvalidJourFixe, InvalidNote, IssueCode

NOTE_MAX = 20_000
INTERVAL_MAX_WEEKS = 52


class NoteSection(StrEnum):
    NEEDS = "needs"
    SATISFACTION = "satisfaction"
    IDEAS = "ideas"  # future ideas
    DEVELOPMENTS = "developments"  # at the customer and around it


@dataclass(frozen=True)
class JourFixe:
    interval_weeks: int = 4
    next_on: date | None = None

    def held(self, on: date) -> "JourFixe":
        """The meeting took place: the next one is an interval after it."""
        return dataclasses.replace(self, next_on=on + timedelta(weeks=self.interval_weeks))


@dataclass(frozen=True)
class JourFixeNote:
    id: uuid.UUID
    held_on: date
    section: NoteSection
    text: str
    contact_ids: tuple[uuid.UUID, ...] = ()


def validated_jour_fixe(meeting: JourFixe) -> JourFixe:
    if not 1 <= meeting.interval_weeks <= INTERVAL_MAX_WEEKS:
        raise InvalidJourFixe((FieldIssue("interval_weeks", IssueCode.BAD_VALUE),))
    return meeting


def validated_note(note: JourFixeNote) -> JourFixeNote:
    text = note.text.strip()
    if not text:
        raise InvalidNote((FieldIssue("text", IssueCode.REQUIRED),))
    if len(text) > NOTE_MAX:
        raise InvalidNote((FieldIssue("text", IssueCode.TOO_LONG, NOTE_MAX),))
    contact_ids = tuple(dict.fromkeys(note.contact_ids))
    return dataclasses.replace(note, text=text, contact_ids=contact_ids)


def latest_learnings(
    notes: Iterable[JourFixeNote], contact_id: uuid.UUID, limit: int = 3
) -> list[JourFixeNote]:
    """What was learned about a contact, newest first."""
    about = [n for n in notes if contact_id in n.contact_ids]
    return sorted(about, key=lambda n: n.held_on, reverse=True)[:limit]
