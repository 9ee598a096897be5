"""Contacts written as vCard 3.0 and as Outlook's CSV: readable by vobject and by Outlook's
column names, and read back by kamdesk's own import unchanged."""

import csv
import io
import uuid
from pathlib import Path

import vobject

from kamdesk.domain.contact_import import ContactCard
from kamdesk.domain.stakeholders import Contact
from kamdesk.files.contact_export import OUTLOOK_HEADER, split_name, write_contacts
from kamdesk.files.contact_files import read_contact_file

WEISS = Contact(
    uuid.uuid4(),
    "Dr. Katrin Weiß",
    unit="Einkauf",
    function="Leiterin Einkauf",
    email="k.weiss@mueller.de",
    phone="+49 89 1234-5",
)
CELIK = Contact(uuid.uuid4(), "Ümit Çelik", email="=cmd|' /C calc'!A0")
BOOK = [(WEISS, "Müller Maschinenbau GmbH"), (CELIK, "Bäckerei Süß")]
CARDS = [
    ContactCard(
        "Dr. Katrin Weiß",
        "Müller Maschinenbau GmbH",
        "Leiterin Einkauf",
        "Einkauf",
        ("k.weiss@mueller.de",),
        "+49 89 1234-5",
    ),
    ContactCard("Ümit Çelik", "Bäckerei Süß", emails=("=cmd|' /C calc'!A0",)),
]


def test_vcards_are_version_3_and_parse_with_vobject(tmp_path: Path) -> None:
    path = tmp_path / "kontakte.vcf"
    write_contacts(path, BOOK)
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert [c.version.value for c in cards] == ["3.0", "3.0"]
    assert cards[0].n.value.family == "Weiß" and cards[0].n.value.prefix == "Dr."
    assert cards[0].org.value == ["Müller Maschinenbau GmbH", "Einkauf"]


def test_vcards_read_back_into_kamdesk_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "kontakte.vcf"
    write_contacts(path, BOOK)
    cards, refused = read_contact_file(path.read_bytes())
    assert refused == [] and [card for _, card in cards] == CARDS


def test_the_outlook_csv_has_outlooks_headers_and_reads_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    write_contacts(path, [(WEISS, "Müller Maschinenbau GmbH")])
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert tuple(rows[0]) == OUTLOOK_HEADER
    assert dict(zip(rows[0], rows[1], strict=True))["Business Phone"] == "+49 89 1234-5"
    cards, _ = read_contact_file(path.read_bytes())
    assert [card for _, card in cards] == CARDS[:1]


def test_a_formula_in_the_outlook_csv_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    write_contacts(path, [(CELIK, "Bäckerei Süß")])
    row = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))[1]
    assert row[OUTLOOK_HEADER.index("E-mail Address")] == "'=cmd|' /C calc'!A0"


def test_names_split_into_titles_given_and_family() -> None:
    assert split_name("Prof. Dr. Anna Maria Groß") == ("Prof. Dr.", "Anna Maria", "Groß")
    assert split_name("Madonna") == ("", "", "Madonna")
