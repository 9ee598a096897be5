"""kamdesk's scratch folder is swept of what killed runs left, never of a live run's copies."""

import os
import time

from kamdesk.files.location import SCRATCH_KEPT_S, scratch_folder, sweep_scratch


def test_the_sweep_removes_old_leftovers_and_keeps_young_ones() -> None:
    old_folder, young = scratch_folder() / "tmp-old", scratch_folder() / "tmp-young"
    old_folder.mkdir()
    (old_folder / "snapshot.sqlite3").write_bytes(b"contacts")
    young.mkdir()
    hours_ago = time.time() - SCRATCH_KEPT_S - 60
    os.utime(old_folder, (hours_ago, hours_ago))
    sweep_scratch()
    assert not old_folder.exists()
    assert young.exists()
    young.rmdir()
