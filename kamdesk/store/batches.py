"""Queries about many accounts at once, asked in batches: SQLite allows at most 32,766
parameters in one statement, and a store may hold 50,000 accounts."""

import functools
import uuid
from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy.orm import Session

BATCH = 10_000
Value = TypeVar("Value")
PerAccount = Callable[[Session, list[uuid.UUID]], dict[uuid.UUID, Value]]


def in_batches(
    query: PerAccount[Value],
) -> Callable[[Session, Iterable[uuid.UUID]], dict[uuid.UUID, Value]]:
    """Run a per-account query on slices of the ids and merge what each slice found."""

    @functools.wraps(query)
    def run(session: Session, account_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Value]:
        ids, found = list(account_ids), {}
        for start in range(0, len(ids), BATCH):
            found.update(query(session, ids[start : start + BATCH]))
        return found

    return run
