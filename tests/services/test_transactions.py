"""Writes begin IMMEDIATE and queue on one writer per process; reads never write."""

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import StoreProblem, StoreUnavailable
from kamdesk.i18n.messages import error_message
from kamdesk.services.workspace import Workspace
from kamdesk.store import database
from kamdesk.store.models import AccountRow

WRITER = """
import sys
from pathlib import Path
from kamdesk.domain.account import AccountFields
from kamdesk.services.workspace import Workspace

with Workspace.open(Path(sys.argv[1])) as workspace:
    for n in range(int(sys.argv[3])):
        workspace.accounts.create(AccountFields(name=f"{sys.argv[2]} {n}"))
"""


def test_a_read_transaction_refuses_to_write(workspace: Workspace) -> None:
    with pytest.raises(StoreUnavailable), workspace.transactions.read() as session:
        session.add(AccountRow(name="Geheim GmbH"))
        session.flush()
    assert workspace.accounts.count() == 0


def test_a_write_inside_a_write_on_one_thread_is_refused_not_a_hang(
    workspace: Workspace,
) -> None:
    with (
        workspace.transactions.write(),
        pytest.raises(RuntimeError),
        workspace.transactions.write(),
    ):
        pass


def test_a_write_waits_for_a_long_write_of_another_thread(workspace: Workspace) -> None:
    """The README's first command: the demo data is written on a worker for longer than
    SQLite's busy timeout while the GUI thread saves something."""
    started = threading.Event()

    def long_write() -> None:
        with workspace.transactions.write() as session:
            session.add(AccountRow(name="Worker AG"))
            session.flush()
            started.set()
            time.sleep(database.BUSY_TIMEOUT_MS / 1000 + 0.5)

    worker = threading.Thread(target=long_write)
    worker.start()
    started.wait()
    workspace.accounts.create(AccountFields(name="GUI GmbH"))
    worker.join()
    assert workspace.accounts.count() == 2


def test_a_store_held_by_another_program_is_busy_in_one_sentence_without_data(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    with Workspace.open(data_dir) as workspace:
        other = sqlite3.connect(workspace.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreUnavailable) as refused:
                workspace.accounts.create(AccountFields(name="Geheim GmbH", notes="Telefon 0171"))
        finally:
            other.rollback()
            other.close()
    assert refused.value.problem is StoreProblem.BUSY
    sentence = error_message(refused.value)
    for leaked in ("INSERT", "Geheim", "0171", "locked"):
        assert leaked not in sentence
        assert leaked not in str(refused.value)


@pytest.mark.slow
def test_two_processes_writing_one_store_lose_no_write(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), name, "150"])
        for name in ("Anna", "Ben")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    with Workspace.open(data_dir) as workspace:
        assert workspace.accounts.count() == 300
