"""What needs the KAM's attention, in one pass: the reminders list, and the accounts at a
glance for the home view, sorted by what needs attention most."""

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.portfolio import Portfolio
from kamdesk.domain.reminders import Group, Shown
from kamdesk.services.accounts import AccountService
from kamdesk.services.lifecycle import LifecycleService
from kamdesk.services.portfolio import PortfolioService
from kamdesk.services.reminders import ReminderService
from kamdesk.services.stakeholders import StakeholderService


@dataclass(frozen=True)
class Glance:
    account_id: uuid.UUID
    name: str
    level: StatusLevel
    phase: Phase
    proposed: bool  # warning signals propose "endangered"
    signals: int
    coverage: float | None  # key accounts only: the map is theirs
    score: int | None
    overdue: int
    due: int  # due this week, overdue included

    def attention(self) -> tuple[object, ...]:
        """Sort key: proposals and troubled phases first, then the most overdue, the most due,
        the highest level."""
        return (
            not self.proposed,
            not self.phase.is_troubled,
            -self.overdue,
            -self.due,
            -self.level.rank,
            self.name.casefold(),
        )


@dataclass(frozen=True)
class Attention:
    reminders: list[Shown]
    glances: list[Glance]
    portfolio: Portfolio  # the home view shows it in small

    def due_now(self, today: date) -> int:
        """The badge: reminders due today or overdue."""
        return sum(shown.due_on <= today for shown in self.reminders)


class AttentionService:
    def __init__(
        self,
        accounts: AccountService,
        lifecycle: LifecycleService,
        reminders: ReminderService,
        stakeholders: StakeholderService,
        portfolio: PortfolioService,
    ) -> None:
        self._accounts, self._lifecycle = accounts, lifecycle
        self._reminders, self._stakeholders = reminders, stakeholders
        self._portfolio = portfolio

    def attention(self, today: date) -> Attention:
        """The home view holds the key accounts, accounts in trouble and accounts with
        something due this week."""
        shown = self._reminders.due(today)
        overdue = Counter(s.reminder.account_id for s in shown if s.group == Group.OVERDUE)
        due = Counter(s.reminder.account_id for s in shown if s.group != Group.LATER)
        summaries = [
            s
            for s in self._accounts.summaries()
            if s.status_level.is_key_account or s.phase.is_troubled or s.id in due
        ]
        signals = self._lifecycle.signals([s.id for s in summaries], today)
        key_accounts = [s.id for s in summaries if s.status_level.is_key_account]
        coverages = self._stakeholders.coverages(key_accounts)
        glances = []
        for summary in summaries:
            account = signals[summary.id]
            glances.append(
                Glance(
                    summary.id,
                    summary.name,
                    summary.status_level,
                    account.phase,
                    account.proposed,
                    len(account.signals),
                    coverages.get(summary.id),
                    summary.score,
                    overdue[summary.id],
                    due[summary.id],
                )
            )
        glances.sort(key=Glance.attention)
        return Attention(shown, glances, self._portfolio.portfolio(today))
