"""The services working on the user's open store, each handed what it works with. A service
is made (and its module, with the file formats it reads, imported) when it is first asked
for: a command that lists accounts never loads the Excel, vCard or calendar libraries."""

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.domain.people import Person
from kamdesk.services.login import login_person
from kamdesk.services.store_opening import OpenedStore, open_store
from kamdesk.services.transactions import Transactions

if TYPE_CHECKING:
    from kamdesk.services.account_import import AccountImportService
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.attention import AttentionService
    from kamdesk.services.backups import BackupService
    from kamdesk.services.briefing import BriefingService
    from kamdesk.services.groups import GroupService
    from kamdesk.services.jour_fixe import JourFixeService
    from kamdesk.services.lifecycle import LifecycleService
    from kamdesk.services.penetration import PenetrationService
    from kamdesk.services.plan import PlanService
    from kamdesk.services.portfolio import PortfolioService
    from kamdesk.services.reminders import ReminderService
    from kamdesk.services.stakeholders import StakeholderService
    from kamdesk.services.status import StatusService
    from kamdesk.services.sync import SyncService
    from kamdesk.services.sync_conflicts import ConflictService


class Workspace:
    """The user's open store and the services working on it."""

    def __init__(self, store: OpenedStore, user: Callable[[], Person] = login_person) -> None:
        """`user` says who works (histories, the sync lease name them)."""
        self.data_dir, self.path, self.migration = store.data_dir, store.path, store.migration
        self._engine = store.engine
        self.transactions = Transactions(self.path, self._engine, user)

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
        workspace._ensure_sync_identity()
        return workspace

    def _ensure_sync_identity(self) -> None:
        """This install gets its device id once, when its store is opened, so that reading
        the sync settings never has to write; and the store its change log's triggers. Not
        through the sync service: its transports are not needed to open a store."""
        from kamdesk.store import sync_changes, sync_records

        with self.transactions.write() as session:
            sync_records.ensure_device(session)
            sync_changes.ensure_change_log(session)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # The services, each imported and made on first use.

    @cached_property
    def backups(self) -> "BackupService":
        from kamdesk.services.backups import BackupService

        return BackupService(self.path)

    @cached_property
    def accounts(self) -> "AccountService":
        from kamdesk.services.accounts import AccountService

        return AccountService(self.transactions)

    @cached_property
    def status(self) -> "StatusService":
        from kamdesk.services.status import StatusService

        return StatusService(self.transactions)

    @cached_property
    def account_import(self) -> "AccountImportService":
        from kamdesk.services.account_import import AccountImportService

        return AccountImportService(self.transactions, self.status)

    @cached_property
    def plan(self) -> "PlanService":
        from kamdesk.services.plan import PlanService

        return PlanService(self.transactions, self.status)

    @cached_property
    def penetration(self) -> "PenetrationService":
        from kamdesk.services.penetration import PenetrationService

        return PenetrationService(self.transactions)

    @cached_property
    def portfolio(self) -> "PortfolioService":
        from kamdesk.services.portfolio import PortfolioService

        return PortfolioService(self.transactions)

    @cached_property
    def groups(self) -> "GroupService":
        from kamdesk.services.groups import GroupService

        return GroupService(self.transactions, self.status)

    @cached_property
    def stakeholders(self) -> "StakeholderService":
        from kamdesk.services.stakeholders import StakeholderService

        return StakeholderService(self.transactions)

    @cached_property
    def jour_fixe(self) -> "JourFixeService":
        from kamdesk.services.jour_fixe import JourFixeService

        return JourFixeService(self.transactions)

    @cached_property
    def lifecycle(self) -> "LifecycleService":
        from kamdesk.services.lifecycle import LifecycleService

        return LifecycleService(self.transactions)

    @cached_property
    def reminders(self) -> "ReminderService":
        from kamdesk.services.reminders import ReminderService

        return ReminderService(self.transactions)

    @cached_property
    def attention(self) -> "AttentionService":
        from kamdesk.services.attention import AttentionService

        return AttentionService(
            self.accounts, self.lifecycle, self.reminders, self.stakeholders, self.portfolio
        )

    @cached_property
    def briefing(self) -> "BriefingService":
        from kamdesk.services.briefing import BriefingService, BriefingSources

        sources = BriefingSources(
            self.accounts,
            self.plan,
            self.penetration,
            self.stakeholders,
            self.jour_fixe,
            self.lifecycle,
        )
        return BriefingService(self.transactions, sources)

    @cached_property
    def sync(self) -> "SyncService":
        from kamdesk.services.sync import SyncService

        return SyncService(self.transactions)

    @cached_property
    def conflicts(self) -> "ConflictService":
        from kamdesk.services.sync_conflicts import ConflictService

        return ConflictService(self.transactions)
