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


PLAN_SCRIPT = SCRIPT.parent / "penetration_plan.py"


@pytest.mark.slow
@pytest.mark.skipif(not PLAN_SCRIPT.exists(), reason="needs the source checkout")
def test_plan_benchmark_runs_on_a_small_plan() -> None:
    result = subprocess.run(
        [sys.executable, str(PLAN_SCRIPT), "--units", "12", "--offerings", "5", "--edits", "3"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "12 units × 5 offerings, 60 cells" in result.stdout
    assert "edit one cell: median" in result.stdout


REMINDER_SCRIPT = SCRIPT.parent / "reminders.py"


@pytest.mark.slow
@pytest.mark.skipif(not REMINDER_SCRIPT.exists(), reason="needs the source checkout")
def test_reminder_benchmark_runs_on_a_small_store() -> None:
    result = subprocess.run(
        [sys.executable, str(REMINDER_SCRIPT), "--accounts", "60"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "60 accounts," in result.stdout
    assert "home view and reminders (one pass):" in result.stdout


BRIEFING_SCRIPT = SCRIPT.parent / "briefing.py"


@pytest.mark.slow
@pytest.mark.skipif(not BRIEFING_SCRIPT.exists(), reason="needs the source checkout")
def test_briefing_benchmark_runs_on_a_small_store() -> None:
    result = subprocess.run(
        [sys.executable, str(BRIEFING_SCRIPT), "--accounts", "20", "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "write pdf: median" in result.stdout
