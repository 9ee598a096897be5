import uuid
from datetime import date

import pytest

from kamdesk.domain.errors import InvalidJourFixe, InvalidNote
from kamdesk.domain.jour_fixe import (
    JourFixe,
    JourFixeNote,
    NoteSection,
    latest_learnings,
    validated_jour_fixe,
    validated_note,
)


def note(day: int, *contacts: uuid.UUID) -> JourFixeNote:
    return JourFixeNote(
        uuid.uuid4(), date(2026, 11, day), NoteSection.NEEDS, f"Tag {day}", contacts
    )


def test_a_held_meeting_sets_the_next_one_an_interval_later() -> None:
    assert JourFixe(2, date(2026, 11, 1)).held(date(2026, 11, 3)).next_on == date(2026, 11, 17)


@pytest.mark.parametrize("weeks", [0, 53])
def test_an_interval_outside_one_to_52_weeks_is_refused(weeks: int) -> None:
    with pytest.raises(InvalidJourFixe):
        validated_jour_fixe(JourFixe(weeks))


def test_an_empty_note_is_refused() -> None:
    with pytest.raises(InvalidNote):
        validated_note(JourFixeNote(uuid.uuid4(), date(2026, 1, 1), NoteSection.IDEAS, "  "))


def test_a_note_names_each_contact_once() -> None:
    anna = uuid.uuid4()
    assert validated_note(note(1, anna, anna)).contact_ids == (anna,)


def test_latest_learnings_about_a_contact_come_newest_first() -> None:
    anna, bernd = uuid.uuid4(), uuid.uuid4()
    notes = [note(3, anna), note(9, anna, bernd), note(5, bernd), note(7, anna), note(1, anna)]
    assert [n.held_on.day for n in latest_learnings(notes, anna)] == [9, 7, 3]
    assert [n.held_on.day for n in latest_learnings(notes, bernd, limit=5)] == [9, 5]
