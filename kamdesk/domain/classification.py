"""How accounts and people are classified (SPEC §1 and §4)."""

from enum import StrEnum


class StatusLevel(StrEnum):
    """The tier ladder, lowest first: ordinary customers, Großkunde, then key-account levels."""

    C = "C"
    B = "B"
    A = "A"
    LARGE = "large"
    ACCOUNT = "account"
    KEY = "key"
    STRATEGIC = "strategic"
    CORPORATE = "corporate"

    @property
    def rank(self) -> int:
        return _LEVEL_ORDER.index(self)

    @property
    def is_key_account(self) -> bool:
        return self.rank >= StatusLevel.ACCOUNT.rank


_LEVEL_ORDER = list(StatusLevel)


class Scope(StrEnum):
    """How a key account is served; says nothing about its importance."""

    NATIONAL = "national"
    REGIONAL = "regional"
    GLOBAL = "global"


class Segment(StrEnum):
    """Value segment of the ABC analysis."""

    A = "A"
    B = "B"
    C = "C"


class HierarchyLevel(StrEnum):
    """The same hierarchy scale on the customer's and on the own side."""

    EXECUTIVE = "1"
    DIVISION_HEAD = "2"
    DEPARTMENT_HEAD = "3"
    TEAM_LEAD = "4"
    SPECIALIST = "5"
    ASSISTANT = "assistant"

    @property
    def rank(self) -> int:
        """Position on the scale: executives first, assistants (their own kind) last."""
        return _HIERARCHY_ORDER.index(self)


_HIERARCHY_ORDER = list(HierarchyLevel)
