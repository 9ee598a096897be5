"""The README's first command as a new user runs it: the installed `kamdesk` process on a
fresh store with demo data, until its list is filled, then closed as a logout closes it."""

import signal
import sqlite3
from pathlib import Path

import pytest

from .launched import KAMDESK, launch, wait_for_log

DEMO_ACCOUNTS = 200
# The offscreen platform has no window manager; these are the warnings it always gives.
OFFSCREEN_WARNINGS = ("This plugin does not support",)


def _store_rows(store: Path, table: str) -> int:
    with sqlite3.connect(f"{(store / 'kamdesk.sqlite3').as_uri()}?mode=ro", uri=True) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.mark.slow
@pytest.mark.skipif(not KAMDESK.is_file(), reason="needs the installed kamdesk command")
@pytest.mark.parametrize("attempt", range(3))
def test_kamdesk_demo_on_a_fresh_store_fills_its_list_and_says_nothing(
    tmp_path: Path, attempt: int
) -> None:
    store, logs = tmp_path / "store", tmp_path / "log"
    process = launch(store, logs, "--demo")
    try:
        wait_for_log(process, logs, f"the account list shows {DEMO_ACCOUNTS} accounts")
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0
    assert out == "" and err == ""
    logged = (logs / "kamdesk.log").read_text(encoding="utf-8").splitlines()
    problems = [
        line
        for line in logged
        if (" WARNING " in line or " ERROR " in line or " CRITICAL " in line)
        and not any(known in line for known in OFFSCREEN_WARNINGS)
    ]
    assert problems == []
    assert _store_rows(store, "accounts") == DEMO_ACCOUNTS
    assert _store_rows(store, "sync_device") == 1
