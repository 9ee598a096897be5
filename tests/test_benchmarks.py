"""The benchmark script keeps working (its figures are read from a full run, not here)."""

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "startup_and_list.py"


@pytest.mark.slow
@pytest.mark.skipif(not SCRIPT.exists(), reason="needs the source checkout")
def test_benchmark_runs_on_a_small_store() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", "1", "--accounts", "300"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "ratio" in result.stdout
    assert "300 accounts: list shown after" in result.stdout
