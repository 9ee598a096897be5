"""Realistic, deterministic demo data: DACH and European B2B customers, their people, figures."""

import itertools
import random
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from kamdesk.demo.groups import form_groups, potential_factor
from kamdesk.demo.lifecycle import lifecycle_rows
from kamdesk.demo.penetration import offering_rows, plan_rows
from kamdesk.demo.stakeholders import stakeholder_rows
from kamdesk.demo.vocabulary import (
    ACTIONS,
    ACTIVITY_SUBJECTS,
    BRANCHES,
    CORES,
    COUNTRIES,
    FIRST,
    LAST,
    LEVEL_TITLES,
    OWNERS,
    PROJECTS,
    STRATEGIC_GOALS,
    STREETS,
    TEAM,
)
from kamdesk.domain.annual_plan import ActionStatus, GoalKind
from kamdesk.domain.classification import HierarchyLevel, Scope, Segment, StatusLevel
from kamdesk.domain.contribution_margin import MarginInputs, statement
from kamdesk.domain.errors import StoreNotEmpty
from kamdesk.domain.status_review import Reason, review_due
from kamdesk.domain.value_projects import ProjectArea, ProjectStatus
from kamdesk.services.status import StatusService
from kamdesk.services.transactions import Transactions
from kamdesk.store import accounts as queries
from kamdesk.store.models import (
    AccountRow,
    ActivityRow,
    ComplaintRow,
    ContactRow,
    CounterpartRow,
    CriterionAnswerRow,
    JourFixeNoteContactRow,
    JourFixeNoteRow,
    JourFixeRow,
    KeyFigureRow,
    MarginCostRow,
    OfferingRow,
    PenetrationCellRow,
    PhaseChangeRow,
    PlanActionRow,
    PlanGoalRow,
    PlanUnitRow,
    StatusChangeRow,
    TeamMemberRow,
    ValueProjectRow,
)

Progress = Callable[[int, int], None]
Rows = dict[str, list[dict[str, Any]]]
BATCH = 2_000

# Weights of the tier ladder: most customers are ordinary, a few are key accounts.
_LEVEL_WEIGHTS = {
    StatusLevel.C: 40,
    StatusLevel.B: 28,
    StatusLevel.A: 18,
    StatusLevel.LARGE: 4,
    StatusLevel.ACCOUNT: 4,
    StatusLevel.KEY: 3,
    StatusLevel.STRATEGIC: 2,
    StatusLevel.CORPORATE: 1,
}
_BASE_REVENUE = {level: Decimal(50_000 * 2**level.rank) for level in StatusLevel}


class DemoData:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.now = datetime.now(UTC)
        self.names: set[str] = set()
        self.origins: dict[uuid.UUID, tuple[str, str]] = {}  # name core and branch
        self.offerings = offering_rows(self.now)
        self.team_rows = self.team()

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def synced(self) -> dict[str, Any]:
        return {"id": self.new_id(), "created_at": self.now, "updated_at": self.now}

    def team(self) -> list[dict[str, Any]]:
        return [
            {
                **self.synced(),
                "name": name,
                "function": function,
                "hierarchy_level": level,
                "email": name.split()[-1].lower().replace("ß", "ss") + "@kamdesk-demo.example",
            }
            for name, function, level in TEAM
        ]

    def company_name(self, core: str, branch: str, legal: str, city: str) -> str:
        base = f"{core} {branch} {legal}"
        numbered = (f"{base}, {city} {n}" for n in itertools.count(2))
        name = next(
            c for c in itertools.chain((base, f"{base}, {city}"), numbered) if c not in self.names
        )
        self.names.add(name)
        return name

    def account(self) -> Rows:
        rng = self.rng
        country, legal_forms, cities, _ = rng.choices(COUNTRIES, [c[3] for c in COUNTRIES])[0]
        branch, industry = rng.choice(BRANCHES)
        city = rng.choice(cities)
        level = rng.choices(list(_LEVEL_WEIGHTS), list(_LEVEL_WEIGHTS.values()))[0]
        key = level.is_key_account
        identity = self.synced()
        core = rng.choice(CORES)  # drawn after the id, as before groups were named after it
        account = {
            **identity,
            "name": self.company_name(core, branch, rng.choice(legal_forms), city),
            "industry": industry,
            "country": country,
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 180)}\n"
            f"{rng.randint(1010, 99999):05d} {city}",
            "segment": Segment.A if key or level == StatusLevel.LARGE else Segment(level.value),
            "status_level": level,
            "scope": rng.choice(list(Scope)) if key else Scope.NATIONAL,
            "owner": rng.choice(OWNERS),
            "notes": "Rahmenvertrag läuft Ende des Jahres aus; Einkauf drängt auf Preise."
            if rng.random() < 0.2
            else "",
            **self.status_dates(level),
            "demo": True,
        }
        account_id = account["id"]
        self.origins[account_id] = (core, branch)
        rows: Rows = {
            "accounts": [account],
            "contacts": [self.contact(account_id) for _ in range(rng.randint(1, 6 if key else 4))],
            "activities": [self.activity(account_id) for _ in range(rng.randint(0, 3))],
            "key_figures": self.key_figures(account_id, _BASE_REVENUE[level]),
            "status_history": [self.status_grant(account_id, level, account)] if key else [],
            "criterion_answers": self.answers(account_id, level) if key else [],
        }
        # A generator of its own, so the maps leave the other demo data as it was.
        people = random.Random(account_id.int + 1)
        rows |= stakeholder_rows(
            people, self.now, self.today, account, rows["contacts"], self.team_rows
        )
        rows |= lifecycle_rows(
            random.Random(account_id.int + 2), self.now, self.today, account, rows["key_figures"]
        )
        if key:  # key accounts get a margin statement per year and this year's plan
            rows["margin_costs"] = [self.margin_costs(figures) for figures in rows["key_figures"]]
            rows["plan_goals"], rows["plan_actions"] = self.annual_plan(
                account_id, rows["key_figures"][-1]["revenue"]
            )
            # A generator of its own, so the plans leave the other demo data as it was.
            rows["plan_units"], rows["penetration_cells"] = plan_rows(
                random.Random(account_id.int), self.now, account_id, cities, self.offerings
            )
            rows["value_projects"] = [
                {
                    **self.synced(),
                    "account_id": account_id,
                    "title": title,
                    "area": ProjectArea(area),
                    "benefit_customer": theirs,
                    "benefit_own": ours,
                    "status": self.rng.choice(list(ProjectStatus)),
                }
                for title, area, theirs, ours in self.rng.sample(PROJECTS, self.rng.randint(0, 2))
            ]
        return rows

    def annual_plan(
        self, account_id: uuid.UUID, last_revenue: Decimal
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """This year's goals and actions; some actions are overdue, some done."""
        rng, year = self.rng, self.today.year
        revenue_goal = {
            **self.synced(),
            "account_id": account_id,
            "year": year,
            "kind": GoalKind.REVENUE,
            "title": "",
            "target": (last_revenue * Decimal("1.1")).quantize(Decimal(1000)),
            "actual": (last_revenue * Decimal(rng.uniform(0.7, 1.05))).quantize(Decimal(1000)),
        }
        strategic_goal = {
            **self.synced(),
            "account_id": account_id,
            "year": year,
            "kind": GoalKind.STRATEGIC,
            "title": rng.choice(STRATEGIC_GOALS),
            "target": None,
            "actual": None,
        }
        actions = [
            {
                **self.synced(),
                "account_id": account_id,
                "year": year,
                "title": title,
                "due_on": self.today + timedelta(days=rng.randint(-40, 120)),
                "status": rng.choice(
                    [
                        ActionStatus.OPEN,
                        ActionStatus.OPEN,
                        ActionStatus.IN_PROGRESS,
                        ActionStatus.DONE,
                    ]
                ),
                "owner": rng.choice(OWNERS),
                "goal_id": rng.choice([revenue_goal["id"], strategic_goal["id"], None]),
                "contact_id": None,
            }
            for title in rng.sample(ACTIONS, 3)
        ]
        return [revenue_goal, strategic_goal], actions

    def contact(self, account_id: uuid.UUID) -> dict[str, Any]:
        rng = self.rng
        level = rng.choices(list(HierarchyLevel), [2, 3, 4, 4, 5, 1])[0]
        unit, titles = LEVEL_TITLES[level]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        mail = f"{first}.{last}".lower().translate(str.maketrans("äöüßéëá", "aouseea"))
        return {
            **self.synced(),
            "account_id": account_id,
            "name": f"{first} {last}",
            "unit": unit,
            "function": rng.choice(titles),
            "hierarchy_level": level,
            "email": f"{mail}@kunde.example",
            "phone": f"+49 {rng.randint(30, 999)} {rng.randint(100000, 9999999)}",
        }

    def activity(self, account_id: uuid.UUID) -> dict[str, Any]:
        rng = self.rng
        row = {
            **self.synced(),
            "account_id": account_id,
            "occurred_on": self.today - timedelta(days=rng.randint(0, 400)),
            "kind": rng.choice(("note", "call", "visit")),
            "subject": rng.choice(ACTIVITY_SUBJECTS),
        }
        # Past visits have their report: only planned visits without one are reminders.
        row["text"] = (
            "Gespräch geführt, Notizen im Besuchsbericht." if row["kind"] == "visit" else ""
        )
        return row

    def key_figures(self, account_id: uuid.UUID, base: Decimal) -> list[dict[str, Any]]:
        rng, ahead = self.rng, Decimal(potential_factor(account_id))
        rows = []
        revenue = base * Decimal(rng.uniform(0.6, 1.6)).quantize(Decimal("0.01"))
        for year in range(self.today.year - 3, self.today.year):
            revenue = (revenue * Decimal(rng.uniform(0.85, 1.2))).quantize(Decimal("0.01"))
            rows.append(
                {
                    **self.synced(),
                    "account_id": account_id,
                    "year": year,
                    "revenue": revenue,
                    "contribution_margin": (revenue * Decimal(rng.uniform(0.15, 0.4))).quantize(
                        Decimal("0.01")
                    ),
                    "potential": (revenue * Decimal(rng.uniform(0.5, 3)) * ahead).quantize(
                        Decimal("1")
                    ),
                    "share_of_wallet": Decimal(rng.randint(5, 70)),
                    "satisfaction": Decimal(rng.randint(10, 50)) / 10,
                }
            )
        return rows

    def margin_costs(self, figures: dict[str, Any]) -> dict[str, Any]:
        """Plausible cost lines; the year's key-figure margin becomes their DB II."""
        rng, revenue = self.rng, figures["revenue"]
        shares = {
            "sales_deductions": (0.03, 0.08),
            "variable_costs": (0.45, 0.62),
            "service_costs": (0.01, 0.03),
            "logistics_costs": (0.01, 0.03),
            "care_costs": (0.005, 0.03),
            "visit_costs": (0.002, 0.01),
            "project_costs": (0.0, 0.03),
        }
        costs = {
            name: (revenue * Decimal(rng.uniform(low, high))).quantize(Decimal("0.01"))
            for name, (low, high) in shares.items()
        }
        result = statement(MarginInputs(figures["year"], revenue, **costs))
        figures["contribution_margin"] = result.db2
        return {
            **self.synced(),
            "account_id": figures["account_id"],
            "year": figures["year"],
            **costs,
        }

    def status_dates(self, level: StatusLevel) -> dict[str, Any]:
        """Key accounts were granted up to 30 months ago: some of them are overdue for review."""
        if not level.is_key_account:
            return {}
        granted = self.today - timedelta(days=self.rng.randint(30, 900))
        return {"status_granted_on": granted, "review_due_on": review_due(granted, 24)}

    def answers(self, account_id: uuid.UUID, level: StatusLevel) -> list[dict[str, Any]]:
        rng, rank = self.rng, level.rank - StatusLevel.ACCOUNT.rank  # 0 … 3
        answers = {
            "lighthouse": "true" if rng.random() < 0.2 + 0.2 * rank else None,
            "opinion_leader": "true" if rng.random() < 0.3 + 0.15 * rank else None,
            "complex_relationship": "true" if rng.random() < 0.5 else None,
            "countries": str(rng.randint(1, 3 + 4 * rank)),
            "sites": str(rng.randint(1, 4 + 5 * rank)),
        }
        return [
            {**self.synced(), "account_id": account_id, "criterion_key": key, "value": value}
            for key, value in answers.items()
            if value is not None
        ]

    def status_grant(
        self, account_id: uuid.UUID, level: StatusLevel, account: dict[str, Any]
    ) -> dict[str, Any]:
        return {
            **self.synced(),
            "account_id": account_id,
            "changed_on": account["status_granted_on"],
            "old_level": StatusLevel.A,
            "new_level": level,
            "score": None,
            "reason": Reason.SELECTION_FUNNEL.value,
            "changed_by": "Jörg Häußler",
        }


_TABLES = {
    "accounts": AccountRow,
    "contacts": ContactRow,
    "activities": ActivityRow,
    "key_figures": KeyFigureRow,
    "status_history": StatusChangeRow,
    "criterion_answers": CriterionAnswerRow,
    "margin_costs": MarginCostRow,
    "plan_goals": PlanGoalRow,
    "plan_actions": PlanActionRow,
    "value_projects": ValueProjectRow,
    "plan_units": PlanUnitRow,
    "penetration_cells": PenetrationCellRow,
    "counterparts": CounterpartRow,
    "jour_fixes": JourFixeRow,
    "jour_fixe_notes": JourFixeNoteRow,
    "jour_fixe_note_contacts": JourFixeNoteContactRow,
    "phase_history": PhaseChangeRow,
    "complaints": ComplaintRow,
}


def _batches(data: DemoData, accounts: int) -> Iterator[tuple[int, Rows]]:
    done = 0
    while done < accounts:
        size = min(BATCH, accounts - done)
        batch: Rows = {table: [] for table in _TABLES}
        for _ in range(size):
            for table, rows in data.account().items():
                batch[table].extend(rows)
        for member, city in form_groups(batch["accounts"], data.origins, data.company_name):
            # The group's plan shows every member's sites: members get a plan of their own.
            units, cells = plan_rows(
                random.Random(member.int), data.now, member, (city,), data.offerings
            )
            batch["plan_units"] += units
            batch["penetration_cells"] += cells
        done += size
        yield done, batch


def load_demo_data(
    transactions: Transactions,
    accounts: int = 200,
    seed: int = 1,
    progress: Progress | None = None,
    today: date | None = None,
) -> int:
    """Fill an empty store in one transaction; the same seed gives the same customers."""
    data = DemoData(random.Random(seed), today or date.today())
    with transactions.write() as session:
        if queries.count(session):
            raise StoreNotEmpty
        session.execute(insert(TeamMemberRow), data.team_rows)
        session.execute(insert(OfferingRow), data.offerings)
        for done, batch in _batches(data, accounts):
            for table, model in _TABLES.items():
                if batch[table]:
                    session.execute(insert(model), batch[table])
            if progress:
                progress(done, accounts)
    StatusService(transactions).rescore()
    return accounts
