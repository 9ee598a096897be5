"""Which rows one sync must think about. Most rows read the same in the local store, the sync
base and the shared file: they stay as they are, and a sync decodes, merges and writes only
the others, with the rows whose fate hangs on them."""

import json
from collections.abc import Iterable, Mapping, Sequence

from kamdesk.domain.sync.plan import Key, LocalRow, Relations, owners, unique_key
from kamdesk.domain.sync.rows import Texts


def rows_in_scope(
    local: Mapping[Key, LocalRow],
    base: Mapping[Key, Texts],
    remotes: Sequence[Mapping[Key, Texts]],
    relations: Relations,
) -> set[Key]:
    """The rows changed here or in a shared file since the last sync; the rows belonging to
    a deleted one among them (deleting an account deletes its contacts, and a live contact
    keeps its account); and rows holding the same unique key (two laptops may have entered
    the same year)."""
    quiet = {key for key, row in local.items() if _quiet(row, base.get(key), remotes, key)}
    scope = set(base).union(local, *remotes) - quiet
    others = [base, *remotes]
    pending = [key for key in scope if deleted_somewhere(key, local, others)]
    if pending:
        children = _children(quiet, local, relations)
        while pending:
            for child in children.get(pending.pop(), ()):
                if child not in scope:
                    scope.add(child)
                    pending.append(child)
    return scope | _same_unique_key(scope, quiet, local, others, relations)


def deleted_somewhere(
    key: Key, local: Mapping[Key, LocalRow], others: Sequence[Mapping[Key, Texts]]
) -> bool:
    """Deleted here or gone from here, or deleted in the base or a shared file: what
    belongs to the row may live or die with it."""
    row = local.get(key)
    return row is None or row.deleted or any((t := o.get(key)) and t[2] for o in others)


def _quiet(
    row: LocalRow, base: Texts | None, remotes: Sequence[Mapping[Key, Texts]], key: Key
) -> bool:
    """Alive and unchanged here since the last sync, and the shared files still say what
    they said then."""
    return (
        base is not None
        and not base.tombstone
        and not row.deleted
        and all(remote.get(key) == base for remote in remotes)
        and json.loads(base.data) == row.data
    )


def _children(
    quiet: Iterable[Key], local: Mapping[Key, LocalRow], relations: Relations
) -> dict[Key, list[Key]]:
    found: dict[Key, list[Key]] = {}
    for key in quiet:
        for owner in owners(key.table, local[key].data, relations):
            found.setdefault(owner, []).append(key)
    return found


def _same_unique_key(
    scope: Iterable[Key],
    quiet: Iterable[Key],
    local: Mapping[Key, LocalRow],
    others: Sequence[Mapping[Key, Texts]],
    relations: Relations,
) -> set[Key]:
    """Quiet rows whose unique key a row in scope holds in any of its versions."""
    tables = {key.table for key in scope if key.table in relations.unique}
    held = {}
    for key in quiet:
        if key.table in tables and (unique := unique_key(key.table, local[key].data, relations)):
            held[unique] = key
    found = set()
    for key in scope:
        if key.table not in tables:
            continue
        versions = [local[key].data] if key in local else []
        versions += [json.loads(texts.data) for o in others if (texts := o.get(key)) and texts.data]
        for data in versions:
            unique = unique_key(key.table, data, relations)
            if unique in held:
                found.add(held[unique])
    return found
