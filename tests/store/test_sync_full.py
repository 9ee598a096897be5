"""A first sync done set by set holds and writes what merging row by row would: this store
pushed into an empty shared file, and an empty store filled from a team's file with
tombstones, rows belonging to deleted ones and a year entered twice."""

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.sync.clock import Stamp
from kamdesk.domain.sync.merge import RowState, Tombstone, Versioned
from kamdesk.domain.sync.plan import Key
from kamdesk.domain.sync.rows import Texts, decode_state
from kamdesk.files.location import store_path
from kamdesk.files.shared_file import read_snapshot
from kamdesk.services.workspace import Workspace
from kamdesk.store import sync_full, sync_tables

STAMP = Stamp(0, 0, "")


def _same_stamps(state: RowState) -> RowState:
    """The state with every stamp alike: two first syncs stamp at different times."""
    fields = {g: Versioned(v.value, STAMP) for g, v in state.fields.items()}
    dead = state.tombstone and Tombstone(STAMP, state.tombstone.seen and STAMP)
    return RowState(fields, dead)


def decoded(rows: dict[Key, Texts]) -> dict[Key, RowState]:
    return {key: _same_stamps(decode_state(key.table, *texts)) for key, texts in rows.items()}


def held(laptop: Workspace) -> tuple[object, object]:
    with laptop.transactions.read() as session:
        local = {k: (r.data, r.deleted) for k, r in sync_tables.read_local(session).items()}
        return local, decoded(sync_tables.read_base(session))


def row_by_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_full, "base_is_empty", lambda _: False)


@pytest.fixture
def anna(tmp_path: Path) -> Path:
    """A store with demo data, an account and a contact deleted, never synced."""
    with Workspace.open(tmp_path / "anna") as anna:
        load_demo_data(anna.transactions, accounts=12)
        accounts = anna.accounts.all()
        anna.accounts.delete(accounts[0].id)  # its contacts and years go with it
        contact = anna.stakeholders.contacts(accounts[1].id)[0]
        anna.stakeholders.remove_contacts([contact.id])
    return tmp_path / "anna"


def _copy(data_dir: Path, to: Path) -> Path:
    to.mkdir()
    shutil.copy(store_path(data_dir), store_path(to))
    return to


def test_a_first_push_writes_what_merging_row_by_row_writes(
    anna: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    twin = _copy(anna, tmp_path / "twin")
    (tmp_path / "share").mkdir()
    fast, slow = tmp_path / "share" / "fast.kamdesk", tmp_path / "share" / "slow.kamdesk"
    with Workspace.open(anna) as laptop:
        pushed = laptop.sync.sync(fast)
        fast_held = held(laptop)
    row_by_row(monkeypatch)
    with Workspace.open(twin) as laptop:
        merged = laptop.sync.sync(slow)
        slow_held = held(laptop)
    assert decoded(dict(read_snapshot(fast, None).rows)) == decoded(
        dict(read_snapshot(slow, None).rows)
    )
    assert any(texts.tombstone for texts in read_snapshot(fast, None).rows.values())
    assert pushed.went_out == merged.went_out
    assert fast_held == slow_held


def test_a_first_pull_holds_what_merging_row_by_row_holds(
    anna: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "share" / "team.kamdesk"
    shared.parent.mkdir()
    with Workspace.open(anna) as first, Workspace.open(tmp_path / "ben") as ben:
        first.sync.sync(shared)
        ben.sync.sync(shared)
        account = ben.accounts.all()[0].id
        for laptop, revenue in ((first, 1), (ben, 2)):  # the same year, entered twice
            laptop.plan.save_key_figures(account, KeyFigures(2030, revenue=Decimal(revenue)))
        first.sync.sync(shared)
        ben.sync.sync(shared)
    years = [
        json.loads(t.data)
        for k, t in read_snapshot(shared, None).rows.items()
        if k.table == "key_figures" and json.loads(t.data)["year"] == 2030
    ]
    assert len(years) == 2  # both in the file; every store holds one
    with Workspace.open(tmp_path / "carol") as carol:
        pulled = carol.sync.sync(shared)
        fast_held = held(carol)
    row_by_row(monkeypatch)
    with Workspace.open(tmp_path / "dora") as dora:
        merged = dora.sync.sync(shared)
        slow_held = held(dora)
    assert fast_held == slow_held
    assert pulled.came_in == merged.came_in
