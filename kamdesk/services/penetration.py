"""Penetration-plan use cases: edit cells (in blocks, for paste), units and the shared
offering catalogue; replace a whole plan (import, and its undo)."""

import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from kamdesk.domain.errors import DuplicateOffering
from kamdesk.domain.penetration import (
    Cell,
    CellKey,
    Offering,
    PenetrationPlan,
    Unit,
    validated_cell,
    validated_name,
)
from kamdesk.domain.penetration_text import SheetWords
from kamdesk.services.transactions import Transactions
from kamdesk.store import penetration as queries


class PenetrationService:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def plan(self, account_id: uuid.UUID) -> PenetrationPlan:
        with self._transactions.read() as session:
            return queries.plan(session, account_id)

    def set_cells(self, account_id: uuid.UUID, changes: Mapping[CellKey, Cell]) -> None:
        """All the cells or none: a pasted block is never half written."""
        valid = {key: validated_cell(cell) for key, cell in changes.items()}
        with self._transactions.write() as session:
            queries.put_cells(session, account_id, valid)

    def save_unit(self, account_id: uuid.UUID, unit: Unit) -> Unit:
        unit = Unit(unit.id, validated_name(unit.name), unit.kind, unit.parent_id)
        with self._transactions.write() as session:
            queries.put_unit(session, account_id, unit)
        return unit

    def remove_units(self, unit_ids: Iterable[uuid.UUID]) -> None:
        with self._transactions.write() as session:
            queries.set_units_removed(session, unit_ids, removed=True)

    def restore_units(self, unit_ids: Iterable[uuid.UUID]) -> None:
        with self._transactions.write() as session:
            queries.set_units_removed(session, unit_ids, removed=False)

    def replace_plan(self, account_id: uuid.UUID, plan: PenetrationPlan) -> None:
        plan = PenetrationPlan(
            plan.units,
            plan.offerings,
            {key: validated_cell(cell) for key, cell in plan.cells.items()},
        )
        with self._transactions.write() as session:
            queries.replace_plan(session, account_id, plan)

    # Excel (openpyxl loads when a plan goes to or comes from a workbook: the briefing and
    # the account pages use this service from the start)

    def export_xlsx(
        self, accounts: Sequence[tuple[uuid.UUID, str]], path: Path, words: SheetWords
    ) -> None:
        """One sheet per account (id, name), and the legend; written atomically."""
        from kamdesk.files.penetration_xlsx import write_workbook

        plans = [(name, self.plan(account_id)) for account_id, name in accounts]
        write_workbook(path, plans, words)

    def export_all_xlsx(self, path: Path, words: SheetWords) -> int:
        """Every account's plan in one workbook, a sheet each; returns how many."""
        with self._transactions.read() as session:
            accounts = queries.planned_accounts(session)
        self.export_xlsx(accounts, path, words)
        return len(accounts)

    def read_xlsx(
        self, account_id: uuid.UUID, account_name: str, path: Path, decimal_point: str
    ) -> PenetrationPlan:
        """The plan a workbook holds for the account, read and checked, not yet stored;
        amounts typed as text read with the user's `decimal_point`."""
        from kamdesk.files.penetration_xlsx import read_plan

        previous = self.plan(account_id)
        return read_plan(path, account_name, self.offerings(), previous, decimal_point)

    def foreign_sheet(self, account_name: str, path: Path) -> str | None:
        """The title of the sheet an import would take when none is the account's own."""
        from kamdesk.files.penetration_xlsx import foreign_sheet

        return foreign_sheet(path, account_name)

    def import_xlsx(
        self, account_id: uuid.UUID, account_name: str, path: Path, decimal_point: str
    ) -> PenetrationPlan:
        """Replace the account's plan with the workbook's, completely or not at all."""
        plan = self.read_xlsx(account_id, account_name, path, decimal_point)
        self.replace_plan(account_id, plan)
        return plan

    # the offering catalogue, shared by all accounts

    def offerings(self) -> list[Offering]:
        with self._transactions.read() as session:
            return queries.offerings(session)

    def save_offering(self, offering: Offering) -> Offering:
        """Add or rename; two offerings never share a name (case-blind)."""
        offering = Offering(offering.id, validated_name(offering.name), offering.kind)
        with self._transactions.write() as session:
            for other in queries.offerings(session):
                if other.id != offering.id and other.name.casefold() == offering.name.casefold():
                    raise DuplicateOffering(offering.name)
            queries.put_offering(session, offering)
        return offering

    def remove_offering(self, offering_id: uuid.UUID) -> None:
        """The cells stay: bringing the offering back (undo) brings them back too."""
        with self._transactions.write() as session:
            queries.remove_offering(session, offering_id)

    def order_offerings(self, ids: Iterable[uuid.UUID]) -> None:
        with self._transactions.write() as session:
            queries.order_offerings(session, ids)
