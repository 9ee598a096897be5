"""Account-plan use cases. Key figures feed the scorecard, so every change re-scores."""

import dataclasses
import uuid

from sqlalchemy.orm import Session

from kamdesk.domain.annual_plan import Action, Goal, validated_action, validated_goal
from kamdesk.domain.contribution_margin import (
    COST_FIELDS,
    ZERO,
    MarginInputs,
    MarginStatement,
    statement,
    typed_statement,
)
from kamdesk.domain.contribution_margin import validated as validate_margin
from kamdesk.domain.key_figures import KeyFigures, validated
from kamdesk.domain.value_projects import ValueProject, validated_project
from kamdesk.services.status import StatusService
from kamdesk.services.transactions import Transactions
from kamdesk.store import annual_plan
from kamdesk.store import key_figures as queries


class PlanService:
    def __init__(self, transactions: Transactions, status: StatusService) -> None:
        self._transactions = transactions
        self._status = status

    def key_figures(self, account_id: uuid.UUID) -> list[KeyFigures]:
        """Every year on record, oldest first."""
        with self._transactions.read() as session:
            return queries.for_account(session, account_id)

    def save_key_figures(self, account_id: uuid.UUID, figures: KeyFigures) -> None:
        figures = validated(figures)
        with self._transactions.write() as session:
            queries.put(session, account_id, figures)
            _derive_margin(session, account_id, figures.year)
        self._status.rescore([account_id])

    def margin_statements(self, account_id: uuid.UUID) -> list[MarginStatement]:
        """The contribution margin of every year with key figures or costs, oldest first."""
        with self._transactions.read() as session:
            figures = {f.year: f for f in queries.for_account(session, account_id)}
            costs = queries.margin_costs(session, account_id)
        statements = []
        for year in sorted(set(figures) | set(costs)):
            known = figures.get(year, KeyFigures(year))
            revenue = known.revenue or ZERO
            if year in costs:
                statements.append(statement(MarginInputs(year, revenue, **costs[year])))
            else:
                statements.append(typed_statement(year, revenue, known.contribution_margin))
        return statements

    def save_margin_inputs(self, account_id: uuid.UUID, inputs: MarginInputs) -> None:
        """Store the year's cost lines; its revenue belongs to the key figures."""
        inputs = validate_margin(inputs)
        costs = {name: getattr(inputs, name) for name in COST_FIELDS}
        with self._transactions.write() as session:
            queries.put_margin_costs(session, account_id, inputs.year, costs)
            _derive_margin(session, account_id, inputs.year)
        self._status.rescore([account_id])

    def drop_margin_costs(self, account_id: uuid.UUID, figures: KeyFigures) -> None:
        """Back to a year without cost lines, its key figures (and typed margin) as given."""
        figures = validated(figures)
        with self._transactions.write() as session:
            queries.remove_margin_costs(session, account_id, figures.year)
            queries.put(session, account_id, figures)
        self._status.rescore([account_id])

    def years_with_costs(self, account_id: uuid.UUID) -> set[int]:
        """Years whose contribution margin comes from the cost lines, not typed in."""
        with self._transactions.read() as session:
            return set(queries.margin_costs(session, account_id))

    def remove_year(self, account_id: uuid.UUID, year: int) -> None:
        with self._transactions.write() as session:
            queries.remove(session, account_id, year)
        self._status.rescore([account_id])

    # annual plan

    def goals(self, account_id: uuid.UUID, year: int) -> list[Goal]:
        with self._transactions.read() as session:
            return annual_plan.goals(session, account_id, year)

    def actions(self, account_id: uuid.UUID, year: int) -> list[Action]:
        with self._transactions.read() as session:
            return annual_plan.actions(session, account_id, year)

    def save_goal(self, account_id: uuid.UUID, goal: Goal) -> None:
        goal = validated_goal(goal)
        with self._transactions.write() as session:
            annual_plan.put_goal(session, account_id, goal)

    def save_action(self, account_id: uuid.UUID, year: int, action: Action) -> None:
        action = validated_action(action)
        with self._transactions.write() as session:
            annual_plan.put_action(session, account_id, year, action)

    def remove_goal(self, goal_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            annual_plan.remove_goal(session, goal_id)

    def remove_action(self, action_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            annual_plan.remove_action(session, action_id)

    # joint value projects

    def projects(self, account_id: uuid.UUID) -> list[ValueProject]:
        with self._transactions.read() as session:
            return annual_plan.projects(session, account_id)

    def save_project(self, account_id: uuid.UUID, project: ValueProject) -> None:
        project = validated_project(project)
        with self._transactions.write() as session:
            annual_plan.put_project(session, account_id, project)

    def remove_project(self, project_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            annual_plan.remove_project(session, project_id)

    def contacts(self, account_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """Whom an action can concern: the account's contacts (id, name)."""
        with self._transactions.read() as session:
            return annual_plan.contact_names(session, account_id)

    def team_names(self) -> list[str]:
        """Who can own an action: the own team."""
        with self._transactions.read() as session:
            return annual_plan.team_names(session)


def _derive_margin(session: Session, account_id: uuid.UUID, year: int) -> None:
    """One source: where a year has cost lines, its key-figure margin is their DB II."""
    costs = queries.margin_costs(session, account_id).get(year)
    if costs is None:
        return
    figures = {f.year: f for f in queries.for_account(session, account_id)}
    current = figures.get(year, KeyFigures(year))
    db2 = statement(MarginInputs(year, current.revenue or ZERO, **costs)).db2
    if current.contribution_margin != db2:
        queries.put(session, account_id, dataclasses.replace(current, contribution_margin=db2))
