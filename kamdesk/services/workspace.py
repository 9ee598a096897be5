"""Opening the user's store: migrate (with backup) first, then hand out the services."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kamdesk.domain.errors import StoreCorrupt, StoreMissing
from kamdesk.domain.people import Person
from kamdesk.files.location import store_path
from kamdesk.services.accounts import AccountService
from kamdesk.services.attention import AttentionService
from kamdesk.services.briefing import BriefingService, BriefingSources
from kamdesk.services.jour_fixe import JourFixeService
from kamdesk.services.lifecycle import LifecycleService
from kamdesk.services.login import login_person
from kamdesk.services.penetration import PenetrationService
from kamdesk.services.plan import PlanService
from kamdesk.services.reminders import ReminderService
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.services.status import ReviewItem, StatusService
from kamdesk.services.sync import SyncService
from kamdesk.services.sync_conflicts import ConflictService
from kamdesk.services.transactions import Transactions
from kamdesk.store.database import integrity_problems, store_engine
from kamdesk.store.migration import (
    MigrationResult,
    damage,
    known_revisions,
    latest_backup,
    put_back,
    stored_revision,
    upgrade_store,
)


@dataclass(frozen=True)
class HealthReport:
    path: Path
    revision: str | None
    head: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.head


class Workspace:
    """The user's open store and the services working on it."""

    def __init__(
        self,
        data_dir: Path,
        *,
        apply_reviews: bool = True,
        user: Callable[[], Person] = login_person,
    ) -> None:
        """Open the store; unless told otherwise, apply the status reviews that fell due.
        `user` says who works (histories, the sync lease name them)."""
        self.data_dir = data_dir
        self.path = store_path(data_dir)
        self.migration: MigrationResult = upgrade_store(self.path)
        self._engine = store_engine(self.path)
        self.transactions = Transactions(self.path, self._engine, user)
        self.accounts = AccountService(self.transactions)
        self.status = StatusService(self.transactions)
        self.plan = PlanService(self.transactions, self.status)
        self.penetration = PenetrationService(self.transactions)
        self.stakeholders = StakeholderService(self.transactions)
        self.jour_fixe = JourFixeService(self.transactions)
        self.lifecycle = LifecycleService(self.transactions)
        self.reminders = ReminderService(self.transactions)
        self.attention = AttentionService(
            self.accounts, self.lifecycle, self.reminders, self.stakeholders
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
        self.sync.ensure_device()
        self.conflicts = ConflictService(self.transactions)
        self.applied_reviews: list[ReviewItem] = (
            self.status.apply_reviews(date.today()) if apply_reviews else []
        )

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_checked(data_dir: Path, user: Callable[[], Person] = login_person) -> Workspace:
    """The store opened as the window opens it: a damaged file is refused before anything
    (a migration, the reviews) writes to it."""
    path = store_path(data_dir)
    if path.exists():
        problems = damage(path)
        if problems:
            raise StoreCorrupt(path, problems[0])
    return Workspace(data_dir, user=user)


def latest_backup_of(data_dir: Path) -> Path | None:
    return latest_backup(store_path(data_dir))


def restore_latest_backup(data_dir: Path) -> Path:
    """The store as its latest backup; returns where the damaged file was kept."""
    path = store_path(data_dir)
    backup = latest_backup(path)
    if backup is None:
        raise StoreMissing(path.parent / "backups")
    return put_back(path, backup)


def check_store(data_dir: Path) -> HealthReport:
    """Integrity and schema state of a store, read without changing it."""
    path = store_path(data_dir)
    head = known_revisions()[0]
    if not path.exists():
        raise StoreMissing(path)
    return HealthReport(path, stored_revision(path), head, integrity_problems(path))
