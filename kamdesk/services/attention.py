"""What needs the KAM's attention, in one pass: the reminders list, and the accounts at a
glance for the home view, sorted by what needs attention most."""

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.portfolio import PortfolioAtAGlance, PortfolioField, at_a_glance
from kamdesk.domain.reminders import Group, Shown
from kamdesk.services.accounts import AccountService
from kamdesk.services.lifecycle import AccountSignals, LifecycleService
from kamdesk.services.portfolio import PortfolioService
from kamdesk.services.reminders import ReminderService
from kamdesk.services.stakeholders import StakeholderService

HOME_ROWS = 200  # a glance, not a second account list: the rest is a count


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


@dataclass(frozen=True)
class Attention:
    reminders: list[Shown]
    glances: list[Glance]  # the HOME_ROWS that need attention most
    needing: int  # accounts needing attention, shown or not
    weighed: int  # accounts the home view holds, shown or not
    portfolio_fields: dict[uuid.UUID, PortfolioField | None]  # the list's Portfolio column
    portfolio_glance: PortfolioAtAGlance  # the home view shows it in small
    overdue: int  # reminders overdue
    due_now: int  # the badge: reminders due today or overdue


@dataclass(frozen=True)
class _Weighed:
    summary: AccountSummary
    signals: AccountSignals
    overdue: int
    due: int

    @property
    def needs_attention(self) -> bool:
        return self.signals.proposed or self.signals.phase.is_troubled or self.overdue > 0

    def attention(self) -> tuple[object, ...]:
        """Sort key: proposals and troubled phases first, then the most overdue, the most due,
        the highest level."""
        return (
            not self.signals.proposed,
            not self.signals.phase.is_troubled,
            -self.overdue,
            -self.due,
            -self.summary.status_level.rank,
            self.summary.name.casefold(),
        )

    def glance(self, coverage: float | None) -> Glance:
        summary, account = self.summary, self.signals
        return Glance(
            summary.id,
            summary.name,
            summary.status_level,
            account.phase,
            account.proposed,
            len(account.signals),
            coverage,
            summary.score,
            self.overdue,
            self.due,
        )


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
        something due this week; what only the shown ones need (the stakeholder map's
        coverage) is read for those alone."""
        shown = self._reminders.due(today)
        overdue = Counter(s.reminder.account_id for s in shown if s.group == Group.OVERDUE)
        due_now = sum(s.due_on <= today for s in shown)
        due = Counter(s.reminder.account_id for s in shown if s.group != Group.LATER)
        summaries = self._accounts.needing_attention(due)
        signals = self._lifecycle.signals([s.id for s in summaries], today)
        weighed = [_Weighed(s, signals[s.id], overdue[s.id], due[s.id]) for s in summaries]
        weighed.sort(key=_Weighed.attention)
        first = weighed[:HOME_ROWS]
        key_accounts = [w.summary.id for w in first if w.summary.status_level.is_key_account]
        coverages = self._stakeholders.coverages(key_accounts)
        glances = [w.glance(coverages.get(w.summary.id)) for w in first]
        needing = sum(w.needs_attention for w in weighed)
        portfolio = self._portfolio.portfolio(today)
        return Attention(
            shown,
            glances,
            needing,
            len(weighed),
            portfolio.fields(),
            at_a_glance(portfolio),
            overdue.total(),
            due_now,
        )
