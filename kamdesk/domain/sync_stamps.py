"""How a row's clocks are kept: one compact text per row mapping each field group to its
stamp (not a row per field). Fields that must travel together form one group."""

import json
from collections.abc import Iterable, Mapping

from kamdesk.domain.sync_clock import Stamp

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
    return json.dumps({g: s.encode() for g, s in sorted(stamps.items())}, separators=(",", ":"))


def decode(text: str) -> dict[str, Stamp]:
    """An empty or unreadable text is a row that never synced: no stamps."""
    try:
        raw = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    stamps = {}
    for group, value in raw.items():
        try:
            stamps[str(group)] = Stamp.decode(str(value))
        except ValueError:
            continue
    return stamps
