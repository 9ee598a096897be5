"""A second kamdesk on the same store says so and brings the first window forward."""

import signal
from pathlib import Path

import pytest

from ...launched import KAMDESK, launch, wait_for_log


@pytest.mark.slow
@pytest.mark.skipif(not KAMDESK.is_file(), reason="needs the installed kamdesk command")
def test_a_second_start_on_the_same_store_wakes_the_first_and_ends(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = launch(store, tmp_path / "first")
    try:
        wait_for_log(first, tmp_path / "first", "the account list shows 0 accounts")
        second = launch(store, tmp_path / "second")
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0 and out == ""
        assert "already open" in err and str(store) in err
        wait_for_log(first, tmp_path / "first", "this window comes forward")
        other = launch(tmp_path / "other store", tmp_path / "other")
        wait_for_log(other, tmp_path / "other", "the account list shows 0 accounts")
        other.send_signal(signal.SIGTERM)
        other.communicate(timeout=30)
        assert other.returncode == 0  # another store is another window
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
    assert first.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not KAMDESK.is_file(), reason="needs the installed kamdesk command")
def test_a_team_file_opened_while_kamdesk_runs_is_offered_by_the_running_window(
    tmp_path: Path,
) -> None:
    store, team_file = tmp_path / "store", tmp_path / "share" / "team.kamdesk"
    first = launch(store, tmp_path / "first")
    try:
        wait_for_log(first, tmp_path / "first", "the account list shows 0 accounts")
        second = launch(store, tmp_path / "second", "--team-file", str(team_file))
        second.communicate(timeout=60)
        assert second.returncode == 0
        wait_for_log(first, tmp_path / "first", "a team file was opened with kamdesk")
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
