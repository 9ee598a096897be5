"""The visit briefing (Besuchsvorbereitung, SPEC §7): what a KAM reads before a customer
visit, and the talking points the data suggests."""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kamdesk.domain.annual_plan import Action
from kamdesk.domain.classification import Scope, StatusLevel
from kamdesk.domain.complaints import Complaint
from kamdesk.domain.errors import FieldIssue, InvalidVisit, IssueCode
from kamdesk.domain.jour_fixe import JourFixeNote
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.penetration import WhiteSpot
from kamdesk.domain.stakeholders import Contact, TeamMember
from kamdesk.domain.warning_signals import Signal

PURPOSE_MAX = 500
FIGURE_YEARS = 3
WHITE_SPACE_SHOWN = 5
REVIEW_SOON_DAYS = 90  # a status review this close is worth a word at the visit
POINTS_PER_KIND = 3


@dataclass(frozen=True)
class VisitPlan:
    visit_on: date
    contact_ids: tuple[uuid.UUID, ...] = ()
    member_ids: tuple[uuid.UUID, ...] = ()
    purpose: str = ""


@dataclass(frozen=True)
class Visit:
    """A planned visit on the account; once it took place, the report is written into it."""

    id: uuid.UUID
    plan: VisitPlan
    report: str = ""


REPORT_MAX = 20_000


def validated_report(report: str) -> str:
    report = report.strip()
    if len(report) > REPORT_MAX:
        raise InvalidVisit((FieldIssue("report", IssueCode.TOO_LONG, REPORT_MAX),))
    return report


def validated_visit(plan: VisitPlan) -> VisitPlan:
    purpose = plan.purpose.strip()
    if len(purpose) > PURPOSE_MAX:
        raise InvalidVisit((FieldIssue("purpose", IssueCode.TOO_LONG, PURPOSE_MAX),))
    return VisitPlan(
        plan.visit_on,
        tuple(dict.fromkeys(plan.contact_ids)),
        tuple(dict.fromkeys(plan.member_ids)),
        purpose,
    )


@dataclass(frozen=True)
class Attendee:
    """A customer contact in the room, and who on our side looks after them."""

    contact: Contact
    counterparts: tuple[TeamMember, ...] = ()
    off_level: bool = False  # nobody of ours on the contact's level
    stale_days: int | None = None  # not met within the interval: days since (or None)
    learnings: tuple[JourFixeNote, ...] = ()


@dataclass(frozen=True)
class Agreement:
    """A counter-performance (quid pro quo) the customer agreed to, and whether it came."""

    kind: str
    text: str
    agreed_on: date
    fulfilled: bool


@dataclass(frozen=True)
class Activity:
    occurred_on: date
    kind: str
    subject: str
    text: str


class PointKind(StrEnum):
    COMPLAINT = "complaint"
    WARNING = "warning"
    STALE_CONTACT = "stale_contact"
    STATUS_REVIEW = "status_review"
    WHITE_SPACE = "white_space"


@dataclass(frozen=True)
class TalkingPoint:
    kind: PointKind
    subject: str = ""  # the complaint's topic, the contact's name, "offering – unit"
    days: int | None = None  # a complaint's age, days since a contact, days to the review
    amount: Decimal | None = None  # the white space's potential
    signal: Signal | None = None


@dataclass(frozen=True)
class Briefing:
    account_name: str
    level: StatusLevel
    scope: Scope
    review_due_on: date | None
    phase: Phase
    coverage: float | None
    score: int | None
    visit: VisitPlan
    figures: tuple[KeyFigures, ...] = ()  # the latest years, oldest first
    attendees: tuple[Attendee, ...] = ()
    team: tuple[TeamMember, ...] = ()  # our people in the room
    open_actions: tuple[Action, ...] = ()
    open_complaints: tuple[Complaint, ...] = ()
    white_space: tuple[WhiteSpot, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    signals: tuple[Signal, ...] = ()
    activities: tuple[Activity, ...] = ()
    notes: tuple[JourFixeNote, ...] = ()
    talking_points: tuple[TalkingPoint, ...] = ()


def latest_figures(
    figures: Iterable[KeyFigures], years: int = FIGURE_YEARS
) -> tuple[KeyFigures, ...]:
    return tuple(sorted(figures, key=lambda f: f.year)[-years:])


def trend(previous: Decimal | None, latest: Decimal | None) -> int:
    """+1 up, -1 down, 0 flat or unknown."""
    if previous is None or latest is None or previous == latest:
        return 0
    return 1 if latest > previous else -1


def talking_points(
    visit_on: date,
    complaints: Sequence[Complaint],
    signals: Sequence[Signal],
    attendees: Sequence[Attendee],
    review_due_on: date | None,
    white_space: Sequence[WhiteSpot],
) -> tuple[TalkingPoint, ...]:
    """What to talk about, most pressing first: complaints to address (oldest first), warning
    signals, people not met for too long, a status review coming up, white space to offer."""
    open_ones = sorted((c for c in complaints if c.is_open), key=lambda c: c.received_on)
    points = [
        TalkingPoint(PointKind.COMPLAINT, c.topic, days=(visit_on - c.received_on).days)
        for c in open_ones[:POINTS_PER_KIND]
    ]
    points += [TalkingPoint(PointKind.WARNING, signal=s) for s in signals]
    stale = sorted(
        (a for a in attendees if a.stale_days is not None),
        key=lambda a: -(a.stale_days or 0),
    )
    points += [
        TalkingPoint(PointKind.STALE_CONTACT, a.contact.name, days=a.stale_days) for a in stale
    ]
    if review_due_on is not None and 0 <= (review_due_on - visit_on).days <= REVIEW_SOON_DAYS:
        points.append(TalkingPoint(PointKind.STATUS_REVIEW, days=(review_due_on - visit_on).days))
    points += [
        TalkingPoint(
            PointKind.WHITE_SPACE, f"{spot.offering.name} – {spot.unit.name}", amount=spot.potential
        )
        for spot in white_space[:POINTS_PER_KIND]
    ]
    return tuple(points)
