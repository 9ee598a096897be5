"""The account list's lines, read by one SQL statement: through the store's session, and at
start by a plain read of the file before SQLAlchemy is even loaded, so that the window shows
the list while the store opens."""

import sqlite3
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.classification import Scope, Segment, StatusLevel
from kamdesk.domain.lifecycle import Phase
from kamdesk.store.read_only import connect_read_only
from kamdesk.store.revisions import revision_in
from kamdesk.store.stored_ids import uuid_from_text, uuid_or_none

LIVE = "a.deleted_at IS NULL"
DELETED = "a.deleted_at IS NOT NULL"
_SELECT = """SELECT a.id, a.name, a.status_level, a.scope, a.segment, a.owner, a.country,
    a.industry,
    (SELECT k.revenue FROM key_figures AS k
     WHERE k.account_id = a.id AND k.deleted_at IS NULL ORDER BY k.year DESC LIMIT 1),
    a.score, a.phase, a.group_id
FROM accounts AS a"""
# Enums stored by value, looked up by it: a call of the enum per cell is a tenth of a big list.
_LEVELS = {level.value: level for level in StatusLevel}
_SCOPES = {scope.value: scope for scope in Scope}
_SEGMENTS = {segment.value: segment for segment in Segment}
_PHASES = {phase.value: phase for phase in Phase}


def summary_sql(condition: str, order: str | None = None) -> str:
    """The lines of the accounts meeting `condition` (SQL over `a`, the accounts table)."""
    return f"{_SELECT} WHERE {condition}" + (f" ORDER BY {order}" if order else "")


def summaries_of(rows: Iterable[Sequence[Any]]) -> list[AccountSummary]:
    return [_summary(*row) for row in rows]


def _summary(
    account_id: str,
    name: str,
    level: str,
    scope: str,
    segment: str,
    owner: str,
    country: str,
    industry: str,
    revenue: str | None,
    score: int | None,
    phase: str,
    group_id: str | None,
) -> AccountSummary:
    return AccountSummary(
        uuid_from_text(account_id),
        name,
        _LEVELS[level],
        _SCOPES[scope],
        _SEGMENTS[segment],
        owner,
        country,
        industry,
        None if revenue is None else Decimal(revenue),
        score,
        _PHASES[phase],
        uuid_or_none(group_id),
    )


def read_at_start(path: Path, head: str) -> list[AccountSummary] | None:
    """The live accounts' lines as the file holds them, read-only; None wherever only
    opening the store can tell (no file, another schema revision, anything SQLite or a row
    refuses), and opening it then says what is wrong."""
    if not path.is_file():
        return None
    try:
        connection = connect_read_only(path)
        try:
            if revision_in(connection) != head:
                return None
            return summaries_of(connection.execute(summary_sql(LIVE)))
        finally:
            connection.close()
    except (sqlite3.Error, ValueError, TypeError, KeyError, ArithmeticError):
        return None
