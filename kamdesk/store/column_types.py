"""Column types that keep money exact and timestamps in UTC on SQLite, and read ids fast."""

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, String, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from kamdesk.store.stored_ids import uuid_or_none


class FastUuid(Uuid[uuid.UUID]):
    """SQLAlchemy's Uuid, stored alike (32 hex digits: the store is SQLite, which has no
    uuid type), read by `stored_ids`."""

    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        return uuid_or_none


class Money(TypeDecorator[Decimal]):
    """Decimal stored as text: SQLite has no decimal type and floats would round cents."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        return _decimal_or_none  # one call a value where TypeDecorator's takes two


def _decimal_or_none(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored naive in UTC."""

    impl = DateTime()
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)
