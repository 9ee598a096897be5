import uuid

import pytest

from kamdesk.domain.classification import HierarchyLevel as L
from kamdesk.domain.errors import InvalidContact, InvalidTeamMember, IssueCode
from kamdesk.domain.stakeholders import (
    BuyingRole,
    Contact,
    TeamMember,
    contact_interval,
    level_distance,
    validated_contact,
    validated_member,
)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        (L.EXECUTIVE, L.EXECUTIVE, 0),
        (L.EXECUTIVE, L.SPECIALIST, 4),
        (L.TEAM_LEAD, L.DIVISION_HEAD, 2),
        (L.ASSISTANT, L.ASSISTANT, 0),
        (L.ASSISTANT, L.EXECUTIVE, None),
        (L.SPECIALIST, L.ASSISTANT, None),
    ],
)
def test_level_distance(a: L, b: L, distance: int | None) -> None:
    assert level_distance(a, b) == distance


@pytest.mark.parametrize(
    ("role", "important"),
    [
        (BuyingRole.DECISION_MAKER, True),
        (BuyingRole.INFLUENCER, True),
        (BuyingRole.PURCHASER, True),
        (BuyingRole.GATEKEEPER, False),
        (BuyingRole.USER, False),
        (BuyingRole.NONE, False),
    ],
)
def test_the_deciding_roles_are_important(role: BuyingRole, important: bool) -> None:
    assert role.is_important is important


def test_intervals_come_from_the_contact_then_the_account() -> None:
    boss = Contact(uuid.uuid4(), "Chef", role=BuyingRole.DECISION_MAKER)
    user = Contact(uuid.uuid4(), "Anwender", role=BuyingRole.USER)
    assert (contact_interval(boss, 30), contact_interval(user, 30)) == (30, 60)
    assert contact_interval(Contact(uuid.uuid4(), "X", interval_days=7), 30) == 7


def test_a_contact_is_trimmed() -> None:
    contact = validated_contact(Contact(uuid.uuid4(), "  Anna   Groß ", email=" a@b.de "))
    assert (contact.name, contact.email) == ("Anna Groß", "a@b.de")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name": " "}, "name", IssueCode.REQUIRED),
        ({"quality": 0}, "quality", IssueCode.BAD_VALUE),
        ({"quality": 6}, "quality", IssueCode.BAD_VALUE),
        ({"interval_days": 0}, "interval_days", IssueCode.BAD_VALUE),
        ({"phone": "1" * 81}, "phone", IssueCode.TOO_LONG),
        ({"unit": "u" * 201}, "unit", IssueCode.TOO_LONG),
    ],
)
def test_a_broken_contact_names_the_field(
    changes: dict[str, object], field: str, code: IssueCode
) -> None:
    base = {"id": uuid.uuid4(), "name": "Anna"}
    with pytest.raises(InvalidContact) as raised:
        validated_contact(Contact(**{**base, **changes}))  # type: ignore[arg-type]
    assert [(i.field, i.code) for i in raised.value.issues] == [(field, code)]


@pytest.mark.parametrize("quality", [1, 5, None])
def test_quality_from_one_to_five_or_unknown_is_fine(quality: int | None) -> None:
    assert validated_contact(Contact(uuid.uuid4(), "Anna", quality=quality)).quality == quality


def test_a_team_member_needs_a_name() -> None:
    with pytest.raises(InvalidTeamMember):
        validated_member(TeamMember(uuid.uuid4(), " "))
