"""Ids as the store holds them: 32 hex digits (SQLite has no uuid type). Read here without
SQLAlchemy, so that the account list can be read before SQLAlchemy is even loaded."""

import uuid

_HEX_DIGITS = 32
_new_uuid = object.__new__
_set_slot = object.__setattr__
_SAFETY_UNKNOWN = uuid.SafeUUID.unknown


def uuid_from_text(value: str) -> uuid.UUID:
    """The id made without `uuid.UUID.__init__`'s parsing of every spelling: a home view or
    sync at 50,000 accounts reads a million ids, and the parsing was an eighth of its time.
    Any other spelling goes through `uuid.UUID`."""
    if len(value) != _HEX_DIGITS:
        return uuid.UUID(value)
    made = _new_uuid(uuid.UUID)
    _set_slot(made, "int", int(value, 16))  # UUID is immutable: its slots are set this way
    _set_slot(made, "is_safe", _SAFETY_UNKNOWN)
    return made


def uuid_or_none(value: str | None) -> uuid.UUID | None:
    return None if value is None else uuid_from_text(value)
