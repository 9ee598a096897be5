"""Account import figures: a German list of 50,000 accounts (Windows-1252, semicolons, a year
of revenue and a contact per row) imported by a launched `kamdesk import accounts … --yes`,
then imported again (every row matched), against a launched Python that only reads the same
file with the csv module, the floor of any import.

    python benchmarks/account_import.py [--rows 50000] [--runs 3]

Prints the median wall time of each, the ratio to the floor, and the import's peak RSS.
"""

import argparse
import csv
import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = ["Firma", "Kundennummer", "Straße", "PLZ", "Ort", "Land", "Branche", "Umsatz 2025"]
HEADER += ["Ansprechpartner"]
TOWNS = ["München", "Köln", "Dresden", "Stuttgart", "Düsseldorf", "Nürnberg", "Leipzig"]
FLOOR = "import csv, sys\nwith open(sys.argv[1], encoding='cp1252', newline='') as f:\n"
FLOOR += "    rows = list(csv.reader(f, delimiter=';'))\n"


def write_list(path: Path, rows: int) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(rows):
        town = TOWNS[n % len(TOWNS)]
        writer.writerow(
            [
                f"Müller & Söhne {n} GmbH",
                str(100000 + n),
                f"Industriestraße {n % 200 + 1}",
                f"{80000 + n % 9000}",
                town,
                "Deutschland",
                "Maschinenbau",
                f"{(n % 977) * 1234},50",
                f"Anna Groß {n}",
            ]
        )
    path.write_bytes(out.getvalue().encode("cp1252"))


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        listed = Path(folder) / "kunden.csv"
        write_list(listed, args.rows)
        floors, firsts, agains = [], [], []
        for run in range(args.runs):
            store = Path(folder) / f"store{run}"
            kamdesk = [sys.executable, "-m", "kamdesk", "--data-dir", str(store), "--lang", "de"]
            floors.append(timed([sys.executable, "-c", FLOOR, str(listed)]))
            firsts.append(timed([*kamdesk, "import", "accounts", str(listed), "--yes"]))
            agains.append(timed([*kamdesk, "import", "accounts", str(listed), "--yes"]))
        floor = statistics.median(floors)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = listed.stat().st_size / 1024 / 1024
        print(f"{args.rows} rows ({size:.1f} MiB); reading it with csv alone: {floor:.2f} s")
        for label, times in (("import into an empty store", firsts), ("import again", agains)):
            spent = statistics.median(times)
            print(f"{label}: median {spent:.2f} s, ratio {spent / floor:.1f} to the floor")
        print(f"peak RSS of a launched process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
