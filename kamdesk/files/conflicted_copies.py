"""Conflicted copies of the shared file that cloud clients left beside it: those of this team
that read cleanly are merged, then moved aside into a folder of their own. Anything else is
left where it is."""

import shutil
from dataclasses import dataclass
from pathlib import Path

from kamdesk.domain.errors import SharedFileError
from kamdesk.domain.sync.conflicted_copies import is_conflicted_copy
from kamdesk.files.shared_file import Snapshot, read_snapshot
from kamdesk.files.shared_lock import Unlock

MERGED_FOLDER = "kamdesk merged copies"


@dataclass(frozen=True)
class Copy:
    path: Path
    snapshot: Snapshot


def readable(shared: Path, team: str, unlock: Unlock) -> list[Copy]:
    copies = []
    for candidate in sorted(shared.parent.iterdir()):
        if not candidate.is_file() or not is_conflicted_copy(shared.name, candidate.name):
            continue
        try:
            copies.append(Copy(candidate, read_snapshot(candidate, team, unlock)))
        except SharedFileError:
            continue  # damaged, another team's or under another passphrase: not ours to merge
    return copies


def move_aside(copies: list[Copy]) -> None:
    for copy in copies:
        folder = copy.path.parent / MERGED_FOLDER
        folder.mkdir(exist_ok=True)
        shutil.move(copy.path, folder / copy.path.name)
