"""The penetration plan (Durchdringungsplan, SPEC §3): which of our offerings each unit of the
customer buys from us, buys from a competitor, or could buy. The cells we do not serve yet,
ranked by their potential, are the white space."""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kamdesk.domain.errors import FieldIssue, InvalidCell, InvalidName, IssueCode
from kamdesk.domain.text import one_line

NAME_MAX = 120
# The largest plan a sheet may hold: far beyond any customer's units and offerings.
SHEET_ROWS_MAX, SHEET_COLUMNS_MAX = 5_000, 1_000
ZERO = Decimal(0)


class CellState(StrEnum):
    UNKNOWN = "unknown"
    OURS = "ours"  # we supply it; the amount is our revenue
    COMPETITOR = "competitor"  # a competitor supplies it; named if known
    POTENTIAL = "potential"  # nobody supplies it yet; the amount is the estimated value
    NOT_RELEVANT = "not_relevant"


class UnitKind(StrEnum):
    SITE = "site"
    COUNTRY = "country"
    DIVISION = "division"
    DEPARTMENT = "department"


class OfferingKind(StrEnum):
    PRODUCT_LINE = "product_line"
    SERVICE = "service"


@dataclass(frozen=True)
class Cell:
    state: CellState = CellState.UNKNOWN
    amount: Decimal | None = None  # revenue when ours, estimated value when potential
    competitor: str = ""


UNKNOWN = Cell()


@dataclass(frozen=True)
class Unit:
    """A site, country, division or department of the customer; nested under `parent_id`."""

    id: uuid.UUID
    name: str
    kind: UnitKind = UnitKind.SITE
    parent_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Offering:
    """A product line or service of ours, shared by every account's plan."""

    id: uuid.UUID
    name: str
    kind: OfferingKind = OfferingKind.PRODUCT_LINE


CellKey = tuple[uuid.UUID, uuid.UUID]  # (unit id, offering id)


@dataclass(frozen=True)
class Sums:
    revenue: Decimal = ZERO
    potential: Decimal = ZERO

    def __add__(self, other: "Sums") -> "Sums":
        return Sums(self.revenue + other.revenue, self.potential + other.potential)

    def __sub__(self, other: "Sums") -> "Sums":
        return Sums(self.revenue - other.revenue, self.potential - other.potential)


@dataclass(frozen=True)
class PlanSums:
    rows: dict[uuid.UUID, Sums]  # per unit, its sub-units included
    columns: dict[uuid.UUID, Sums]  # per offering
    total: Sums
    largest: dict[CellState, Decimal]  # the largest revenue and potential: the deepest shade


_SUMMED = (CellState.OURS, CellState.POTENTIAL)


@dataclass(frozen=True)
class WhiteSpot:
    unit: Unit
    offering: Offering
    potential: Decimal | None


@dataclass(frozen=True)
class PenetrationPlan:
    """Units in outline order (each parent before its children), offerings in catalogue order,
    and the cells that say more than "unknown"."""

    units: tuple[Unit, ...] = ()
    offerings: tuple[Offering, ...] = ()
    cells: Mapping[CellKey, Cell] = field(default_factory=dict)

    def cell(self, unit_id: uuid.UUID, offering_id: uuid.UUID) -> Cell:
        return self.cells.get((unit_id, offering_id), UNKNOWN)

    def depths(self) -> dict[uuid.UUID, int]:
        """0 for a top-level unit, 1 for its sub-units, …"""
        depth: dict[uuid.UUID, int] = {}
        for unit in self.units:
            depth[unit.id] = 0 if unit.parent_id is None else depth.get(unit.parent_id, -1) + 1
        return depth

    def descendants(self, unit_id: uuid.UUID) -> list[uuid.UUID]:
        """The unit's sub-units at any depth, in outline order."""
        found: set[uuid.UUID] = {unit_id}
        for unit in self.units:
            if unit.parent_id in found:
                found.add(unit.id)
        return [unit.id for unit in self.units if unit.id in found and unit.id != unit_id]

    def sums(self) -> "PlanSums":
        """Revenue and potential per unit (its sub-units included), per offering, and in all,
        and the largest of each. One pass over the cells, in plain Decimal dicts: it runs
        after every edit."""
        units = {unit.id: (ZERO, ZERO) for unit in self.units}
        offerings = {offering.id: (ZERO, ZERO) for offering in self.offerings}
        for (unit_id, offering_id), cell in self.cells.items():
            if cell.amount is None or cell.state not in _SUMMED:
                continue
            if unit_id not in units or offering_id not in offerings:
                continue  # a cell of a removed unit or offering
            added = (cell.amount, ZERO) if cell.state is CellState.OURS else (ZERO, cell.amount)
            for sums, key in ((units, unit_id), (offerings, offering_id)):
                revenue, potential = sums[key]
                sums[key] = (revenue + added[0], potential + added[1])
        for unit in reversed(self.units):  # children come after parents: add upwards
            if unit.parent_id in units:
                revenue, potential = units[unit.parent_id]
                units[unit.parent_id] = (revenue + units[unit.id][0], potential + units[unit.id][1])
        columns = {key: Sums(*pair) for key, pair in offerings.items()}
        return PlanSums(
            {key: Sums(*pair) for key, pair in units.items()},
            columns,
            sum(columns.values(), Sums()),
            self._largest(),
        )

    def _largest(self) -> dict[CellState, Decimal]:
        """The largest revenue and the largest potential of any cell."""
        largest = dict.fromkeys(_SUMMED, ZERO)
        for cell in self.cells.values():
            if cell.amount is not None and cell.state in _SUMMED:
                largest[cell.state] = max(largest[cell.state], cell.amount)
        return largest

    def sums_after(self, sums: "PlanSums", before: Mapping[CellKey, Cell]) -> "PlanSums":
        """The sums of this plan, made from `sums` of the plan it was before the cells in
        `before` (as they were then) changed: only their units, their parents and their
        offerings are added up again, so that an edit of a big plan stays instant."""
        rows, columns, total = dict(sums.rows), dict(sums.columns), sums.total
        largest = dict(sums.largest)
        parents = {unit.id: unit.parent_id for unit in self.units}
        outgrown = False  # a largest amount changed away: find the new largest
        for key, old in before.items():
            new = self.cell(*key)
            change = _summed(new) - _summed(old)
            unit_id, offering_id = key
            if unit_id in rows and offering_id in columns:
                columns[offering_id] += change
                total += change
                upwards: uuid.UUID | None = unit_id
                while upwards is not None:  # the unit and every unit above it
                    rows[upwards] += change
                    upwards = parents.get(upwards)
            if new.state in _SUMMED and new.amount is not None:
                largest[new.state] = max(largest[new.state], new.amount)
            outgrown |= old.state in _SUMMED and old.amount == largest[old.state]
        if outgrown:
            largest = self._largest()
        return PlanSums(rows, columns, total, largest)

    def white_space(self) -> list[WhiteSpot]:
        """The cells with potential, largest first; unvalued ones last, in plan order."""
        units = {unit.id: (row, unit) for row, unit in enumerate(self.units)}
        offerings = {
            offering.id: (column, offering) for column, offering in enumerate(self.offerings)
        }
        found = [
            (units[unit_id], offerings[offering_id], cell.amount)
            for (unit_id, offering_id), cell in self.cells.items()
            if cell.state is CellState.POTENTIAL and unit_id in units and offering_id in offerings
        ]
        found.sort(key=lambda spot: (-(spot[2] or Decimal(-1)), spot[0][0], spot[1][0]))
        return [
            WhiteSpot(unit, offering, potential) for (_, unit), (_, offering), potential in found
        ]


def _summed(cell: Cell) -> Sums:
    """What the cell adds to the sums: its amount as revenue (ours) or potential."""
    if cell.amount is None or cell.state not in _SUMMED:
        return Sums()
    return Sums(cell.amount) if cell.state is CellState.OURS else Sums(ZERO, cell.amount)


def outline(units: Iterable[Unit]) -> tuple[Unit, ...]:
    """Units in outline order, keeping the given order among siblings. A unit whose parent is
    missing becomes a top-level unit, so no unit is ever lost."""
    units = list(units)
    known = {unit.id for unit in units}
    children: dict[uuid.UUID | None, list[Unit]] = {}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in known else None
        children.setdefault(parent, []).append(unit)
    ordered: list[Unit] = []
    visited: set[uuid.UUID] = set()

    def visit(parent: uuid.UUID | None) -> None:
        for unit in children.get(parent, []):
            if unit.id not in visited:
                visited.add(unit.id)
                ordered.append(unit if parent == unit.parent_id else _top_level(unit))
                visit(unit.id)

    visit(None)
    # Units caught in a parent cycle are not reachable from the top: lift them up.
    for unit in units:
        if unit.id not in visited:
            visited.add(unit.id)
            ordered.append(_top_level(unit))
            visit(unit.id)
    return tuple(ordered)


def _top_level(unit: Unit) -> Unit:
    return Unit(unit.id, unit.name, unit.kind, None)


def validated_cell(cell: Cell) -> Cell:
    """Amounts only where they mean something, never negative; names trimmed."""
    if cell.amount is not None and cell.amount < 0:
        raise InvalidCell((FieldIssue("amount", IssueCode.BAD_VALUE),))
    competitor = one_line(cell.competitor)
    if len(competitor) > NAME_MAX:
        raise InvalidCell((FieldIssue("competitor", IssueCode.TOO_LONG, NAME_MAX),))
    if cell.state in (CellState.OURS, CellState.POTENTIAL):
        return Cell(cell.state, cell.amount)
    if cell.state is CellState.COMPETITOR:
        return Cell(cell.state, None, competitor)
    return Cell(cell.state)


def validated_name(name: str) -> str:
    """A unit's or offering's name, on one line, with single spaces."""
    name = one_line(name)
    if not name:
        raise InvalidName((FieldIssue("name", IssueCode.REQUIRED),))
    if len(name) > NAME_MAX:
        raise InvalidName((FieldIssue("name", IssueCode.TOO_LONG, NAME_MAX),))
    return name


# The heat map, the same on screen and in Excel: a state's colour, deeper the larger the
# amount against the largest of its kind in the plan.
BASE_COLOURS = {
    CellState.OURS: (46, 125, 50),
    CellState.POTENTIAL: (239, 108, 0),
    CellState.COMPETITOR: (198, 40, 40),
    CellState.NOT_RELEVANT: (158, 158, 158),
}
_PALEST, _DEEPEST = Decimal("0.15"), Decimal("0.6")
_FLAT = {CellState.COMPETITOR: Decimal("0.35"), CellState.NOT_RELEVANT: Decimal("0.3")}


def heat_colour(cell: Cell, largest: Decimal) -> str | None:
    """ "#rrggbb" on white, or None for an unknown cell. Text stays dark on every shade."""
    base = BASE_COLOURS.get(cell.state)
    if base is None:
        return None
    strength = _FLAT.get(cell.state, _PALEST)
    if cell.amount and largest > 0 and cell.state not in _FLAT:
        strength = _PALEST + (_DEEPEST - _PALEST) * min(cell.amount / largest, Decimal(1))
    channels = (round(255 - (255 - c) * strength) for c in base)
    return "#" + "".join(f"{c:02x}" for c in channels)
