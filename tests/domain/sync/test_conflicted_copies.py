"""The conflicted copies of four cloud clients are recognised; other files are not."""

import pytest

from kamdesk.domain.sync.conflicted_copies import is_conflicted_copy


@pytest.mark.parametrize(
    "name",
    [
        "team (Max Müller's conflicted copy 2026-11-23).kamdesk",
        "team (conflicted copy 2026-11-23).kamdesk",
        "team (conflicted copy 2026-11-23 101010).kamdesk",
        "team-LAPTOP4711.kamdesk",
        "team.sync-conflict-20261123-101010-ABCDEFG.kamdesk",
    ],
)
def test_a_cloud_clients_conflicted_copy_is_recognised(name: str) -> None:
    assert is_conflicted_copy("team.kamdesk", name)


@pytest.mark.parametrize(
    "name",
    [
        "team.kamdesk",
        "team.kamdesk.previous",
        ".team.kamdesk.0123abcd.tmp",
        "team.kamdesk.lock",
        "other (conflicted copy 2026-11-23).kamdesk",
        "team (conflicted copy 2026-11-23).xlsx",
        "team (copy).kamdesk",
    ],
)
def test_other_files_beside_the_shared_file_are_not(name: str) -> None:
    assert not is_conflicted_copy("team.kamdesk", name)
