"""Warning signals (SPEC §5): what in an account's data says the relationship is in danger,
each against a documented threshold, and when to propose the move to "endangered"."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kamdesk.domain.complaints import Complaint
from kamdesk.domain.errors import FieldIssue, InvalidSignalRules, IssueCode
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.lifecycle import Phase


class SignalKind(StrEnum):
    OPEN_COMPLAINTS = "open_complaints"
    OLD_COMPLAINT = "old_complaint"
    FALLING_SATISFACTION = "falling_satisfaction"
    FALLING_REVENUE = "falling_revenue"
    NO_CONTACT = "no_contact"
    TALKS_TO_COMPETITORS = "talks_to_competitors"


@dataclass(frozen=True)
class SignalRules:
    """Thresholds; a signal fires when its value reaches the threshold."""

    open_complaints: int = 2  # open complaints at once
    complaint_days: int = 30  # an open complaint older than this (also a reminder)
    satisfaction_drop: Decimal = Decimal("0.5")  # points (1–5) below the year before
    revenue_drop_percent: Decimal = Decimal(10)  # percent below the year before
    no_contact_days: int = 90  # since the last contact with any important contact (at
    # least the account's contact interval: a C customer met once a year is not lost)


RULE_LIMITS: dict[str, tuple[Decimal, Decimal]] = {
    "open_complaints": (Decimal(1), Decimal(99)),
    "complaint_days": (Decimal(1), Decimal(365)),
    "satisfaction_drop": (Decimal("0.1"), Decimal(4)),
    "revenue_drop_percent": (Decimal(1), Decimal(100)),
    "no_contact_days": (Decimal(1), Decimal(730)),
}


def validated_rules(rules: SignalRules) -> SignalRules:
    issues = [
        FieldIssue(f.name, IssueCode.BAD_VALUE)
        for f in fields(rules)
        if not RULE_LIMITS[f.name][0] <= Decimal(getattr(rules, f.name)) <= RULE_LIMITS[f.name][1]
    ]
    if issues:
        raise InvalidSignalRules(tuple(issues))
    return rules


@dataclass(frozen=True)
class Signal:
    kind: SignalKind
    value: Decimal  # the measured count, days, points or percent
    threshold: Decimal | None = None  # None for a flag


REVENUE, SATISFACTION = "revenue", "satisfaction"
COMPARED_FIGURES = (REVENUE, SATISFACTION)  # the key figures a signal compares, year on year


@dataclass(frozen=True)
class SignalInputs:
    complaints: Sequence[Complaint] = ()
    figures: Sequence[KeyFigures] = ()
    last_important_contact_on: date | None = None  # None: no important contact ever met
    talks_to_competitors: bool = False
    contact_interval_days: int = 0  # the account's contact interval


def warning_signals(inputs: SignalInputs, rules: SignalRules, today: date) -> list[Signal]:
    """The signals that fire, in SignalKind order."""
    found = [
        _open_complaints(inputs.complaints, rules),
        _old_complaint(inputs.complaints, rules, today),
        _drop(inputs.figures, SATISFACTION, rules.satisfaction_drop, percent=False),
        _drop(inputs.figures, REVENUE, rules.revenue_drop_percent, percent=True),
        _no_contact(inputs, rules, today),
        Signal(SignalKind.TALKS_TO_COMPETITORS, Decimal(1))
        if inputs.talks_to_competitors
        else None,
    ]
    return [signal for signal in found if signal is not None]


def _open_complaints(complaints: Iterable[Complaint], rules: SignalRules) -> Signal | None:
    count = sum(c.is_open for c in complaints)
    if count < rules.open_complaints:
        return None
    return Signal(SignalKind.OPEN_COMPLAINTS, Decimal(count), Decimal(rules.open_complaints))


def _old_complaint(
    complaints: Iterable[Complaint], rules: SignalRules, today: date
) -> Signal | None:
    oldest = max((d for c in complaints if (d := c.open_days(today)) is not None), default=None)
    if oldest is None or oldest < rules.complaint_days:
        return None
    return Signal(SignalKind.OLD_COMPLAINT, Decimal(oldest), Decimal(rules.complaint_days))


def _drop(
    figures: Sequence[KeyFigures], name: str, threshold: Decimal, *, percent: bool
) -> Signal | None:
    """Compare the two latest years that have the figure; the drop in points or percent."""
    values = [v for f in sorted(figures, key=lambda f: f.year) if (v := getattr(f, name))]
    if len(values) < 2 or values[-1] >= values[-2]:
        return None
    previous, latest = values[-2], values[-1]
    drop = (previous - latest) * 100 / previous if percent else previous - latest
    drop = drop.quantize(Decimal("0.1"))
    if drop < threshold:
        return None
    kind = SignalKind.FALLING_REVENUE if percent else SignalKind.FALLING_SATISFACTION
    return Signal(kind, drop, threshold)


def _no_contact(inputs: SignalInputs, rules: SignalRules, today: date) -> Signal | None:
    """Only a relationship that had contact can lose it; never-met contacts are the map's
    finding, not a warning. The threshold is at least the account's contact interval."""
    last = inputs.last_important_contact_on
    if last is None:
        return None
    days = (today - last).days
    threshold = max(rules.no_contact_days, inputs.contact_interval_days)
    if days < threshold:
        return None
    return Signal(SignalKind.NO_CONTACT, Decimal(days), Decimal(threshold))


def proposes_endangered(
    phase: Phase, signals: Iterable[Signal], dismissed: frozenset[SignalKind]
) -> bool:
    """Propose the move while the phase is sound and a signal fires that the KAM has not
    already dismissed; a dismissal holds until a new kind of signal fires."""
    fired = {signal.kind for signal in signals}
    return phase.may_become_endangered and bool(fired - dismissed)
