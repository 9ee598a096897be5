"""Demo stakeholder maps: every contact gets a buying role, an attitude, a relationship
quality and a last contact; key accounts get more people (a Corporate Key Account about 40),
counterparts from the own team with the mismatches, gaps and stale contacts real maps have,
and a jour fixe with notes."""

import random
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from kamdesk.demo.vocabulary import FIRST, LAST, LEVEL_TITLES
from kamdesk.domain.classification import HierarchyLevel, StatusLevel
from kamdesk.domain.jour_fixe import NoteSection
from kamdesk.domain.stakeholders import DEFAULT_INTERVAL_DAYS, Attitude, BuyingRole

Row = dict[str, Any]

# How many people a key account's map holds, by level.
_PEOPLE = {StatusLevel.CORPORATE: (34, 36), StatusLevel.STRATEGIC: (12, 20)}
_LEVEL_WEIGHTS = (2, 4, 6, 7, 9, 2)  # in HierarchyLevel order: few executives, many specialists
_ROLES = {
    HierarchyLevel.EXECUTIVE: (BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER),
    HierarchyLevel.DIVISION_HEAD: (BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER),
    HierarchyLevel.DEPARTMENT_HEAD: (BuyingRole.INFLUENCER, BuyingRole.PURCHASER, BuyingRole.USER),
    HierarchyLevel.TEAM_LEAD: (BuyingRole.USER, BuyingRole.INFLUENCER, BuyingRole.NONE),
    HierarchyLevel.SPECIALIST: (BuyingRole.PURCHASER, BuyingRole.USER, BuyingRole.NONE),
    HierarchyLevel.ASSISTANT: (BuyingRole.GATEKEEPER, BuyingRole.NONE),
}
UNITS = ("Einkauf", "Produktion", "Instandhaltung", "Logistik", "Qualität", "Technik")
NOTES = {
    NoteSection.NEEDS: (
        "Sucht einen Zweitlieferanten für Normteile, Lieferzeiten zuletzt zu lang.",
        "Will die Zahl der Lieferanten bis Jahresende halbieren.",
        "Braucht Kanban-Versorgung für die neue Montagelinie.",
    ),
    NoteSection.SATISFACTION: (
        "Zufrieden mit der Liefertreue, unzufrieden mit der Rechnungsstellung.",
        "Reklamation vom Frühjahr noch nicht vergessen; Ton wieder freundlich.",
        "Lob für die Schulung der Instandhaltung.",
    ),
    NoteSection.IDEAS: (
        "Interesse an einem gemeinsamen Pilot für Verbrauchsautomaten.",
        "Denkt über eine E-Procurement-Anbindung nach.",
    ),
    NoteSection.DEVELOPMENTS: (
        "Neues Werk in Tschechien ab dem dritten Quartal.",
        "Wechsel in der Geschäftsführung angekündigt.",
        "Wettbewerber war mit einem Rahmenvertragsangebot im Haus.",
    ),
}


def synced_row(rng: random.Random, now: datetime) -> Row:
    """Identity and timestamps of a demo row, drawn from the caller's own generator."""
    return {
        "id": uuid.UUID(int=rng.getrandbits(128), version=4),
        "created_at": now,
        "updated_at": now,
    }


class DemoStakeholders:
    """Draws from a generator of its own, so the rest of the demo data stays as it was."""

    def __init__(self, rng: random.Random, now: datetime, today: date) -> None:
        self.rng, self.now, self.today = rng, now, today

    def synced(self) -> Row:
        return synced_row(self.rng, self.now)

    def describe(self, contact: Row, level: StatusLevel) -> None:
        """Give a contact its role, attitude, quality and last contact: most were met within
        their interval, some are overdue, a few were never met."""
        rng = self.rng
        role = rng.choice(_ROLES[contact["hierarchy_level"]])
        interval = DEFAULT_INTERVAL_DAYS[level] * (1 if role.is_important else 2)
        chance = rng.random()
        if chance < 0.8:
            days: int | None = rng.randint(2, interval)
        elif chance < 0.95:
            days = rng.randint(interval + 1, interval * 3)
        else:
            days = None
        contact["buying_role"] = role
        contact["attitude"] = rng.choices(list(Attitude), (4, 4, 1, 2))[0]
        contact["quality"] = rng.choices((None, 1, 2, 3, 4, 5), (1, 1, 2, 4, 4, 2))[0]
        contact["last_contact_on"] = None if days is None else self.today - timedelta(days=days)
        contact["interval_days"] = None

    def extra_contacts(self, account_id: uuid.UUID, level: StatusLevel) -> list[Row]:
        low, high = _PEOPLE.get(level, (5, 10))
        rows = []
        for _ in range(self.rng.randint(low, high)):
            hierarchy = self.rng.choices(list(HierarchyLevel), _LEVEL_WEIGHTS)[0]
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            rows.append(
                {
                    **self.synced(),
                    "account_id": account_id,
                    "name": f"{first} {last}",
                    "unit": LEVEL_TITLES[hierarchy][0]
                    if hierarchy in (HierarchyLevel.EXECUTIVE, HierarchyLevel.ASSISTANT)
                    else self.rng.choice(UNITS),
                    "function": self.rng.choice(LEVEL_TITLES[hierarchy][1]),
                    "hierarchy_level": hierarchy,
                    "email": "",
                    "phone": "",
                }
            )
        return rows

    def counterparts(self, contacts: list[Row], team: list[Row]) -> list[Row]:
        """Most contacts are looked after, most of them on their level; some not at all."""
        rows = []
        for contact in contacts:
            if self.rng.random() < 0.2:
                continue
            same = [m for m in team if m["hierarchy_level"] == contact["hierarchy_level"]]
            member = self.rng.choice(same if same and self.rng.random() < 0.75 else team)
            rows.append({**self.synced(), "contact_id": contact["id"], "member_id": member["id"]})
        return rows

    def jour_fixe(
        self, account_id: uuid.UUID, contacts: list[Row]
    ) -> tuple[Row, list[Row], list[Row]]:
        """The meeting, its notes and which contacts they concern."""
        meeting = {
            **self.synced(),
            "account_id": account_id,
            "interval_weeks": self.rng.choice((2, 4, 6)),
            "next_on": self.today + timedelta(days=self.rng.randint(-6, 25)),
        }
        notes, named = [], []
        for _ in range(self.rng.randint(3, 7)):
            section = self.rng.choice(list(NoteSection))
            note = {
                **self.synced(),
                "account_id": account_id,
                "held_on": self.today - timedelta(days=self.rng.randint(5, 200)),
                "section": section,
                "text": self.rng.choice(NOTES[section]),
            }
            notes.append(note)
            for contact in self.rng.sample(contacts, min(len(contacts), self.rng.randint(1, 2))):
                named.append({**self.synced(), "note_id": note["id"], "contact_id": contact["id"]})
        return meeting, notes, named


def stakeholder_rows(
    rng: random.Random,
    now: datetime,
    today: date,
    account: Row,
    contacts: list[Row],
    team: list[Row],
) -> dict[str, list[Row]]:
    """Describe the account's contacts (in place); a key account also gets more people,
    counterparts and a jour fixe."""
    demo = DemoStakeholders(rng, now, today)
    level: StatusLevel = account["status_level"]
    if level.is_key_account:
        contacts.extend(demo.extra_contacts(account["id"], level))
    for contact in contacts:
        demo.describe(contact, level)
    if not level.is_key_account:
        return {}
    meeting, notes, named = demo.jour_fixe(account["id"], contacts)
    return {
        "counterparts": demo.counterparts(contacts, team),
        "jour_fixes": [meeting],
        "jour_fixe_notes": notes,
        "jour_fixe_note_contacts": named,
    }
