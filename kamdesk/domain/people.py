"""Who works with kamdesk: the name histories show and the initials compact lists show, both
travelling to colleagues with the changes this person made."""

from dataclasses import dataclass

INITIALS_MAX = 4


@dataclass(frozen=True)
class Person:
    name: str
    initials: str = ""  # as the person chose them; derived from the name when not given

    @property
    def short(self) -> str:
        return self.initials or initials_of(self.name)


def initials_of(name: str) -> str:
    """ "Dr. Anna Berger" gives "AB": the first letters of the first and the last name, skipping
    titles (words ending in a full stop)."""
    words = [w for w in name.split() if not w.endswith(".") and w[:1].isalpha()]
    if not words:
        return ""
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def clean_initials(text: str) -> str:
    return "".join(text.split())[:INITIALS_MAX]
