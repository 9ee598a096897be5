"""Team sync on a big store, against copying the shared file in and out.

    python benchmarks/sync.py [--accounts 10000] [--children 10]

Builds a store with the given accounts and, per account, `children` contacts and as many
activities (10,000 accounts: 100,000 of each). Prints the first full sync into a new shared
file, a second laptop's first sync from it, and a sync with 10 changed accounts; each also
as a ratio to a plain copy of the shared file in and out (the least any sync must do).
"""

import argparse
import dataclasses
import shutil
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from kamdesk.domain.classification import HierarchyLevel
from kamdesk.services.workspace import Workspace
from kamdesk.store.models import AccountRow, ActivityRow, ContactRow


def fill(workspace: Workspace, accounts: int, children: int) -> list[uuid.UUID]:
    ids = [uuid.uuid4() for _ in range(accounts)]
    with workspace.transactions.write() as session:
        session.add_all(AccountRow(id=i, name=f"Kunde {n:05d}") for n, i in enumerate(ids))
        session.flush()
        for account in ids:
            session.add_all(
                ContactRow(
                    account_id=account,
                    name=f"Kontakt {n}",
                    hierarchy_level=HierarchyLevel.SPECIALIST,
                )
                for n in range(children)
            )
            session.add_all(
                ActivityRow(account_id=account, occurred_on=date(2026, 1, 1), text=f"Notiz {n}")
                for n in range(children)
            )
    return ids


def copy_in_and_out(shared: Path, folder: Path) -> float:
    started = time.perf_counter()
    local = folder / "copy.sqlite3"
    shutil.copyfile(shared, local)
    shutil.copyfile(local, shared.with_name("copy-back.tmp"))
    return time.perf_counter() - started


def timed(label: str, work: object, baseline: float | None = None) -> float:
    assert callable(work)
    started = time.perf_counter()
    work()
    took = time.perf_counter() - started
    ratio = f" ({took / baseline:.1f}× a plain copy in and out)" if baseline else ""
    print(f"{label}: {took * 1000:.0f} ms{ratio}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--children", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "share").mkdir()
        shared = folder / "share" / "team.kamdesk"
        with Workspace.open(folder / "anna") as anna, Workspace.open(folder / "ben") as ben:
            ids = fill(anna, args.accounts, args.children)
            rows = args.accounts * (1 + 2 * args.children)
            print(f"{args.accounts} accounts, {rows} rows")
            timed("first sync (writes the shared file)", lambda: anna.sync.sync(shared))
            size = shared.stat().st_size / 2**20
            baseline = copy_in_and_out(shared, folder)
            print(f"shared file: {size:.1f} MiB; plain copy in and out: {baseline * 1000:.0f} ms")
            timed("second laptop's first sync", lambda: ben.sync.sync(shared), baseline)
            for account in ids[:10]:
                fields = anna.accounts.get(account).fields
                anna.accounts.update(account, dataclasses.replace(fields, industry="Chemie"))
            timed("sync of 10 changed accounts", lambda: anna.sync.sync(shared), baseline)
            timed("nothing changed", lambda: ben.sync.sync(shared), baseline)


if __name__ == "__main__":
    main()
