import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest

from kamdesk.domain.complaints import Complaint, ComplaintStatus
from kamdesk.domain.errors import InvalidSignalRules
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.warning_signals import (
    Signal,
    SignalInputs,
    SignalKind,
    SignalRules,
    proposes_endangered,
    validated_rules,
    warning_signals,
)

TODAY = date(2026, 11, 23)
RULES = SignalRules()


def kinds(inputs: SignalInputs, rules: SignalRules = RULES) -> list[SignalKind]:
    return [s.kind for s in warning_signals(inputs, rules, TODAY)]


def open_complaint(days_old: int, status: ComplaintStatus = ComplaintStatus.OPEN) -> Complaint:
    resolved = TODAY if status == ComplaintStatus.RESOLVED else None
    return Complaint(
        uuid.uuid4(),
        TODAY - timedelta(days=days_old),
        "Lieferverzug",
        status=status,
        resolved_on=resolved,
    )


def test_a_quiet_account_fires_nothing() -> None:
    assert kinds(SignalInputs()) == []


@pytest.mark.parametrize(("count", "fires"), [(1, False), (2, True), (3, True)])
def test_open_complaints_fire_from_the_threshold(count: int, fires: bool) -> None:
    inputs = SignalInputs(complaints=[open_complaint(1) for _ in range(count)])
    assert (SignalKind.OPEN_COMPLAINTS in kinds(inputs)) is fires


def test_resolved_complaints_do_not_count_as_open() -> None:
    complaints = [open_complaint(1), open_complaint(40, ComplaintStatus.RESOLVED)]
    assert kinds(SignalInputs(complaints=complaints)) == []


def test_a_complaint_in_progress_is_still_open() -> None:
    complaints = [open_complaint(1), open_complaint(1, ComplaintStatus.IN_PROGRESS)]
    assert kinds(SignalInputs(complaints=complaints)) == [SignalKind.OPEN_COMPLAINTS]


@pytest.mark.parametrize(("days", "fires"), [(29, False), (30, True), (31, True)])
def test_an_old_open_complaint_fires_from_its_age_threshold(days: int, fires: bool) -> None:
    signals = warning_signals(SignalInputs(complaints=[open_complaint(days)]), RULES, TODAY)
    assert signals == (
        [Signal(SignalKind.OLD_COMPLAINT, Decimal(days), Decimal(30))] if fires else []
    )


def figures(name: str, *values: str | None) -> list[KeyFigures]:
    return [
        KeyFigures(2023 + i, **{name: None if v is None else Decimal(v)})
        for i, v in enumerate(values)
    ]


@pytest.mark.parametrize(
    ("values", "fires"),
    [
        (("4.0", "3.6"), False),
        (("4.0", "3.5"), True),
        (("4.0", "3.0"), True),
        (("3.0", "4.0"), False),
        (("4.0",), False),
        (("4.0", "3.0", "3.2"), False),  # recovering: the latest two decide
        (("4.0", "3.4", None), True),  # a year without the figure is skipped
    ],
)
def test_falling_satisfaction_fires_from_half_a_point(
    values: tuple[str | None, ...], fires: bool
) -> None:
    inputs = SignalInputs(figures=figures("satisfaction", *values))
    assert (SignalKind.FALLING_SATISFACTION in kinds(inputs)) is fires


@pytest.mark.parametrize(
    ("values", "fires"),
    [(("100000", "90100"), False), (("100000", "90000"), True), (("100000", "120000"), False)],
)
def test_falling_revenue_fires_from_ten_percent(values: tuple[str, ...], fires: bool) -> None:
    inputs = SignalInputs(figures=figures("revenue", *values))
    assert (SignalKind.FALLING_REVENUE in kinds(inputs)) is fires


def test_the_revenue_signal_reports_the_drop_in_percent() -> None:
    signals = warning_signals(
        SignalInputs(figures=figures("revenue", "80000", "60000")), RULES, TODAY
    )
    assert signals[0].value == Decimal("25.0")


def test_revenue_falling_from_zero_cannot_fire() -> None:
    assert kinds(SignalInputs(figures=figures("revenue", "0", "0"))) == []


@pytest.mark.parametrize(("days", "fires"), [(89, False), (90, True), (400, True)])
def test_no_contact_fires_after_the_threshold(days: int, fires: bool) -> None:
    inputs = SignalInputs(last_important_contact_on=TODAY - timedelta(days=days))
    assert (SignalKind.NO_CONTACT in kinds(inputs)) is fires


@pytest.mark.parametrize(("days", "fires"), [(364, False), (365, True)])
def test_no_contact_waits_for_a_longer_account_interval(days: int, fires: bool) -> None:
    inputs = SignalInputs(
        last_important_contact_on=TODAY - timedelta(days=days), contact_interval_days=365
    )
    assert (SignalKind.NO_CONTACT in kinds(inputs)) is fires


def test_never_met_is_not_a_lost_contact() -> None:
    assert kinds(SignalInputs(last_important_contact_on=None)) == []


def test_talking_to_competitors_fires_on_its_own() -> None:
    assert kinds(SignalInputs(talks_to_competitors=True)) == [SignalKind.TALKS_TO_COMPETITORS]


def test_thresholds_come_from_the_rules() -> None:
    inputs = SignalInputs(complaints=[open_complaint(10)])
    assert kinds(inputs, SignalRules(open_complaints=1, complaint_days=10)) == [
        SignalKind.OPEN_COMPLAINTS,
        SignalKind.OLD_COMPLAINT,
    ]


@pytest.mark.parametrize(
    "rules",
    [
        SignalRules(open_complaints=0),
        SignalRules(complaint_days=0),
        SignalRules(satisfaction_drop=Decimal(5)),
        SignalRules(revenue_drop_percent=Decimal(101)),
        SignalRules(no_contact_days=0),
    ],
)
def test_rules_outside_their_range_are_refused(rules: SignalRules) -> None:
    with pytest.raises(InvalidSignalRules):
        validated_rules(rules)


COMPLAINTS = [Signal(SignalKind.OPEN_COMPLAINTS, Decimal(2), Decimal(2))]
REVENUE = [Signal(SignalKind.FALLING_REVENUE, Decimal(12), Decimal(10))]


@pytest.mark.parametrize("phase", list(Phase))
def test_endangered_is_proposed_only_from_a_sound_phase(phase: Phase) -> None:
    sound = phase in (Phase.ACQUISITION, Phase.RETENTION)  # SPEC §5: not yet at risk
    assert proposes_endangered(phase, COMPLAINTS, frozenset()) is sound


def test_no_signal_no_proposal() -> None:
    assert not proposes_endangered(Phase.RETENTION, [], frozenset())


def test_a_dismissed_proposal_is_not_repeated_for_the_same_signals() -> None:
    dismissed = frozenset({SignalKind.OPEN_COMPLAINTS})
    assert not proposes_endangered(Phase.RETENTION, COMPLAINTS, dismissed)


def test_a_dismissed_proposal_returns_when_a_new_signal_fires() -> None:
    dismissed = frozenset({SignalKind.OPEN_COMPLAINTS})
    assert proposes_endangered(Phase.RETENTION, COMPLAINTS + REVENUE, dismissed)


def test_fewer_signals_than_dismissed_propose_nothing() -> None:
    dismissed = frozenset({SignalKind.OPEN_COMPLAINTS, SignalKind.FALLING_REVENUE})
    assert not proposes_endangered(Phase.RETENTION, REVENUE, dismissed)
