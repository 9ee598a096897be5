"""How a row's clocks are kept: one compact text per row mapping each field group to its
stamp (not a row per field). Fields that must travel together form one group."""

import json
from collections import Counter
from collections.abc import Iterable, Mapping

from kamdesk.domain.sync.clock import Stamp

DEFAULT = "*"  # the stamp of every group not stamped on its own

# Fields whose values only make sense together; every other field is a group of its own.
FIELD_GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    "accounts": {
        "status": ("status_level", "status_granted_on", "review_due_on", "review_pending"),
    },
    "penetration_cells": {"cell": ("state", "amount", "competitor")},
    "complaints": {"resolution": ("status", "resolved_on")},
}


def group_of(table: str, field: str) -> str:
    for group, fields in FIELD_GROUPS.get(table, {}).items():
        if field in fields:
            return group
    return field


def groups(table: str, fields: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The table's fields by group, in the order given."""
    found: dict[str, list[str]] = {}
    for field in fields:
        found.setdefault(group_of(table, field), []).append(field)
    return {group: tuple(members) for group, members in found.items()}


def encode(stamps: Mapping[str, Stamp]) -> str:
    """The most common stamp once, as the default ("*"), and the groups stamped otherwise:
    most rows carry one or two stamps over many groups. The same stamps always give the same
    text, so that unchanged rows compare equal as text on every device."""
    counts = Counter(stamps.values())
    common = max(counts, key=lambda s: (counts[s], s), default=None)
    listed = {g: s.encode() for g, s in sorted(stamps.items()) if s != common}
    if common is not None:
        listed[DEFAULT] = common.encode()
    return json.dumps(listed, separators=(",", ":"), sort_keys=True)


def decode(text: str, groups: Iterable[str]) -> dict[str, Stamp]:
    """The stamps of the given groups. A group without a readable stamp has none: an empty
    or unreadable text is a row that never synced."""
    try:
        raw = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    stamps = {}
    for group in groups:
        value = raw.get(group, raw.get(DEFAULT))
        try:
            stamps[group] = Stamp.decode(str(value))
        except ValueError:
            continue  # no stamp or an unreadable one
    return stamps
