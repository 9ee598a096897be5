"""What one sync reads of this store, its base and the shared file. Either everything (a
first sync, a file that does not descend from the write this device last merged, conflicted
copies beside it), or only the rows changed here or in the file since then, with the rows
whose fate may hang on them: the rows they belong to, the rows belonging to one deleted
somewhere (down the line), and rows holding the same unique key. The domain's scope then
decides among these exactly as it would among all rows."""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kamdesk.domain.sync.plan import Key, LocalRow, Relations, owners, unique_key
from kamdesk.domain.sync.rows import Texts
from kamdesk.domain.sync.scope import deleted_somewhere
from kamdesk.files.shared_copy import SharedCopy
from kamdesk.store import sync_tables


@dataclass
class Reading:
    local: dict[Key, LocalRow]
    base: dict[Key, Texts]
    remotes: list[dict[Key, Texts]]  # the shared file's, then each conflicted copy's


def everything(session: Session, remotes: list[dict[Key, Texts]]) -> Reading:
    return Reading(sync_tables.read_local(session), sync_tables.read_base(session), remotes)


def changes(
    session: Session, copy: SharedCopy, changed: Iterable[Key], relations: Relations
) -> Reading:
    """The rows changed (here or in the copy) and their neighbourhood, read round by round
    until no round finds another."""
    reading = Reading({}, {}, [{}])
    known: set[Key] = set()
    dying: set[Key] = set()  # belonging to a row deleted somewhere, so perhaps gone with it
    pending = set(changed)
    while pending:
        known |= pending
        local = sync_tables.read_local(session, pending)
        base = sync_tables.read_base(session, pending)
        remote = copy.texts(pending)
        reading.local |= local
        reading.base |= base
        reading.remotes[0] |= remote
        versions = {key: list(_versions(key, local, base, remote)) for key in pending}
        deleted = {
            key for key in pending if key in dying or deleted_somewhere(key, local, [base, remote])
        }
        below = sync_tables.belonging_to(session, deleted, relations)
        dying |= below
        found = below | _owners(versions, relations) | _same_key(session, versions, relations)
        pending = found - known
    return reading


def _versions(
    key: Key,
    local: Mapping[Key, LocalRow],
    base: Mapping[Key, Texts],
    remote: Mapping[Key, Texts],
) -> Iterable[Mapping[str, object]]:
    """The row's data here, in the base and in the file."""
    if key in local:
        yield local[key].data
    for texts in (base.get(key), remote.get(key)):
        if texts is not None and texts.data:
            yield json.loads(texts.data)


def _owners(versions: Mapping[Key, list[Mapping[str, object]]], relations: Relations) -> set[Key]:
    return {
        owner
        for key, datas in versions.items()
        for data in datas
        for owner in owners(key.table, data, relations)
    }


def _same_key(
    session: Session, versions: Mapping[Key, list[Mapping[str, object]]], relations: Relations
) -> set[Key]:
    found = set()
    for key, datas in versions.items():
        for data in datas:
            unique = unique_key(key.table, data, relations)
            if unique is not None:
                table, values = unique
                found |= sync_tables.holding(session, table, relations.unique[table], values)
    return found
