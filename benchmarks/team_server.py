"""Team sync through a PostgreSQL team server, each sync run in a process of its own, the
server a real one (the Debian package's, started here in a temporary folder, fsync on).

    python benchmarks/team_server.py [--accounts 10000] [--large 100000] [--children 10]

Per account the store holds `children` contacts and as many activities. It prints the team
server issue's figures (measured, goal, met): a first sync of `--accounts` accounts, a second
laptop's first sync, a sync of 10 changed accounts with `--accounts` and with `--large`
accounts on the server (flat in the server's size), a sync with nothing changed, four laptops
syncing 10 changes each at once, and the peak memory of a sync process.
"""

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sync import Run, Table, change, fill, timed_sync

from kamdesk.domain.sync.team_server import TeamServer
from kamdesk.services.team_server import init_server
from kamdesk.services.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.postgres import Cluster, programs

FLAT_S = 0.3


def team_of(folder: Path, server: TeamServer, accounts: int, children: int) -> list[str]:
    """Anna's store of that size, synced to the server; the ids of its accounts."""
    with Workspace.open(folder / "anna") as anna:
        ids = fill(anna, accounts, children)
    timed_sync(folder / "anna", server)
    return ids


def changed(folder: Path, who: str, ids: list[str], server: TeamServer, industry: str) -> Run:
    with Workspace.open(folder / who) as workspace:
        change(workspace, ids, industry)
    return timed_sync(folder / who, server)


def at_once(folder: Path, server: TeamServer, ids: list[str]) -> tuple[float, list[str]]:
    """Four laptops, each with 10 accounts changed, syncing at the same moment: the time
    until all are done, and what each printed."""
    laptops = [f"kam{n}" for n in range(4)]
    for n, who in enumerate(laptops):
        timed_sync(folder / who, server)  # each has the team's rows
        with Workspace.open(folder / who) as workspace:
            change(workspace, ids[n * 10 : n * 10 + 10], f"Branche {who}")
    started = time.perf_counter()
    running = [
        subprocess.Popen(
            [sys.executable, "-m", "kamdesk", "--data-dir", str(folder / who), "sync", server.url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in laptops
    ]
    said = [process.communicate()[1] for process in running]
    return time.perf_counter() - started, [s for s in said if s]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--children", type=int, default=10)
    args = parser.parse_args()
    found = programs()
    if found is None:
        raise SystemExit("PostgreSQL's server programs are needed (apt-get install postgresql)")
    cluster = Cluster(found, durable=True)
    cluster.start()
    try:
        with tempfile.TemporaryDirectory() as name:
            measure(Path(name), cluster, args.accounts, args.large, args.children)
    finally:
        cluster.stop()


def measure(folder: Path, cluster: Cluster, accounts: int, large: int, children: int) -> None:
    server = TeamServer.named(cluster.new_database())
    init_server(server)
    rows = accounts * (1 + 2 * children)
    with Workspace.open(folder / "anna") as anna:
        ids = fill(anna, accounts, children)
    first = timed_sync(folder / "anna", server)
    second = timed_sync(folder / "ben", server)
    table = Table(f"{accounts:,} accounts, {rows:,} rows on the team server")
    table.row("first sync (sends every row)", f"{first.seconds * 1000:.0f} ms", "—", True)
    table.row("a second laptop's first sync", f"{second.seconds * 1000:.0f} ms", "—", True)
    small = changed(folder, "anna", ids[:10], server, "Chemie")
    runs = [first, second, small]
    table.row(
        f"sync of 10 changed accounts, {accounts:,} on the server",
        f"{small.seconds * 1000:.0f} ms",
        f"≤ {FLAT_S} s",
        small.seconds <= FLAT_S,
    )
    timed_sync(folder / "ben", server)  # Ben receives the 10
    quiet = timed_sync(folder / "ben", server)
    runs.append(quiet)
    table.row("sync with nothing changed", f"{quiet.seconds * 1000:.0f} ms", "—", True)
    took, said = at_once(folder, server, ids)
    table.row(
        "four laptops syncing 10 changes each at once",
        f"{took * 1000:.0f} ms until all are done" + (f"; {said}" if said else ""),
        "all done, nothing refused",
        not said,
    )
    if large:
        big = TeamServer.named(cluster.new_database())
        init_server(big)
        big_ids = team_of(folder / "large", big, large, children)
        timed_sync(folder / "large" / "anna", big)
        run = changed(folder / "large", "anna", big_ids[:10], big, "Chemie")
        runs.append(run)
        table.row(
            f"sync of 10 changed accounts, {large:,} on the server",
            f"{run.seconds * 1000:.0f} ms",
            f"≤ {FLAT_S} s and within 2× of {accounts:,}",
            run.seconds <= FLAT_S and run.seconds <= 2 * max(small.seconds, 0.05),
        )
    peak = max(run.peak_mib for run in runs)
    table.row("peak memory of a sync process", f"{peak:.0f} MiB", "≤ 300 MiB", peak <= 300)


if __name__ == "__main__":
    main()
