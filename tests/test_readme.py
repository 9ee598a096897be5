"""The README's first command as a new user runs it: the installed `kamdesk` process on a
fresh store with demo data, until its list is filled, then closed as a logout closes it."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

KAMDESK = Path(sys.executable).with_name("kamdesk")
DEMO_ACCOUNTS = 200
# The offscreen platform has no window manager; these are the warnings it always gives.
OFFSCREEN_WARNINGS = ("This plugin does not support",)


def _wait_for_list(process: subprocess.Popen[str], log: Path) -> None:
    shown = f"the account list shows {DEMO_ACCOUNTS} accounts"
    deadline = time.monotonic() + 90
    while not (log.is_file() and shown in log.read_text(encoding="utf-8")):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
        time.sleep(0.2)


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
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KAMDESK_LOG_DIR": str(logs)}
    process = subprocess.Popen(
        [KAMDESK, "--data-dir", str(store), "--demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        _wait_for_list(process, logs / "kamdesk.log")
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
