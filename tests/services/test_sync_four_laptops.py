"""Four laptops sync one shared file in rounds, each sync its own process: every round one
sync is killed (SIGKILL, a power cut) at a random moment and one is paused while its lease is
broken by a colleague, and one laptop runs two syncs of its store at once. Each laptop types
its own field of the shared accounts and makes accounts of its own, so the end state is known
exactly: nothing lost, nothing doubled, no conflict, every store sound and alike."""

import dataclasses
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import SharedFileBusy
from kamdesk.files.location import store_path
from kamdesk.services.workspace import Workspace

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("each_file_form")]

LAPTOPS = {"kam0": "industry", "kam1": "country", "kam2": "owner", "kam3": "address"}
SHARED_ACCOUNTS = [f"Kunde {n}" for n in range(5)]
ROUNDS = 5
SYNC = [sys.executable, "-m", "kamdesk", "--data-dir"]


def sync_process(data_dir: Path, shared: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [*SYNC, str(data_dir), "sync", str(shared)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def sync_until_quiet(data_dir: Path, shared: Path) -> None:
    """A sync that may meet a colleague's lease: tried again until it goes through."""
    for _ in range(60):
        with Workspace.open(data_dir) as workspace:
            try:
                workspace.sync.sync(shared)
                return
            except SharedFileBusy:  # a killed sync's lease lingers until it expires
                pass
        time.sleep(0.5)
    raise AssertionError("the shared file stayed busy")


def expire_lease(shared: Path) -> None:
    """What a colleague finds when the lease holder slept past it: an expired lease."""
    lock = shared.with_name(shared.name + ".lock")
    try:
        held = json.loads(lock.read_text("utf-8"))
    except (OSError, ValueError):
        return  # nobody holds it right now
    lock.write_text(json.dumps({**held, "expires_at": 0}), "utf-8")


def edit_round(
    tmp_path: Path, n: int, rng: random.Random, expected: dict[str, dict[str, str]]
) -> None:
    for who, field in LAPTOPS.items():
        with Workspace.open(tmp_path / who) as workspace:
            name = rng.choice(SHARED_ACCOUNTS)
            account = workspace.accounts.find(name)
            value = f"{who}-{n}"
            changed = dataclasses.replace(account.fields, **{field: value})
            workspace.accounts.update(account.id, changed)
            expected[name][field] = value
            workspace.accounts.create(AccountFields(name=f"{who} {n}"))


def run_syncs(tmp_path: Path, shared: Path, rng: random.Random) -> list[str]:
    """One sync per laptop and a second one on kam3's store; one killed, one paused."""
    stores = [*LAPTOPS, "kam3"]
    running = [sync_process(tmp_path / who, shared) for who in stores]
    killed, paused = rng.sample(range(len(running)), 2)
    time.sleep(rng.uniform(0.3, 1.5))
    running[paused].send_signal(signal.SIGSTOP)
    expire_lease(shared)  # asleep past its lease: a colleague may break it now
    time.sleep(rng.uniform(0.0, 1.0))
    running[killed].kill()
    time.sleep(rng.uniform(0.5, 1.5))
    running[paused].send_signal(signal.SIGCONT)
    problems = []
    for number, process in enumerate(running):
        _, errors = process.communicate(timeout=120)
        allowed = {0, 1} | ({-signal.SIGKILL} if number == killed else set())
        if process.returncode not in allowed or "Traceback" in errors:
            problems.append(f"{stores[number]}: {process.returncode} {errors}")
    return problems


def integrity(data_dir: Path) -> str:
    with sqlite3.connect(store_path(data_dir)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def test_four_laptops_with_kills_and_a_paused_syncer_lose_nothing(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "team.kamdesk"
    shared.parent.mkdir()
    rng = random.Random(4)
    with Workspace.open(tmp_path / "kam0") as first:
        for name in SHARED_ACCOUNTS:
            first.accounts.create(AccountFields(name=name))
    for who in [*LAPTOPS, "kam0"]:
        sync_until_quiet(tmp_path / who, shared)
    expected: dict[str, dict[str, str]] = {name: {} for name in SHARED_ACCOUNTS}
    problems = []
    for n in range(ROUNDS):
        edit_round(tmp_path, n, rng, expected)
        problems += run_syncs(tmp_path, shared, rng)
    assert problems == []
    # Nobody syncs any more: a lease still there is the killed sync's, which would linger for
    # its two minutes (when the kill came while it held the lease); it has expired.
    expire_lease(shared)
    for _ in range(2):
        for who in LAPTOPS:
            sync_until_quiet(tmp_path / who, shared)
    names = sorted([*SHARED_ACCOUNTS, *(f"{who} {n}" for who in LAPTOPS for n in range(ROUNDS))])
    for who in LAPTOPS:
        assert integrity(tmp_path / who) == "ok"
        with Workspace.open(tmp_path / who) as workspace:
            accounts = {a.fields.name: a.fields for a in workspace.accounts.all()}
            assert sorted(accounts) == names
            for name, typed in expected.items():
                got = {field: getattr(accounts[name], field) for field in typed}
                assert got == typed, (who, name)
            assert workspace.conflicts.open() == []  # each laptop typed its own field
