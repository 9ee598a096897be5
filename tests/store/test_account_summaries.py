"""The account list read at start, before the store opens, is the list the open store reads;
and where only opening can tell (no store, another revision, a damaged file) it is not read."""

import sqlite3
from decimal import Decimal
from pathlib import Path

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.files.location import store_path
from kamdesk.services.workspace import Workspace
from kamdesk.store.account_summaries import read_at_start
from kamdesk.store.revisions import known_revisions

HEAD = known_revisions()[0]


def test_the_list_read_at_start_is_the_open_stores_list(
    workspace: Workspace, data_dir: Path
) -> None:
    load_demo_data(workspace.transactions, 60, seed=3)
    gone = workspace.accounts.create(AccountFields(name="Weg GmbH"))
    workspace.accounts.delete(gone.id)
    read = read_at_start(store_path(data_dir), HEAD)
    assert read is not None
    assert sorted(read) == sorted(workspace.accounts.summaries())
    assert gone.id not in {summary.id for summary in read}


def test_the_latest_years_revenue_and_the_status_come_as_stored(
    workspace: Workspace, data_dir: Path
) -> None:
    account = workspace.accounts.create(
        AccountFields(name="Müller GmbH", status_level=StatusLevel.KEY), reason="Vertrag"
    )
    for year, revenue in ((2024, "100.50"), (2025, "1234.56")):
        workspace.plan.save_key_figures(account.id, KeyFigures(year, revenue=Decimal(revenue)))
    (read,) = read_at_start(store_path(data_dir), HEAD) or []
    assert (read.id, read.status_level, read.revenue) == (
        account.id,
        StatusLevel.KEY,
        Decimal("1234.56"),
    )


def test_no_store_yet_is_not_read(tmp_path: Path) -> None:
    assert read_at_start(tmp_path / "kamdesk.sqlite3", HEAD) is None


def test_a_store_of_another_revision_is_left_to_opening(
    workspace: Workspace, data_dir: Path
) -> None:
    assert read_at_start(store_path(data_dir), "0001") is None


def test_a_file_that_is_no_store_is_left_to_opening(tmp_path: Path) -> None:
    garbage = tmp_path / "kamdesk.sqlite3"
    garbage.write_bytes(b"not a database, only some bytes" * 100)
    assert read_at_start(garbage, HEAD) is None
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert read_at_start(other, HEAD) is None
