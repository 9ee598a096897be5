"""The command line measured where the user waits: from launching the process to its exit,
against a bare `python -c pass` launched the same way (alternating, median of the runs).

    python benchmarks/launch.py [--runs 7] [--accounts 2000]

Prints `kamdesk --version` and `kamdesk accounts list` (on a store of demo accounts) with
their ratio to the bare interpreter.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KAMDESK = Path(sys.executable).with_name("kamdesk")


def launched(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def compare(label: str, command: list[str], runs: int) -> None:
    bare, measured = [], []
    for _ in range(runs):  # alternating, so that a busy moment hits both alike
        bare.append(launched([sys.executable, "-c", "pass"]))
        measured.append(launched(command))
    ours, baseline = statistics.median(measured), statistics.median(bare)
    print(f"{label}: median {ours:.0f} ms (bare python {baseline:.0f} ms, {ours / baseline:.1f}×)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--accounts", type=int, default=2_000)
    args = parser.parse_args()
    compare("kamdesk --version", [str(KAMDESK), "--version"], args.runs)
    with tempfile.TemporaryDirectory() as folder:
        store = ["--data-dir", folder]
        subprocess.run(
            [KAMDESK, *store, "demo", "--accounts", str(args.accounts)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        compare(
            f"kamdesk accounts list ({args.accounts} accounts)",
            [str(KAMDESK), *store, "accounts", "list"],
            args.runs,
        )


if __name__ == "__main__":
    main()
