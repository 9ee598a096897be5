"""The customer jour fixe against a real store."""

import uuid
from datetime import date

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.jour_fixe import JourFixe, JourFixeNote, NoteSection
from kamdesk.domain.stakeholders import Contact
from kamdesk.services.workspace import Workspace


@pytest.fixture
def account(workspace: Workspace) -> uuid.UUID:
    return workspace.accounts.create(AccountFields(name="Kunde AG")).id


def test_a_meeting_is_kept_moved_on_when_held_and_ended(
    workspace: Workspace, account: uuid.UUID
) -> None:
    service = workspace.jour_fixe
    assert service.meeting(account) is None
    service.save_meeting(account, JourFixe(2, date(2026, 12, 1)))
    assert service.mark_held(account, date(2026, 12, 2)) == JourFixe(2, date(2026, 12, 16))
    assert service.meeting(account) == JourFixe(2, date(2026, 12, 16))
    service.save_meeting(account, None)
    assert service.meeting(account) is None
    service.save_meeting(account, JourFixe(4))
    assert service.meeting(account) == JourFixe(4)


def test_notes_name_their_contacts_and_feed_the_learnings(
    workspace: Workspace, account: uuid.UUID
) -> None:
    anna = workspace.stakeholders.save_contact(account, Contact(uuid.uuid4(), "Anna Groß"))
    bernd = workspace.stakeholders.save_contact(account, Contact(uuid.uuid4(), "Bernd Weiß"))
    service = workspace.jour_fixe
    old = service.save_note(
        account,
        JourFixeNote(
            uuid.uuid4(), date(2026, 10, 1), NoteSection.NEEDS, "Sucht 2. Lieferanten", (anna.id,)
        ),
    )
    new = service.save_note(
        account,
        JourFixeNote(
            uuid.uuid4(), date(2026, 11, 1), NoteSection.IDEAS, "VMI-Pilot", (anna.id, bernd.id)
        ),
    )
    assert service.notes(account) == [new, old]
    assert service.learnings(account, anna.id) == [new, old]
    service.save_note(
        account, JourFixeNote(new.id, new.held_on, new.section, new.text, (bernd.id,))
    )
    assert service.learnings(account, anna.id) == [old]
    service.remove_note(old.id)
    assert service.learnings(account, anna.id) == []
