"""Contacts from the CSV files of Outlook (English and German column names) and Google
Contacts (old and new export), with commas, semicolons or tabs between the fields."""

import csv
import io

from kamdesk.domain.contact_import import CardProblem, ContactCard, RefusedCard
from kamdesk.files.csv_text import csv_dialect

Cards = list[tuple[int, ContactCard]]

# Column names (case-blind) per field, as the mail programs write them.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "full": ("name", "display name", "anzeigename", "full name"),
    "prefix": ("title", "anrede", "titel"),
    "given": ("first name", "given name", "vorname"),
    "middle": ("middle name", "additional name", "weitere vornamen"),
    "family": ("last name", "family name", "nachname"),
    "organisation": ("company", "organization name", "organization 1 - name", "firma"),
    "title": ("job title", "organization title", "organization 1 - title", "position"),
    "department": (
        "department",
        "organization department",
        "organization 1 - department",
        "abteilung",
    ),
    "emails": (
        "e-mail address",
        "e-mail 2 address",
        "e-mail 3 address",
        "e-mail 1 - value",
        "e-mail 2 - value",
        "e-mail 3 - value",
        "e-mail-adresse",
        "e-mail 2: adresse",
        "e-mail 3: adresse",
        "email",
    ),
    "phones": (
        "business phone",
        "mobile phone",
        "primary phone",
        "phone 1 - value",
        "phone 2 - value",
        "telefon geschäftlich",
        "mobiltelefon",
        "haupttelefon",
        "phone",
    ),
}
_GOOGLE_SEPARATOR = " ::: "  # Google joins several values of one field with it


def cards_from_csv(text: str) -> tuple[Cards, list[RefusedCard]] | None:
    """The rows as cards; None when the header names no person, i.e. this is no contact list."""
    reader = csv.reader(io.StringIO(text, newline=""), csv_dialect(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return None
    columns = _column_positions(header)
    if not {"full", "given", "family"} & columns.keys():
        return None
    cards: Cards = []
    position = 0
    try:
        for position, row in enumerate(reader, start=1):
            if any(cell.strip() for cell in row):
                cards.append((position, _card(row, columns)))
    except csv.Error as error:  # a broken row (e.g. a NUL byte) ends what can be read
        return cards, [RefusedCard(position + 1, CardProblem.UNREADABLE, str(error)[:80])]
    return cards, []


def _column_positions(header: list[str]) -> dict[str, list[int]]:
    names = [" ".join(h.casefold().split()) for h in header]
    positions: dict[str, list[int]] = {}
    for field, known in _COLUMNS.items():
        found = [names.index(name) for name in known if name in names]
        if found:
            positions[field] = found
    return positions


def _card(row: list[str], columns: dict[str, list[int]]) -> ContactCard:
    def values(field: str) -> list[str]:
        cells = [row[i] for i in columns.get(field, []) if i < len(row)]
        return [v.strip() for cell in cells for v in cell.split(_GOOGLE_SEPARATOR) if v.strip()]

    def first(field: str) -> str:
        return next(iter(values(field)), "")

    prefix = first("prefix") if first("prefix").endswith(".") else ""  # "Dr.", not "Herr"
    name = first("full") or " ".join(
        part for part in (prefix, first("given"), first("middle"), first("family")) if part
    )
    return ContactCard(
        name=name,
        organisation=first("organisation"),
        title=first("title"),
        department=first("department"),
        emails=tuple(dict.fromkeys(values("emails"))),
        phone=first("phones"),
    )
