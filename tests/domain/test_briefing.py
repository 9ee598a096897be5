import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest

from kamdesk.domain.briefing import (
    Attendee,
    PointKind,
    VisitPlan,
    latest_figures,
    talking_points,
    trend,
    validated_visit,
)
from kamdesk.domain.complaints import Complaint, ComplaintStatus
from kamdesk.domain.errors import InvalidVisit
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.penetration import Offering, Unit, WhiteSpot
from kamdesk.domain.stakeholders import Contact
from kamdesk.domain.warning_signals import Signal, SignalKind

VISIT = date(2026, 11, 24)


def complaint(days_old: int, status: ComplaintStatus = ComplaintStatus.OPEN) -> Complaint:
    resolved = VISIT if status == ComplaintStatus.RESOLVED else None
    received = VISIT - timedelta(days=days_old)
    return Complaint(
        uuid.uuid4(), received, f"Thema {days_old}", status=status, resolved_on=resolved
    )


def spot(potential: int) -> WhiteSpot:
    return WhiteSpot(
        Unit(uuid.uuid4(), "Werk Ulm"), Offering(uuid.uuid4(), "Wartung"), Decimal(potential)
    )


def points(**changes: object) -> list[PointKind]:
    inputs: dict[str, object] = {
        "complaints": (),
        "signals": (),
        "attendees": (),
        "review_due_on": None,
        "white_space": (),
    } | changes
    return [p.kind for p in talking_points(VISIT, **inputs)]  # type: ignore[arg-type]


def test_nothing_on_record_gives_no_points() -> None:
    assert points() == []


def test_open_complaints_come_first_oldest_first_at_most_three() -> None:
    found = talking_points(VISIT, [complaint(d) for d in (3, 40, 10, 90)], (), (), None, ())
    assert [(p.kind, p.days) for p in found] == [
        (PointKind.COMPLAINT, 90),
        (PointKind.COMPLAINT, 40),
        (PointKind.COMPLAINT, 10),
    ]


def test_resolved_complaints_are_not_talking_points() -> None:
    assert points(complaints=[complaint(5, ComplaintStatus.RESOLVED)]) == []


def test_the_order_is_complaints_warnings_people_review_white_space() -> None:
    stale = Attendee(Contact(uuid.uuid4(), "Anna Berg"), stale_days=200)
    found = points(
        complaints=[complaint(2)],
        signals=[Signal(SignalKind.TALKS_TO_COMPETITORS, Decimal(1))],
        attendees=[stale],
        review_due_on=VISIT + timedelta(days=30),
        white_space=[spot(5000)],
    )
    assert found == [
        PointKind.COMPLAINT,
        PointKind.WARNING,
        PointKind.STALE_CONTACT,
        PointKind.STATUS_REVIEW,
        PointKind.WHITE_SPACE,
    ]


@pytest.mark.parametrize(("days", "mentioned"), [(-1, False), (0, True), (90, True), (91, False)])
def test_a_status_review_within_90_days_is_mentioned(days: int, mentioned: bool) -> None:
    found = points(review_due_on=VISIT + timedelta(days=days))
    assert (PointKind.STATUS_REVIEW in found) is mentioned


def test_white_space_offers_the_top_three() -> None:
    found = talking_points(VISIT, (), (), (), None, [spot(p) for p in (9, 8, 7, 6)])
    assert [p.amount for p in found] == [Decimal(9), Decimal(8), Decimal(7)]
    assert found[0].subject == "Wartung – Werk Ulm"


def test_contacts_met_in_time_are_not_mentioned() -> None:
    assert points(attendees=[Attendee(Contact(uuid.uuid4(), "Anna Berg"))]) == []


@pytest.mark.parametrize(
    ("previous", "latest", "expected"),
    [("1", "2", 1), ("2", "1", -1), ("2", "2", 0), (None, "2", 0), ("2", None, 0)],
)
def test_trend(previous: str | None, latest: str | None, expected: int) -> None:
    as_decimal = lambda v: None if v is None else Decimal(v)  # noqa: E731
    assert trend(as_decimal(previous), as_decimal(latest)) == expected


def test_the_latest_three_years_oldest_first() -> None:
    figures = [KeyFigures(year) for year in (2025, 2021, 2024, 2023)]
    assert [f.year for f in latest_figures(figures)] == [2023, 2024, 2025]


def test_a_visit_names_each_person_once_and_trims_its_purpose() -> None:
    anna = uuid.uuid4()
    plan = validated_visit(VisitPlan(VISIT, (anna, anna), (), "  Jahresgespräch "))
    assert (plan.contact_ids, plan.purpose) == ((anna,), "Jahresgespräch")


def test_a_purpose_longer_than_500_characters_is_refused() -> None:
    with pytest.raises(InvalidVisit):
        validated_visit(VisitPlan(VISIT, purpose="x" * 501))
