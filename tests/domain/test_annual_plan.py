import uuid
from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.annual_plan import (
    Action,
    ActionStatus,
    Goal,
    GoalKind,
    validated_action,
    validated_goal,
)
from kamdesk.domain.errors import InvalidGoal, InvalidTitle

TODAY = date(2026, 11, 23)


def action(due: date | None, status: ActionStatus = ActionStatus.OPEN) -> Action:
    return Action(uuid.uuid4(), "Angebot nachfassen", due, status)


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        (date(2026, 11, 22), ActionStatus.OPEN, True),
        (date(2026, 11, 22), ActionStatus.IN_PROGRESS, True),
        (date(2026, 11, 23), ActionStatus.OPEN, False),  # due today is not late yet
        (date(2026, 11, 22), ActionStatus.DONE, False),
        (date(2026, 11, 22), ActionStatus.CANCELLED, False),
        (None, ActionStatus.OPEN, False),
    ],
)
def test_overdue_means_past_due_and_unfinished(
    due: date | None, status: ActionStatus, overdue: bool
) -> None:
    assert action(due, status).is_overdue(TODAY) is overdue


@pytest.mark.parametrize(
    ("target", "actual", "progress"),
    [
        ("1000000", "750000", 75),
        ("200", "250", 125),
        ("0", "10", None),
        (None, "1", None),
        ("100", None, None),
    ],
)
def test_goal_progress(target: str | None, actual: str | None, progress: int | None) -> None:
    goal = Goal(
        uuid.uuid4(),
        2026,
        GoalKind.REVENUE,
        target=None if target is None else Decimal(target),
        actual=None if actual is None else Decimal(actual),
    )
    assert goal.progress == (None if progress is None else Decimal(progress))


def test_strategic_goal_needs_words() -> None:
    with pytest.raises(InvalidGoal):
        validated_goal(Goal(uuid.uuid4(), 2026, GoalKind.STRATEGIC, title="  "))
    validated_goal(Goal(uuid.uuid4(), 2026, GoalKind.REVENUE))


def test_action_needs_a_title() -> None:
    with pytest.raises(InvalidTitle):
        validated_action(Action(uuid.uuid4(), ""))
