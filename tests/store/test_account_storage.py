"""Accounts survive the round trip through SQLite exactly, identities stay stable."""

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import Scope, Segment, StatusLevel
from kamdesk.domain.errors import AccountNotFound, DuplicateAccountName, InvalidAccount, IssueCode
from kamdesk.services.workspace import Workspace
from kamdesk.store.models import AccountRow, KeyFigureRow

REASON = "Im Auswahltrichter qualifiziert"
FULL = AccountFields(
    name="Weißenburger Präzisionsteile GmbH & Co. KG",
    industry="Metall",
    country="Österreich",
    address="Schloßstraße 7\n8010 Graz",
    segment=Segment.A,
    status_level=StatusLevel.STRATEGIC,
    scope=Scope.GLOBAL,
    owner="Jörg Häußler",
    notes="Zweiter Standort in Brünn 🚀",
)


def test_created_account_reads_back_with_every_field(workspace: Workspace) -> None:
    created = workspace.accounts.create(FULL, REASON)
    assert workspace.accounts.get(created.id).fields == FULL


def test_identity_and_fields_survive_reopening(data_dir: Path) -> None:
    with Workspace.open(data_dir) as first:
        created = first.accounts.create(FULL, REASON)
    with Workspace.open(data_dir) as second:
        again = second.accounts.find(FULL.name)
    assert again.id == created.id
    assert again.fields == FULL
    assert again.created_at == created.created_at


def test_edit_changes_fields_and_updated_at_but_not_identity(workspace: Workspace) -> None:
    created = workspace.accounts.create(FULL, REASON)
    an_hour_ago = created.updated_at - timedelta(hours=1)  # no race with the clock's resolution
    with workspace.transactions.write() as session:
        session.get_one(AccountRow, created.id).updated_at = an_hour_ago
    edited = workspace.accounts.update(created.id, dataclasses.replace(FULL, name="Neuer Name"))
    assert edited.id == created.id
    assert workspace.accounts.get(created.id).fields.name == "Neuer Name"
    assert edited.updated_at > an_hour_ago
    assert edited.created_at == created.created_at


def test_delete_is_soft_and_restore_brings_the_account_back(workspace: Workspace) -> None:
    created = workspace.accounts.create(FULL, REASON)
    workspace.accounts.delete(created.id)
    assert workspace.accounts.summaries() == []
    trashed = workspace.accounts.all(deleted=True)
    assert [a.id for a in trashed] == [created.id]
    assert trashed[0].deleted_at is not None
    workspace.accounts.restore(created.id)
    assert workspace.accounts.get(created.id).deleted_at is None


def test_deleted_account_is_not_found_by_name(workspace: Workspace) -> None:
    created = workspace.accounts.create(FULL, REASON)
    workspace.accounts.delete(created.id)
    with pytest.raises(AccountNotFound):
        workspace.accounts.find(FULL.name)


def test_names_are_unique_among_live_accounts(workspace: Workspace) -> None:
    first = workspace.accounts.create(FULL, REASON)
    with pytest.raises(DuplicateAccountName):
        workspace.accounts.create(AccountFields(name=FULL.name))
    workspace.accounts.delete(first.id)
    workspace.accounts.create(AccountFields(name=FULL.name))  # a deleted name is free again


def test_a_failed_edit_changes_nothing(workspace: Workspace) -> None:
    workspace.accounts.create(AccountFields(name="Alpha"))
    beta = workspace.accounts.create(AccountFields(name="Beta", notes="keep"))
    with pytest.raises(DuplicateAccountName):
        workspace.accounts.update(beta.id, AccountFields(name="Alpha", notes="lost?"))
    assert workspace.accounts.get(beta.id).fields.notes == "keep"


def test_unused_name_counts_up(workspace: Workspace) -> None:
    assert workspace.accounts.unused_name("New account") == "New account"
    workspace.accounts.create(AccountFields(name="New account"))
    workspace.accounts.create(AccountFields(name="New account 2"))
    assert workspace.accounts.unused_name("New account") == "New account 3"


def test_list_shows_revenue_of_the_latest_year(workspace: Workspace) -> None:
    account = workspace.accounts.create(FULL, REASON)
    with workspace.transactions.write() as session:
        for year, revenue in ((2024, "100.00"), (2025, "1234567.89")):
            session.add(KeyFigureRow(account_id=account.id, year=year, revenue=Decimal(revenue)))
    assert workspace.accounts.summaries()[0].revenue == Decimal("1234567.89")


money = st.decimals(
    min_value=Decimal("-1e12"),
    max_value=Decimal("1e12"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@pytest.fixture(scope="module")
def money_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, uuid.UUID]]:
    """One store for every example: a new store each time spent most of a minute migrating."""
    with Workspace.open(tmp_path_factory.mktemp("money")) as workspace:
        yield workspace, workspace.accounts.create(FULL, REASON).id


@settings(max_examples=40, deadline=None)
@given(revenue=money, share=st.decimals(min_value=0, max_value=100, places=4))
def test_money_round_trips_exactly(
    money_store: tuple[Workspace, uuid.UUID], revenue: Decimal, share: Decimal
) -> None:
    workspace, account = money_store
    with workspace.transactions.write() as session:
        session.execute(delete(KeyFigureRow))
        session.add(
            KeyFigureRow(account_id=account, year=2025, revenue=revenue, share_of_wallet=share)
        )
    with workspace.transactions.read() as session:
        row = session.scalars(select(KeyFigureRow)).one()
        assert (row.revenue, row.share_of_wallet) == (revenue, share)
        assert isinstance(row.revenue, Decimal)


def test_row_ids_are_uuids(workspace: Workspace) -> None:
    assert isinstance(workspace.accounts.create(FULL, REASON).id, uuid.UUID)


def test_a_new_level_needs_a_reason_and_goes_into_the_history(workspace: Workspace) -> None:
    created = workspace.accounts.create(FULL, REASON)
    corporate = dataclasses.replace(FULL, status_level=StatusLevel.CORPORATE)
    with pytest.raises(InvalidAccount) as caught:
        workspace.accounts.update(created.id, corporate)
    assert caught.value.issues[0].code == IssueCode.REASON_REQUIRED
    assert workspace.accounts.get(created.id).fields.status_level == StatusLevel.STRATEGIC
    workspace.accounts.update(created.id, corporate, reason="Konzernrahmenvertrag")
    change = workspace.status.status(created.id).history[0]
    assert (change.old_level, change.new_level, change.reason) == (
        StatusLevel.STRATEGIC,
        StatusLevel.CORPORATE,
        "Konzernrahmenvertrag",
    )
