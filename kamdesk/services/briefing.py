"""Visit briefings: everything known about an account, gathered for one visit, and the visit
itself saved as a planned activity."""

import uuid
from dataclasses import dataclass
from datetime import date

from kamdesk.domain.annual_plan import Action
from kamdesk.domain.briefing import (
    WHITE_SPACE_SHOWN,
    Attendee,
    Briefing,
    Visit,
    VisitPlan,
    latest_figures,
    talking_points,
    validated_report,
    validated_visit,
)
from kamdesk.domain.errors import ContactNotFound
from kamdesk.domain.hierarchy_match import FindingKind
from kamdesk.domain.jour_fixe import JourFixeNote, latest_learnings
from kamdesk.services.accounts import AccountService
from kamdesk.services.jour_fixe import JourFixeService
from kamdesk.services.lifecycle import LifecycleService
from kamdesk.services.penetration import PenetrationService
from kamdesk.services.plan import PlanService
from kamdesk.services.stakeholders import StakeholderMap, StakeholderService
from kamdesk.services.transactions import Transactions
from kamdesk.store import briefing as queries

ACTIVITIES_SHOWN = 5
NOTES_SHOWN = 6
_OFF_LEVEL = (FindingKind.UNCOVERED, FindingKind.LEVEL_MISMATCH)


@dataclass(frozen=True)
class PreparedBriefing:
    briefing: Briefing
    stakeholders: StakeholderMap  # for the map's picture


@dataclass(frozen=True)
class BriefingSources:
    accounts: AccountService
    plan: PlanService
    penetration: PenetrationService
    stakeholders: StakeholderService
    jour_fixe: JourFixeService
    lifecycle: LifecycleService


class BriefingService:
    def __init__(self, transactions: Transactions, sources: BriefingSources) -> None:
        self._transactions, self._sources = transactions, sources

    def prepare(self, account_id: uuid.UUID, visit: VisitPlan) -> PreparedBriefing:
        visit = validated_visit(visit)
        src, day = self._sources, visit.visit_on
        account = src.accounts.get(account_id)
        people = src.stakeholders.stakeholder_map(account_id, day)
        lifecycle = src.lifecycle.lifecycle(account_id, day)
        notes = src.jour_fixe.notes(account_id)
        attendees = tuple(_attendee(people, notes, c) for c in visit.contact_ids)
        white_space = tuple(src.penetration.plan(account_id).white_space()[:WHITE_SPACE_SHOWN])
        complaints = tuple(c for c in lifecycle.complaints if c.is_open)
        with self._transactions.read() as session:
            agreements = tuple(queries.agreements(session, account_id))
            activities = tuple(queries.activities(session, account_id, ACTIVITIES_SHOWN))
        briefing = Briefing(
            account.fields.name,
            account.fields.status_level,
            account.fields.scope,
            account.status.review_due_on,
            lifecycle.phase,
            people.analysis.coverage,
            account.status.score,
            visit,
            latest_figures(src.plan.key_figures(account_id)),
            attendees,
            tuple(m for m in people.members if m.id in visit.member_ids),
            self._open_actions(account_id, day),
            complaints,
            white_space,
            agreements,
            tuple(lifecycle.signals),
            activities,
            tuple(sorted(notes, key=lambda n: n.held_on, reverse=True)[:NOTES_SHOWN]),
            talking_points(
                day,
                complaints,
                lifecycle.signals,
                attendees,
                account.status.review_due_on,
                white_space,
            ),
        )
        return PreparedBriefing(briefing, people)

    def _open_actions(self, account_id: uuid.UUID, day: date) -> tuple[Action, ...]:
        """Unfinished actions of last year's and this year's plan, soonest due first."""
        plan = self._sources.plan
        actions = [
            action
            for year in (day.year - 1, day.year)
            for action in plan.actions(account_id, year)
            if not action.status.is_finished
        ]
        return tuple(sorted(actions, key=lambda a: (a.due_on is None, a.due_on or day)))

    def contact_ids(self, account_id: uuid.UUID, names: list[str]) -> tuple[uuid.UUID, ...]:
        """The account's contacts by name (case-blind), as the command line names them."""
        by_name = {c.name.casefold(): c.id for c in self._sources.stakeholders.contacts(account_id)}
        missing = [name for name in names if name.strip().casefold() not in by_name]
        if missing:
            raise ContactNotFound(missing[0])
        return tuple(by_name[name.strip().casefold()] for name in names)

    def plan_visit(self, account_id: uuid.UUID, visit_id: uuid.UUID, visit: VisitPlan) -> None:
        """Save the visit as a planned activity (it shows up in the reminders)."""
        visit = validated_visit(visit)
        with self._transactions.write() as session:
            queries.put_visit(session, account_id, visit_id, visit)

    def remove_visit(self, visit_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            queries.remove_visit(session, visit_id)

    def visits(self, account_id: uuid.UUID) -> list[Visit]:
        with self._transactions.read() as session:
            return queries.visits(session, account_id)

    def save_report(self, visit_id: uuid.UUID, report: str) -> None:
        """The visit took place: what came of it. A visit with a report is no reminder."""
        report = validated_report(report)
        with self._transactions.write() as session:
            queries.set_report(session, visit_id, report)


def _attendee(people: StakeholderMap, notes: list[JourFixeNote], contact_id: uuid.UUID) -> Attendee:
    contact = next((c for c in people.contacts if c.id == contact_id), None)
    if contact is None:
        raise ContactNotFound(str(contact_id))
    counterparts = people.counterparts(contact_id)
    findings = people.analysis.for_contact(contact_id)
    stale = next((f.days for f in findings if f.kind == FindingKind.STALE), None)
    return Attendee(
        contact,
        tuple(counterparts),
        any(f.kind in _OFF_LEVEL for f in findings),
        stale,
        tuple(latest_learnings(notes, contact_id)),
    )
