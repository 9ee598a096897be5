"""Account-plan use cases. Key figures feed the scorecard, so every change re-scores."""

import uuid

from kamdesk.domain.annual_plan import Action, Goal, validated_action, validated_goal
from kamdesk.domain.contribution_margin import (
    COST_FIELDS,
    ZERO,
    MarginInputs,
    MarginStatement,
    statement,
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
        with self._transactions.begin() as session:
            return queries.for_account(session, account_id)

    def save_key_figures(self, account_id: uuid.UUID, figures: KeyFigures) -> None:
        figures = validated(figures)
        with self._transactions.begin() as session:
            queries.put(session, account_id, figures)
        self._status.rescore([account_id])

    def margin_statements(self, account_id: uuid.UUID) -> list[MarginStatement]:
        """The contribution margin of every year with key figures or costs, oldest first."""
        with self._transactions.begin() as session:
            revenues = {f.year: f.revenue for f in queries.for_account(session, account_id)}
            costs = queries.margin_costs(session, account_id)
        return [
            statement(MarginInputs(year, revenues.get(year) or ZERO, **costs.get(year, {})))
            for year in sorted(set(revenues) | set(costs))
        ]

    def save_margin_inputs(self, account_id: uuid.UUID, inputs: MarginInputs) -> None:
        """Store the year's cost lines; its revenue belongs to the key figures."""
        inputs = validate_margin(inputs)
        costs = {name: getattr(inputs, name) for name in COST_FIELDS}
        with self._transactions.begin() as session:
            queries.put_margin_costs(session, account_id, inputs.year, costs)

    def remove_year(self, account_id: uuid.UUID, year: int) -> None:
        with self._transactions.begin() as session:
            queries.remove(session, account_id, year)
        self._status.rescore([account_id])

    # annual plan

    def goals(self, account_id: uuid.UUID, year: int) -> list[Goal]:
        with self._transactions.begin() as session:
            return annual_plan.goals(session, account_id, year)

    def actions(self, account_id: uuid.UUID, year: int) -> list[Action]:
        with self._transactions.begin() as session:
            return annual_plan.actions(session, account_id, year)

    def save_goal(self, account_id: uuid.UUID, goal: Goal) -> None:
        goal = validated_goal(goal)
        with self._transactions.begin() as session:
            annual_plan.put_goal(session, account_id, goal)

    def save_action(self, account_id: uuid.UUID, year: int, action: Action) -> None:
        action = validated_action(action)
        with self._transactions.begin() as session:
            annual_plan.put_action(session, account_id, year, action)

    def remove_goal(self, goal_id: uuid.UUID) -> None:
        with self._transactions.begin() as session:
            annual_plan.remove_goal(session, goal_id)

    def remove_action(self, action_id: uuid.UUID) -> None:
        with self._transactions.begin() as session:
            annual_plan.remove_action(session, action_id)

    # joint value projects

    def projects(self, account_id: uuid.UUID) -> list[ValueProject]:
        with self._transactions.begin() as session:
            return annual_plan.projects(session, account_id)

    def save_project(self, account_id: uuid.UUID, project: ValueProject) -> None:
        project = validated_project(project)
        with self._transactions.begin() as session:
            annual_plan.put_project(session, account_id, project)

    def remove_project(self, project_id: uuid.UUID) -> None:
        with self._transactions.begin() as session:
            annual_plan.remove_project(session, project_id)

    def team_names(self) -> list[str]:
        """Who can own an action: the own team."""
        with self._transactions.begin() as session:
            return annual_plan.team_names(session)
