"""One sync decided from what it read: the rows in scope decoded, this device's stamped, merged
with the shared files', what the local store then holds, the conflicts and the new rows as
texts. The same reading gives the same decision, however much of the store it covers."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from kamdesk.domain.sync.clock import Stamp
from kamdesk.domain.sync.merge import RowState, merged
from kamdesk.domain.sync.plan import (
    Key,
    LocalRow,
    Materialized,
    Merge,
    Relations,
    kept_alive_conflicts,
    local_states,
    materialized,
    merge_all,
)
from kamdesk.domain.sync.rows import Texts, decode_state, encode_state
from kamdesk.domain.sync.scope import rows_in_scope


@dataclass(frozen=True)
class Decision:
    stamp: Stamp  # of every change made here
    local: dict[Key, RowState]  # this device's rows in scope
    remote: dict[Key, RowState]  # the shared files' rows in scope
    merge: Merge
    result: Materialized
    encoded: dict[Key, Texts]  # the merged rows as the shared file and the base keep them


def decided(
    local_rows: Mapping[Key, LocalRow],
    base_texts: Mapping[Key, Texts],
    remotes: Sequence[Mapping[Key, Texts]],
    relations: Relations,
    stamping: Callable[[Iterable[RowState]], Stamp],
) -> Decision:
    """`stamping` gives this sync's stamp, after the remote rows' newest."""
    scope = rows_in_scope(local_rows, base_texts, remotes, relations)
    decoder = _Decoder(scope)
    base = decoder.states(base_texts)
    remote = decoder.states(remotes[0])
    for other in remotes[1:]:
        remote = _merged_states(remote, decoder.states(other))
    # Rows out of scope equal the base, whose stamps the clock received when it was saved.
    stamp = stamping(remote.values())
    mine = {key: row for key, row in local_rows.items() if key in scope}
    local = local_states(mine, base, relations, stamp)
    merge = merge_all(local, remote, base)
    result = materialized(merge.states, relations)
    merge.conflicts += kept_alive_conflicts(result, local)
    encoded = {key: encode_state(state) for key, state in merge.states.items()}
    return Decision(stamp, local, remote, merge, result, encoded)


class _Decoder:
    """Decodes the rows in scope, each distinct text once (the shared file mostly repeats
    the base)."""

    def __init__(self, scope: set[Key]) -> None:
        self._scope = scope
        self._known: dict[tuple[str, Texts], RowState] = {}

    def states(self, rows: Mapping[Key, Texts]) -> dict[Key, RowState]:
        return {key: self._state(key.table, rows[key]) for key in self._scope if key in rows}

    def _state(self, table: str, texts: Texts) -> RowState:
        found = self._known.get((table, texts))
        if found is None:
            found = self._known[(table, texts)] = decode_state(table, *texts)
        return found


def _merged_states(a: Mapping[Key, RowState], b: Mapping[Key, RowState]) -> dict[Key, RowState]:
    result = dict(a)
    for key, state in b.items():
        result[key] = merged(result[key], state) if key in result else state
    return result
