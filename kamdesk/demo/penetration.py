"""Demo penetration plans: a C-parts supplier's catalogue, and for each key account its
sites and departments with a plausible mix of our business, competitors and white space."""

import random
import uuid
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from kamdesk.domain.penetration import CellState, OfferingKind, UnitKind

OFFERINGS = (
    ("Befestigungstechnik", OfferingKind.PRODUCT_LINE),
    ("Werkzeuge", OfferingKind.PRODUCT_LINE),
    ("Arbeitsschutz", OfferingKind.PRODUCT_LINE),
    ("Chemisch-technische Produkte", OfferingKind.PRODUCT_LINE),
    ("Elektromaterial", OfferingKind.PRODUCT_LINE),
    ("C-Teile-Management", OfferingKind.SERVICE),
    ("Kanban-Versorgung", OfferingKind.SERVICE),
    ("Prüf- und Wartungsservice", OfferingKind.SERVICE),
    ("Schulungen", OfferingKind.SERVICE),
)
COMPETITORS = ("Würth", "Hoffmann Group", "Berner", "Bossard", "Fabory", "Hilti")
DEPARTMENTS = ("Instandhaltung", "Produktion", "Logistik", "Werkstatt", "Einkauf")
# Each state's chance, and the range of its amount in euros.
_STATES = (
    (CellState.OURS, 35, (2_000, 120_000)),
    (CellState.POTENTIAL, 25, (5_000, 150_000)),
    (CellState.COMPETITOR, 15, None),
    (CellState.NOT_RELEVANT, 10, None),
    (CellState.UNKNOWN, 15, None),
)

Row = dict[str, Any]


def offering_rows(now: datetime) -> list[Row]:
    return [
        {
            "id": uuid.uuid5(uuid.NAMESPACE_URL, f"kamdesk-demo:{name}"),
            "created_at": now,
            "updated_at": now,
            "name": name,
            "kind": kind,
            "position": position,
        }
        for position, (name, kind) in enumerate(OFFERINGS)
    ]


def plan_rows(
    rng: random.Random,
    now: datetime,
    account_id: uuid.UUID,
    cities: tuple[str, ...],
    offerings: list[Row],
) -> tuple[list[Row], list[Row]]:
    """Units (sites with departments below some) and the cells of the account's plan."""

    def synced() -> Row:
        return {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "created_at": now,
            "updated_at": now,
        }

    units: list[Row] = []
    for position, city in enumerate(rng.sample(cities, min(len(cities), rng.randint(1, 3)))):
        site = _unit(synced, account_id, f"Werk {city}", UnitKind.SITE, None, position)
        units.append(site)
        for number, department in enumerate(rng.sample(DEPARTMENTS, rng.randint(0, 3))):
            units.append(
                _unit(synced, account_id, department, UnitKind.DEPARTMENT, site["id"], number)
            )
    cells = [
        _cell(rng, synced, account_id, unit["id"], offering["id"])
        for unit in units
        for offering in offerings
    ]
    return units, [cell for cell in cells if cell["state"] is not CellState.UNKNOWN]


def _unit(
    synced: Callable[[], Row],
    account_id: uuid.UUID,
    name: str,
    kind: UnitKind,
    parent_id: uuid.UUID | None,
    position: int,
) -> Row:
    return {
        **synced(),
        "account_id": account_id,
        "parent_id": parent_id,
        "name": name,
        "kind": kind,
        "position": position,
    }


def _cell(
    rng: random.Random,
    synced: Callable[[], Row],
    account_id: uuid.UUID,
    unit_id: uuid.UUID,
    offering_id: uuid.UUID,
) -> Row:
    state, _, amounts = rng.choices(_STATES, [weight for _, weight, _ in _STATES])[0]
    amount = Decimal(rng.randint(*amounts) // 500 * 500) if amounts else None
    return {
        **synced(),
        "account_id": account_id,
        "unit_id": unit_id,
        "offering_id": offering_id,
        "state": state,
        "amount": amount,
        "competitor": rng.choice(COMPETITORS) if state is CellState.COMPETITOR else "",
    }
