"""The services working on the user's open store, each handed what it works with."""

from collections.abc import Callable
from pathlib import Path

from kamdesk.domain.people import Person
from kamdesk.services.account_import import AccountImportService
from kamdesk.services.accounts import AccountService
from kamdesk.services.attention import AttentionService
from kamdesk.services.backups import BackupService
from kamdesk.services.briefing import BriefingService, BriefingSources
from kamdesk.services.groups import GroupService
from kamdesk.services.jour_fixe import JourFixeService
from kamdesk.services.lifecycle import LifecycleService
from kamdesk.services.login import login_person
from kamdesk.services.penetration import PenetrationService
from kamdesk.services.plan import PlanService
from kamdesk.services.portfolio import PortfolioService
from kamdesk.services.reminders import ReminderService
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.services.status import StatusService
from kamdesk.services.store_opening import OpenedStore, open_store
from kamdesk.services.sync import SyncService
from kamdesk.services.sync_conflicts import ConflictService
from kamdesk.services.transactions import Transactions


class Workspace:
    """The user's open store and the services working on it."""

    def __init__(self, store: OpenedStore, user: Callable[[], Person] = login_person) -> None:
        """`user` says who works (histories, the sync lease name them)."""
        self.data_dir, self.path, self.migration = store.data_dir, store.path, store.migration
        self._engine = store.engine
        self.transactions = Transactions(self.path, self._engine, user)
        self.backups = BackupService(self.path)
        self.accounts = AccountService(self.transactions)
        self.status = StatusService(self.transactions)
        self.account_import = AccountImportService(self.transactions, self.status)
        self.plan = PlanService(self.transactions, self.status)
        self.penetration = PenetrationService(self.transactions)
        self.portfolio = PortfolioService(self.transactions)
        self.groups = GroupService(self.transactions, self.status)
        self.stakeholders = StakeholderService(self.transactions)
        self.jour_fixe = JourFixeService(self.transactions)
        self.lifecycle = LifecycleService(self.transactions)
        self.reminders = ReminderService(self.transactions)
        self.attention = AttentionService(
            self.accounts, self.lifecycle, self.reminders, self.stakeholders, self.portfolio
        )
        self.briefing = BriefingService(
            self.transactions,
            BriefingSources(
                self.accounts,
                self.plan,
                self.penetration,
                self.stakeholders,
                self.jour_fixe,
                self.lifecycle,
            ),
        )
        self.sync = SyncService(self.transactions)
        self.conflicts = ConflictService(self.transactions)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        user: Callable[[], Person] = login_person,
        refuse_damaged: bool = False,
    ) -> "Workspace":
        """Open the store (see `open_store`) and give this device its sync identity. The
        status reviews that fell due are the caller's next step (`status.apply_reviews`)."""
        workspace = cls(open_store(data_dir, refuse_damaged=refuse_damaged), user)
        workspace.sync.ensure_device()
        return workspace

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
