"""The copies cloud clients make when two people changed the shared file at once."""

import re


def is_conflicted_copy(shared_name: str, candidate: str) -> bool:
    """Dropbox "team (Max's conflicted copy 2026-11-23).kamdesk", Nextcloud/ownCloud
    "team (conflicted copy 2026-11-23 101010).kamdesk", OneDrive "team-LAPTOP.kamdesk",
    Syncthing "team.sync-conflict-20261123-101010-ABCDEFG.kamdesk"."""
    stem, dot, suffix = shared_name.rpartition(".")
    if not dot:
        stem, suffix = shared_name, ""
    ending = re.escape(f".{suffix}") if dot else ""
    pattern = (
        rf"{re.escape(stem)}"
        r"(?: \([^()]*conflicted copy[^()]*\)|-[A-Za-z0-9_]+|\.sync-conflict-[0-9A-Za-z-]+)"
        rf"{ending}"
    )
    return candidate != shared_name and re.fullmatch(pattern, candidate) is not None
