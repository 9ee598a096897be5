"""Plan queries: goals and actions of one account and year, joint value projects."""

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.annual_plan import Action, ActionStatus, Goal
from kamdesk.domain.value_projects import ValueProject
from kamdesk.store.column_types import utc_now
from kamdesk.store.models import (
    ContactRow,
    PlanActionRow,
    PlanGoalRow,
    TeamMemberRow,
    ValueProjectRow,
)


def goals(session: Session, account_id: uuid.UUID, year: int) -> list[Goal]:
    rows = session.scalars(
        select(PlanGoalRow)
        .where(
            PlanGoalRow.account_id == account_id,
            PlanGoalRow.year == year,
            PlanGoalRow.deleted_at.is_(None),
        )
        .order_by(PlanGoalRow.created_at)
    )
    return [Goal(r.id, r.year, r.kind, r.title, r.target, r.actual) for r in rows]


def actions(session: Session, account_id: uuid.UUID, year: int) -> list[Action]:
    rows = session.scalars(
        select(PlanActionRow)
        .where(
            PlanActionRow.account_id == account_id,
            PlanActionRow.year == year,
            PlanActionRow.deleted_at.is_(None),
        )
        .order_by(PlanActionRow.due_on.is_(None), PlanActionRow.due_on, PlanActionRow.created_at)
    )
    return [
        Action(r.id, r.title, r.due_on, r.status, r.owner, r.goal_id, r.contact_id) for r in rows
    ]


def put_goal(session: Session, account_id: uuid.UUID, goal: Goal) -> None:
    row = session.get(PlanGoalRow, goal.id) or PlanGoalRow(id=goal.id, account_id=account_id)
    session.add(row)
    row.year, row.kind, row.title = goal.year, goal.kind, goal.title
    row.target, row.actual, row.deleted_at = goal.target, goal.actual, None


def put_action(session: Session, account_id: uuid.UUID, year: int, action: Action) -> None:
    row = session.get(PlanActionRow, action.id) or PlanActionRow(
        id=action.id, account_id=account_id
    )
    session.add(row)
    row.year, row.title, row.due_on = year, action.title, action.due_on
    row.status, row.owner, row.goal_id = action.status, action.owner, action.goal_id
    row.contact_id = action.contact_id
    row.deleted_at = None


def remove_goal(session: Session, goal_id: uuid.UUID) -> None:
    row = session.get(PlanGoalRow, goal_id)
    if row is not None:
        row.deleted_at = utc_now()
        # The goal's actions stay in the plan, serving no goal now.
        linked = select(PlanActionRow).where(PlanActionRow.goal_id == goal_id)
        for action in session.scalars(linked):
            action.goal_id = None


def remove_action(session: Session, action_id: uuid.UUID) -> None:
    row = session.get(PlanActionRow, action_id)
    if row is not None:
        row.deleted_at = utc_now()


def projects(session: Session, account_id: uuid.UUID) -> list[ValueProject]:
    rows = session.scalars(
        select(ValueProjectRow)
        .where(ValueProjectRow.account_id == account_id, ValueProjectRow.deleted_at.is_(None))
        .order_by(ValueProjectRow.created_at)
    )
    return [
        ValueProject(r.id, r.title, r.area, r.benefit_customer, r.benefit_own, r.status)
        for r in rows
    ]


def put_project(session: Session, account_id: uuid.UUID, project: ValueProject) -> None:
    row = session.get(ValueProjectRow, project.id) or ValueProjectRow(
        id=project.id, account_id=account_id
    )
    session.add(row)
    row.title, row.area, row.status = project.title, project.area, project.status
    row.benefit_customer, row.benefit_own = project.benefit_customer, project.benefit_own
    row.deleted_at = None


def remove_project(session: Session, project_id: uuid.UUID) -> None:
    row = session.get(ValueProjectRow, project_id)
    if row is not None:
        row.deleted_at = utc_now()


def contact_names(session: Session, account_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    rows = session.execute(
        select(ContactRow.id, ContactRow.name)
        .where(ContactRow.account_id == account_id, ContactRow.deleted_at.is_(None))
        .order_by(ContactRow.name)
    )
    return [(contact_id, name) for contact_id, name in rows]


def team_names(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(TeamMemberRow.name)
            .where(TeamMemberRow.deleted_at.is_(None))
            .order_by(TeamMemberRow.name)
        )
    )


def set_action_status(session: Session, action_id: uuid.UUID, status: ActionStatus) -> ActionStatus:
    """Set an action's status; returns the one it had, for undo."""
    row = session.get_one(PlanActionRow, action_id)
    previous, row.status = row.status, status
    return previous
