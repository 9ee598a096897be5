"""The annual plan (Jahresplan, SPEC §3): the year's goals and the actions that reach them."""

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kamdesk.domain.errors import FieldIssue, InvalidGoal, InvalidTitle, IssueCode

TITLE_MAX = 200


class GoalKind(StrEnum):
    REVENUE = "revenue"
    MARGIN = "margin"
    SHARE_OF_WALLET = "share_of_wallet"
    STRATEGIC = "strategic"  # a goal in words, e.g. "framework contract for all sites"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_finished(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.CANCELLED)


@dataclass(frozen=True)
class Goal:
    id: uuid.UUID
    year: int
    kind: GoalKind
    title: str = ""
    target: Decimal | None = None
    actual: Decimal | None = None

    @property
    def progress(self) -> Decimal | None:
        """Actual against target in percent; None where there is nothing to measure."""
        if self.target is None or self.actual is None or self.target == 0:
            return None
        return (self.actual * 100 / self.target).quantize(Decimal(1))


@dataclass(frozen=True)
class Action:
    id: uuid.UUID
    title: str
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    owner: str = ""  # a team member's name
    goal_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None  # the customer's contact the action concerns

    def is_overdue(self, today: date) -> bool:
        return self.due_on is not None and self.due_on < today and not self.status.is_finished


def validated_goal(goal: Goal) -> Goal:
    issues = []
    if goal.kind == GoalKind.STRATEGIC and not goal.title.strip():
        issues.append(FieldIssue("title", IssueCode.REQUIRED))
    if len(goal.title) > TITLE_MAX:
        issues.append(FieldIssue("title", IssueCode.TOO_LONG, TITLE_MAX))
    if issues:
        raise InvalidGoal(tuple(issues))
    return goal


def check_title(title: str) -> None:
    """Plan items are named: not empty, not longer than a line."""
    if not title.strip():
        raise InvalidTitle((FieldIssue("title", IssueCode.REQUIRED),))
    if len(title) > TITLE_MAX:
        raise InvalidTitle((FieldIssue("title", IssueCode.TOO_LONG, TITLE_MAX),))


def validated_action(action: Action) -> Action:
    check_title(action.title)
    return action
