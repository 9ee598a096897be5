"""Complaint management (Beschwerdemanagement, SPEC §5): complaints per account and how fast
they were resolved — fast reaction is a key figure."""

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kamdesk.domain.errors import FieldIssue, InvalidComplaint, IssueCode
from kamdesk.domain.text import one_line, trimmed

TOPIC_MAX = 200
NAME_MAX = 200


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"

    @property
    def is_open(self) -> bool:
        return self != ComplaintStatus.RESOLVED


@dataclass(frozen=True)
class Complaint:
    id: uuid.UUID
    received_on: date
    topic: str
    severity: Severity = Severity.MEDIUM
    status: ComplaintStatus = ComplaintStatus.OPEN
    resolved_on: date | None = None
    owner: str = ""

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    @property
    def resolution_days(self) -> int | None:
        """Days from receipt to resolution; None while the complaint is open."""
        if self.resolved_on is None or self.is_open:
            return None
        return (self.resolved_on - self.received_on).days

    def open_days(self, today: date) -> int | None:
        """How long an open complaint has been waiting; None once resolved."""
        return (today - self.received_on).days if self.is_open else None


def average_resolution_days(complaints: Iterable[Complaint]) -> Decimal | None:
    days = [d for c in complaints if (d := c.resolution_days) is not None]
    if not days:
        return None
    return (Decimal(sum(days)) / len(days)).quantize(Decimal("0.1"))


def validated_complaint(complaint: Complaint) -> Complaint:
    """Trimmed; a resolved complaint has a resolution date no earlier than its receipt, an open
    one has none."""
    complaint = dataclasses.replace(
        complaint,
        topic=one_line(complaint.topic),
        owner=trimmed(complaint.owner),
        resolved_on=None if complaint.is_open else complaint.resolved_on,
    )
    issues = []
    if not complaint.topic:
        issues.append(FieldIssue("topic", IssueCode.REQUIRED))
    if len(complaint.topic) > TOPIC_MAX:
        issues.append(FieldIssue("topic", IssueCode.TOO_LONG, TOPIC_MAX))
    if len(complaint.owner) > NAME_MAX:
        issues.append(FieldIssue("owner", IssueCode.TOO_LONG, NAME_MAX))
    if not complaint.is_open and complaint.resolved_on is None:
        issues.append(FieldIssue("resolved_on", IssueCode.REQUIRED))
    if complaint.resolved_on is not None and complaint.resolved_on < complaint.received_on:
        issues.append(FieldIssue("resolved_on", IssueCode.BAD_VALUE))
    if issues:
        raise InvalidComplaint(tuple(issues))
    return complaint
