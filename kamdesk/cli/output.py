"""Command-line output: JSON for scripts, aligned tables for people."""

import json
import sys
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from kamdesk.domain.account import Account


def _plain(value: Any) -> Any:
    if isinstance(value, UUID | Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def account_object(account: Account) -> dict[str, Any]:
    """Every stored field under its own name, as SPEC §9 asks."""
    fields = {
        "id": account.id,
        **asdict(account.fields),
        "created_at": account.created_at,
        "updated_at": account.updated_at,
        "deleted_at": account.deleted_at,
        "status_granted_on": account.status.granted_on,
        "review_due_on": account.status.review_due_on,
        "review_pending": account.status.review_pending,
        "score": account.status.score,
    }
    return {name: _plain(value) for name, value in fields.items()}


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_plain)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    for line in (headers, ["─" * width for width in widths], *rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )
