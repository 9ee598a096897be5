"""Corporate groups (SPEC §1: the Corporate Key Account is usually a Konzern): a group account
with its members, one level deep. The group's figures are its own and its members' summed;
its penetration plan holds every member's units, each member a unit of its own."""

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain.amounts import sum_present
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.penetration import Cell, CellKey, PenetrationPlan, Unit, UnitKind
from kamdesk.domain.scorecard import Figure, Scorecard

SUMMED = ("revenue", "contribution_margin", "potential")


@dataclass(frozen=True)
class Member:
    """The group account itself or one of its members."""

    id: uuid.UUID
    name: str
    country: str
    is_group: bool = False


@dataclass(frozen=True)
class GroupYear:
    """One year's figures summed over the group; who had none that year is named."""

    figures: KeyFigures
    without_figures: tuple[str, ...]


@dataclass(frozen=True)
class GroupRollUp:
    members: tuple[Member, ...]  # the group account first, then its members by name
    years: tuple[GroupYear, ...]  # oldest first
    latest: Mapping[uuid.UUID, KeyFigures]  # each member's latest year, where it has one
    open_potential: Mapping[uuid.UUID, Decimal]  # from the members' penetration plans
    plan: PenetrationPlan
    card: Scorecard  # the group account's, its hard figures the whole group's

    @property
    def open_potential_total(self) -> Decimal:
        return sum(self.open_potential.values(), Decimal(0))


def summed_years(
    members: Sequence[Member], figures: Mapping[uuid.UUID, Sequence[KeyFigures]]
) -> tuple[GroupYear, ...]:
    """Per year, the sum of each amount the members have (an amount nobody has stays None)."""
    by_year: dict[int, dict[uuid.UUID, KeyFigures]] = {}
    for member in members:
        for year_figures in figures.get(member.id, ()):
            by_year.setdefault(year_figures.year, {})[member.id] = year_figures
    years = []
    for year in sorted(by_year):
        present = by_year[year]
        sums = {name: sum_present(getattr(f, name) for f in present.values()) for name in SUMMED}
        lacking = tuple(m.name for m in members if m.id not in present)
        years.append(GroupYear(KeyFigures(year, **sums), lacking))
    return tuple(years)


def summed_figures(
    each: Iterable[Mapping[Figure, Decimal | None]],
) -> dict[Figure, Decimal | None]:
    """A group's hard figures for its scorecard: each figure summed over the group account
    and its members (the group as a whole earns its status, not the holding alone)."""
    given = list(each)
    return {figure: sum_present(f.get(figure) for f in given) for figure in Figure}


def group_plan(plans: Sequence[tuple[Member, PenetrationPlan]]) -> PenetrationPlan:
    """One plan of the whole group: each member a unit, its own units beneath it; the
    offerings are the catalogue every plan shares."""
    units: list[Unit] = []
    cells: dict[CellKey, Cell] = {}
    offerings = plans[0][1].offerings if plans else ()
    for member, plan in plans:
        if not plan.units:
            continue
        units.append(Unit(member.id, member.name, UnitKind.DIVISION))
        units += [u if u.parent_id else Unit(u.id, u.name, u.kind, member.id) for u in plan.units]
        cells.update(plan.cells)
    return PenetrationPlan(tuple(units), offerings, cells)
