"""The hierarchy level a job title suggests (SPEC §4), German and English. Only a proposal:
the user corrects it before a contact import."""

import re

from kamdesk.domain.classification import HierarchyLevel

# Checked in this order, so "Assistenz der Geschäftsführung" is an assistant, "Vice President"
# no president, "Managing Director" no director and "Teamleiter" no department head.
_RULES: tuple[tuple[HierarchyLevel, str], ...] = (
    (
        HierarchyLevel.ASSISTANT,
        r"assist(enz|ent|ant)|sekret[aä]r|secretar|office manage|personal assistant|\bpa\b",
    ),
    (HierarchyLevel.DIVISION_HEAD, r"vice president|\bs?e?vp\b|vizepr[aä]sident"),
    (
        HierarchyLevel.EXECUTIVE,
        r"gesch[aä]ftsf[uü]hr|vorstand|\bc[a-z]o\b|chief \w+ officer|managing director"
        r"|pr[aä]sident|president|inhaber|owner|founder|gr[uü]nder|executive board"
        r"|board member|\bgf\b",
    ),
    (
        HierarchyLevel.DIVISION_HEAD,
        r"bereichsleit|werks?leit|director|direktor|prokurist|general manager|plant manager"
        r"|head of division|division (head|manager)|niederlassungsleit",
    ),
    (
        HierarchyLevel.TEAM_LEAD,
        r"team ?leit|team ?lead|gruppenleit|group lead|supervisor|schichtleit|shift lead"
        r"|vorarbeiter|foreman|meister\b",
    ),
    (
        HierarchyLevel.DEPARTMENT_HEAD,
        r"abteilungsleit|head of|department (head|manager)|leiter(in)?\b|\bleit(er|ung)\b",
    ),
)
_COMPILED = tuple((level, re.compile(pattern)) for level, pattern in _RULES)


TITLE_READ = 200  # no job title is longer; a longer text is read only this far


def level_from_title(title: str) -> HierarchyLevel:
    """The level the title suggests; specialist when it suggests none."""
    text = title[:TITLE_READ].casefold()
    return next(
        (level for level, pattern in _COMPILED if pattern.search(text)),
        HierarchyLevel.SPECIALIST,
    )
