"""Ids read from the store are the very UUIDs `uuid.UUID` would make of the stored text."""

import pickle
import uuid

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.store.stored_ids import uuid_from_text, uuid_or_none


@given(st.uuids())
def test_an_id_read_from_hex_equals_the_uuid_it_was(original: uuid.UUID) -> None:
    read = uuid_from_text(original.hex)
    assert type(read) is uuid.UUID
    assert (read, hash(read), str(read), read.version) == (
        original,
        hash(original),
        str(original),
        original.version,
    )
    assert pickle.loads(pickle.dumps(read)) == original


def test_other_spellings_and_none_are_read_as_uuid_reads_them() -> None:
    original = uuid.uuid4()
    assert uuid_from_text(str(original)) == original
    assert uuid_or_none(None) is None
