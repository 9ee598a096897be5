"""The people on both sides of an account (SPEC §4): the customer's contacts, the own team,
and which colleague looks after whom."""

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kamdesk.domain.classification import HierarchyLevel, StatusLevel
from kamdesk.domain.errors import FieldIssue, InvalidContact, InvalidTeamMember, IssueCode
from kamdesk.domain.text import one_line, trimmed

NAME_MAX = 200
LINE_MAX = 200
PHONE_MAX = 80
INTERVAL_MAX_DAYS = 3650


class BuyingRole(StrEnum):
    """The contact's part in the buying centre, most important first."""

    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    PURCHASER = "purchaser"
    GATEKEEPER = "gatekeeper"
    USER = "user"
    NONE = "none"

    @property
    def rank(self) -> int:
        return _ROLE_RANKS[self]

    @property
    def is_important(self) -> bool:
        """Decision makers, influencers and purchasers decide; they must be covered."""
        return self in IMPORTANT_ROLES


_ROLE_RANKS = {role: rank for rank, role in enumerate(BuyingRole)}
IMPORTANT_ROLES = frozenset(role for role in BuyingRole if role.rank <= BuyingRole.PURCHASER.rank)


class Attitude(StrEnum):
    """The contact's attitude towards us."""

    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    CRITIC = "critic"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Contact:
    id: uuid.UUID
    name: str
    level: HierarchyLevel = HierarchyLevel.SPECIALIST
    unit: str = ""
    function: str = ""
    role: BuyingRole = BuyingRole.NONE
    attitude: Attitude = Attitude.UNKNOWN
    quality: int | None = None  # relationship quality 1 (poor) … 5 (excellent)
    last_contact_on: date | None = None
    interval_days: int | None = None  # overrides the account's contact interval
    email: str = ""
    phone: str = ""

    @property
    def is_important(self) -> bool:
        return self.role.is_important


@dataclass(frozen=True)
class TeamMember:
    id: uuid.UUID
    name: str
    level: HierarchyLevel = HierarchyLevel.SPECIALIST
    function: str = ""
    email: str = ""


@dataclass(frozen=True)
class Link:
    """A colleague looks after a contact; a contact may have several."""

    contact_id: uuid.UUID
    member_id: uuid.UUID


def level_distance(a: HierarchyLevel, b: HierarchyLevel) -> int | None:
    """How many levels apart two people are; None when only one is an assistant (assistants
    are their own kind: secretariat to secretariat)."""
    if HierarchyLevel.ASSISTANT in (a, b):
        return 0 if a == b else None
    return abs(int(a.value) - int(b.value))


# Days between contacts with the important people of an account, by its status level: a
# Corporate Key Account's decision makers are met more often than an A customer's.
DEFAULT_INTERVAL_DAYS: dict[StatusLevel, int] = {
    StatusLevel.CORPORATE: 30,
    StatusLevel.STRATEGIC: 45,
    StatusLevel.KEY: 60,
    StatusLevel.ACCOUNT: 90,
    StatusLevel.LARGE: 90,
    StatusLevel.A: 120,
    StatusLevel.B: 180,
    StatusLevel.C: 365,
}


def account_interval(level: StatusLevel, own_days: int | None) -> int:
    """The account's own contact interval, else its status level's default."""
    return own_days or DEFAULT_INTERVAL_DAYS[level]


def contact_interval(contact: Contact, account_days: int) -> int:
    """The contact's own interval, else the account's; contacts outside the deciding roles are
    met half as often."""
    if contact.interval_days is not None:
        return contact.interval_days
    return account_days if contact.is_important else 2 * account_days


def validated_contact(contact: Contact) -> Contact:
    contact = _trimmed(contact)
    issues = _person_issues(contact.name, contact.function)
    if len(contact.unit) > LINE_MAX:
        issues.append(FieldIssue("unit", IssueCode.TOO_LONG, LINE_MAX))
    if len(contact.email) > LINE_MAX:
        issues.append(FieldIssue("email", IssueCode.TOO_LONG, LINE_MAX))
    if len(contact.phone) > PHONE_MAX:
        issues.append(FieldIssue("phone", IssueCode.TOO_LONG, PHONE_MAX))
    if contact.quality is not None and not 1 <= contact.quality <= 5:
        issues.append(FieldIssue("quality", IssueCode.BAD_VALUE))
    if contact.interval_days is not None and not 1 <= contact.interval_days <= INTERVAL_MAX_DAYS:
        issues.append(FieldIssue("interval_days", IssueCode.BAD_VALUE))
    if issues:
        raise InvalidContact(tuple(issues))
    return contact


def validated_member(member: TeamMember) -> TeamMember:
    member = dataclasses.replace(
        member, name=one_line(member.name), function=trimmed(member.function)
    )
    issues = _person_issues(member.name, member.function)
    if issues:
        raise InvalidTeamMember(tuple(issues))
    return member


def validated_interval(days: int | None) -> int | None:
    if days is not None and not 1 <= days <= INTERVAL_MAX_DAYS:
        raise InvalidContact((FieldIssue("interval_days", IssueCode.BAD_VALUE),))
    return days


def _trimmed(contact: Contact) -> Contact:
    return dataclasses.replace(
        contact,
        name=one_line(contact.name),
        unit=trimmed(contact.unit),
        function=trimmed(contact.function),
        email=trimmed(contact.email),
        phone=trimmed(contact.phone),
    )


def _person_issues(name: str, function: str) -> list[FieldIssue]:
    issues = [FieldIssue("name", IssueCode.REQUIRED)] if not name else []
    if len(name) > NAME_MAX:
        issues.append(FieldIssue("name", IssueCode.TOO_LONG, NAME_MAX))
    if len(function) > LINE_MAX:
        issues.append(FieldIssue("function", IssueCode.TOO_LONG, LINE_MAX))
    return issues
