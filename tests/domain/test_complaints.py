import uuid
from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.complaints import (
    Complaint,
    ComplaintStatus,
    average_resolution_days,
    validated_complaint,
)
from kamdesk.domain.errors import InvalidComplaint

RECEIVED = date(2026, 10, 1)


def complaint(
    status: ComplaintStatus = ComplaintStatus.OPEN, resolved_on: date | None = None
) -> Complaint:
    return Complaint(
        uuid.uuid4(), RECEIVED, "Falsche Lieferung", status=status, resolved_on=resolved_on
    )


def test_a_resolved_complaint_knows_its_days_to_resolution() -> None:
    resolved = complaint(ComplaintStatus.RESOLVED, date(2026, 10, 11))
    assert resolved.resolution_days == 10
    assert resolved.open_days(date(2026, 11, 1)) is None


@pytest.mark.parametrize("status", [ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS])
def test_an_open_complaint_counts_its_age_and_has_no_resolution_time(
    status: ComplaintStatus,
) -> None:
    waiting = complaint(status)
    assert waiting.open_days(date(2026, 10, 31)) == 30
    assert waiting.resolution_days is None


def test_the_average_counts_resolved_complaints_only() -> None:
    complaints = [
        complaint(ComplaintStatus.RESOLVED, date(2026, 10, 2)),
        complaint(ComplaintStatus.RESOLVED, date(2026, 10, 5)),
        complaint(),
    ]
    assert average_resolution_days(complaints) == Decimal("2.5")


def test_no_resolved_complaint_means_no_average() -> None:
    assert average_resolution_days([complaint()]) is None


def test_a_resolved_complaint_needs_its_resolution_date() -> None:
    with pytest.raises(InvalidComplaint):
        validated_complaint(complaint(ComplaintStatus.RESOLVED))


def test_a_resolution_before_the_receipt_is_refused() -> None:
    with pytest.raises(InvalidComplaint):
        validated_complaint(complaint(ComplaintStatus.RESOLVED, date(2026, 9, 30)))


def test_resolution_on_the_day_of_receipt_is_fine() -> None:
    assert validated_complaint(complaint(ComplaintStatus.RESOLVED, RECEIVED)).resolution_days == 0


def test_reopening_a_complaint_clears_its_resolution_date() -> None:
    assert validated_complaint(complaint(resolved_on=date(2026, 10, 5))).resolved_on is None


@pytest.mark.parametrize("topic", ["", "   ", "x" * 201])
def test_a_topic_is_required_and_fits_a_line(topic: str) -> None:
    with pytest.raises(InvalidComplaint):
        validated_complaint(Complaint(uuid.uuid4(), RECEIVED, topic))
