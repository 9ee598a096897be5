"""The benchmark script keeps working (its figures are read from a full run, not here)."""

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


@pytest.mark.slow
@pytest.mark.skipif(not BENCHMARKS.exists(), reason="needs the source checkout")
@pytest.mark.parametrize(
    ("script", "arguments", "expected"),
    [
        (
            "startup_and_list.py",
            ["--runs", "1", "--accounts", "300"],
            ["ratio", "300 accounts (in one process", "home view computed, after the list"],
        ),
        (
            "penetration_plan.py",
            ["--units", "12", "--offerings", "5", "--edits", "3"],
            ["12 units × 5 offerings, 60 cells", "edit one cell: median"],
        ),
        ("reminders.py", ["--accounts", "60"], ["60 accounts,", "home view and reminders"]),
        ("briefing.py", ["--accounts", "20", "--runs", "1"], ["write pdf: median"]),
        (
            "sync.py",
            ["--sizes", "30", "--scaling", "30,60", "--children", "2"],
            ["sync of 10 changed accounts", "peak memory of a sync process"],
        ),
        ("launch.py", ["--runs", "1", "--accounts", "20"], ["kamdesk --version: median"]),
        ("portfolio.py", ["--accounts", "100", "--repeats", "2"], ["repaint the chart: median"]),
    ],
)
def test_benchmark_runs_on_a_small_store(
    script: str, arguments: list[str], expected: list[str]
) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    for text in expected:
        assert text in result.stdout
