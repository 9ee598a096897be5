"""The match analysis of a stakeholder map (SPEC §4): who is looked after on the wrong level,
who is not looked after at all, who has not been met for too long, which customer levels
have no link, which colleagues carry too much. Each finding suggests a fix."""

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.stakeholders import Contact, Link, TeamMember, contact_interval, level_distance

DEFAULT_OVERLOAD_LIMIT = 8


class FindingKind(StrEnum):
    """In the order a KAM should act on them."""

    UNCOVERED = "uncovered"
    LEVEL_MISMATCH = "level_mismatch"
    LEVEL_WITHOUT_LINK = "level_without_link"
    STALE = "stale"
    OVERLOADED = "overloaded"


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    contact_id: uuid.UUID | None = None
    member_id: uuid.UUID | None = None  # the counterpart concerned (mismatch, stale, overload)
    level: HierarchyLevel | None = None  # the customer level concerned
    distance: int | None = None  # mismatch: levels apart; None when assistant meets non-assistant
    days: int | None = None  # stale: days since the last contact, None if never met
    count: int | None = None  # overload: the contacts the colleague looks after
    suggestion: uuid.UUID | None = None  # the team member who would fix it


@dataclass(frozen=True)
class MatchRules:
    account_interval_days: int
    overload_limit: int = DEFAULT_OVERLOAD_LIMIT


@dataclass(frozen=True)
class Analysis:
    findings: tuple[Finding, ...]
    coverage: float | None  # share of important contacts with a counterpart on their level

    def for_contact(self, contact_id: uuid.UUID) -> list[Finding]:
        return [f for f in self.findings if f.contact_id == contact_id]


def analyse(
    contacts: Iterable[Contact],
    members: Iterable[TeamMember],
    links: Iterable[Link],
    today: date,
    rules: MatchRules,
) -> Analysis:
    """Load and limits count the links at this account: a colleague's share of its people."""
    team = {m.id: m for m in members}
    people = {c.id: c for c in contacts}
    links = [link for link in links if link.contact_id in people and link.member_id in team]
    counterparts = _counterparts(links, team)
    load = Counter(link.member_id for link in links)
    suggest = _Suggester(list(team.values()), load)
    ordered = sorted(people.values(), key=lambda c: (c.role.rank, c.level.rank, c.name))
    findings = [
        *_uncovered(ordered, counterparts, suggest),
        *_mismatches(ordered, counterparts, suggest),
        *_levels_without_link(ordered, counterparts, suggest),
        *_stale(ordered, counterparts, today, rules),
        *_overloaded(counterparts, load, rules.overload_limit, suggest),
    ]
    return Analysis(tuple(findings), _coverage(ordered, counterparts))


class _Suggester:
    """A colleague on the wanted level with the fewest contacts; ties go by name."""

    def __init__(self, members: list[TeamMember], load: Mapping[uuid.UUID, int]) -> None:
        self._members = sorted(members, key=lambda m: (load.get(m.id, 0), m.name, str(m.id)))

    def __call__(
        self, level: HierarchyLevel, exclude: Iterable[uuid.UUID] = ()
    ) -> uuid.UUID | None:
        excluded = set(exclude)
        return next(
            (m.id for m in self._members if m.level == level and m.id not in excluded), None
        )


def _on_level(contact: Contact, members: list[TeamMember]) -> bool:
    return any(level_distance(contact.level, m.level) == 0 for m in members)


def _uncovered(
    contacts: list[Contact], counterparts: dict[uuid.UUID, list[TeamMember]], suggest: _Suggester
) -> list[Finding]:
    return [
        Finding(FindingKind.UNCOVERED, c.id, level=c.level, suggestion=suggest(c.level))
        for c in contacts
        if c.is_important and c.id not in counterparts
    ]


def _mismatches(
    contacts: list[Contact], counterparts: dict[uuid.UUID, list[TeamMember]], suggest: _Suggester
) -> list[Finding]:
    """A contact whose counterparts are all on other levels; the nearest one is named."""
    findings = []
    for contact in contacts:
        members = counterparts.get(contact.id, [])
        if not members or _on_level(contact, members):
            continue
        nearest = min(members, key=lambda m: _distance_rank(contact, m))
        findings.append(
            Finding(
                FindingKind.LEVEL_MISMATCH,
                contact.id,
                nearest.id,
                contact.level,
                level_distance(contact.level, nearest.level),
                suggestion=suggest(contact.level, (m.id for m in members)),
            )
        )
    return sorted(findings, key=lambda f: -(f.distance if f.distance is not None else 5))


def _levels_without_link(
    contacts: list[Contact], counterparts: dict[uuid.UUID, list[TeamMember]], suggest: _Suggester
) -> list[Finding]:
    levels = {c.level for c in contacts}
    linked = {c.level for c in contacts if c.id in counterparts}
    return [
        Finding(FindingKind.LEVEL_WITHOUT_LINK, level=level, suggestion=suggest(level))
        for level in sorted(levels - linked, key=lambda level: level.rank)
    ]


def _stale(
    contacts: list[Contact],
    counterparts: dict[uuid.UUID, list[TeamMember]],
    today: date,
    rules: MatchRules,
) -> list[Finding]:
    """Contacts not met within their interval, longest overdue first; important contacts never
    met at all lead."""
    findings = []
    for contact in contacts:
        members = counterparts.get(contact.id, [])
        member_id = members[0].id if members else None
        if contact.last_contact_on is None:
            if contact.is_important:
                findings.append(Finding(FindingKind.STALE, contact.id, member_id, contact.level))
            continue
        days = (today - contact.last_contact_on).days
        if days > contact_interval(contact, rules.account_interval_days):
            findings.append(
                Finding(FindingKind.STALE, contact.id, member_id, contact.level, days=days)
            )
    return sorted(findings, key=lambda f: -(f.days if f.days is not None else 10**6))


def _overloaded(
    counterparts: dict[uuid.UUID, list[TeamMember]],
    load: Mapping[uuid.UUID, int],
    limit: int,
    suggest: _Suggester,
) -> list[Finding]:
    involved = {m.id: m for members in counterparts.values() for m in members}
    heavy = sorted(
        (m for m in involved.values() if load.get(m.id, 0) > limit),
        key=lambda m: (-load.get(m.id, 0), m.name),
    )
    return [
        Finding(
            FindingKind.OVERLOADED,
            member_id=m.id,
            count=load.get(m.id, 0),
            suggestion=suggest(m.level, (m.id,)),
        )
        for m in heavy
    ]


def _counterparts(
    links: Iterable[Link], team: dict[uuid.UUID, TeamMember]
) -> dict[uuid.UUID, list[TeamMember]]:
    counterparts: dict[uuid.UUID, list[TeamMember]] = {}
    for link in links:
        if link.member_id in team:
            counterparts.setdefault(link.contact_id, []).append(team[link.member_id])
    return counterparts


def coverage(
    contacts: Iterable[Contact], members: Iterable[TeamMember], links: Iterable[Link]
) -> float | None:
    """The share of important contacts with a counterpart on their level, on its own: the
    home view needs it for many accounts at once."""
    return _coverage(list(contacts), _counterparts(links, {m.id: m for m in members}))


def _coverage(
    contacts: list[Contact], counterparts: dict[uuid.UUID, list[TeamMember]]
) -> float | None:
    important = [c for c in contacts if c.is_important]
    if not important:
        return None
    matched = sum(_on_level(c, counterparts.get(c.id, [])) for c in important)
    return matched / len(important)


def _distance_rank(contact: Contact, member: TeamMember) -> int:
    distance = level_distance(contact.level, member.level)
    return 5 if distance is None else distance
