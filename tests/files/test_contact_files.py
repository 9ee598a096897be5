"""Reading the contact files mail programs export."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.contact_import import CardProblem, ContactCard
from kamdesk.domain.errors import ContactFileProblem, InvalidContactFile
from kamdesk.files.contact_files import read_contact_file

SAMPLES = Path(__file__).parent.parent / "data" / "contacts"


def cards(name: str) -> list[ContactCard]:
    found, refused = read_contact_file((SAMPLES / name).read_bytes())
    assert refused == []
    return [card for _, card in found]


def test_outlook_vcard_2_1_in_windows_1252_with_quoted_printable() -> None:
    joerg, petra = cards("outlook-2.1.vcf")
    assert joerg == ContactCard(
        "Jörg Häußler",
        "Müller Maschinenbau GmbH",
        "Geschäftsführer",
        "Einkauf und Logistik",  # joined across a quoted-printable soft line break
        ("j.haeussler@mueller.example", "joerg@privat.example"),  # the preferred one first
        "+49 89 1234-0",
    )
    assert (petra.name, petra.title) == ("Petra Schön", "Sekretärin der Geschäftsführung")


def test_google_vcard_3_0_with_several_emails_and_a_folded_line() -> None:
    katrin, uemit = cards("google-3.0.vcf")
    assert katrin.title == "Bereichsleiterin Qualitätssicherung und Prüfwesen"
    assert katrin.emails == ("k.weiss@kunde.example", "katrin@weiss.example")
    assert (katrin.organisation, katrin.department) == ("Kunde AG", "Qualitätsmanagement")
    assert uemit.name == "Ümit Çelik"


def test_apple_vcard_with_item_groups() -> None:
    (lukas,) = cards("apple-3.0.vcf")
    assert (lukas.name, lukas.emails, lukas.phone) == (
        "Lukas Brandstätter",
        ("l.brandstaetter@kunde.example",),
        "+49 711 555-12",
    )


def test_thunderbird_vcard_4_0_puts_the_preferred_email_first() -> None:
    (aylin,) = cards("thunderbird-4.0.vcf")
    assert aylin.emails == ("aylin.demir@kunde.example", "a.demir@privat.example")
    assert (aylin.title, aylin.department) == ("Sachbearbeiterin Einkauf", "Einkauf")


def test_outlook_csv_in_english() -> None:
    sabine, tobias = cards("outlook-en.csv")
    assert sabine == ContactCard(
        "Sabine Krüger",
        "Kunde AG",
        "Abteilungsleiterin Qualität",
        "Qualität",
        ("s.krueger@kunde.example", "sabine@privat.example"),
        "+49 89 555-1",
    )
    assert tobias.phone == "+49 171 222"  # the mobile when there is no business phone


def test_outlook_csv_in_german_windows_1252_with_semicolons() -> None:
    juergen, monika = cards("outlook-de.csv")
    assert (juergen.name, juergen.title, juergen.department) == (
        "Jürgen Weißmüller",
        "Vorstand Technik",
        "Geschäftsleitung",
    )
    assert monika.emails == ("m.schoenfeld@kunde.example",)


def test_google_csv_splits_joined_values() -> None:
    (joerg,) = cards("google.csv")
    assert joerg.emails == ("j.haeussler@mueller.example", "joerg@privat.example")
    assert (joerg.title, joerg.department) == ("Director Operations", "Werk Nord")


def test_a_truncated_file_keeps_the_complete_cards_and_names_the_cut_one() -> None:
    data = (SAMPLES / "google-3.0.vcf").read_bytes()
    found, refused = read_contact_file(data[: data.rindex(b"EMAIL")])
    assert [card.name for _, card in found] == ["Dr. Katrin Weiß"]
    assert [(r.position, r.problem, r.detail) for r in refused] == [
        (2, CardProblem.UNREADABLE, "Ümit Çelik")
    ]


def test_a_broken_line_costs_its_card_only_that_line() -> None:
    broken = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kaputt\r\nthis line has no colon\r\nEND:VCARD\r\n"
    data = (SAMPLES / "thunderbird-4.0.vcf").read_bytes()
    found, refused = read_contact_file(data + broken + data)
    assert [position for position, _ in found] == [1, 2, 3]
    assert found[1][1].name == "Kaputt"
    assert [(r.position, r.problem) for r in refused] == [(2, CardProblem.LINE_SKIPPED)]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", ContactFileProblem.NOT_CONTACTS),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ContactFileProblem.NOT_CONTACTS),
        (b"Artikel;Menge\r\nSchrauben;5\r\n", ContactFileProblem.NOT_CONTACTS),
        (b"First Name,Last Name\r\n", ContactFileProblem.NO_CARDS),
    ],
)
def test_a_file_without_contacts_is_refused_as_a_whole(
    data: bytes, problem: ContactFileProblem
) -> None:
    with pytest.raises(InvalidContactFile) as raised:
        read_contact_file(data)
    assert raised.value.problem == problem


vcard_ish = st.lists(
    st.sampled_from(
        [
            b"BEGIN:VCARD\r\n",
            b"END:VCARD\r\n",
            b"FN:A\r\n",
            b"N:;;\r\n",
            b"EMAIL;PREF:x\r\n",
            b"=\r\n",
        ]
    )
    | st.binary(max_size=20),
    max_size=15,
).map(b"".join)


@given(st.binary(max_size=400) | vcard_ish)
def test_no_bytes_crash_the_reader(data: bytes) -> None:
    try:
        found, refused = read_contact_file(data)
    except InvalidContactFile:
        return
    assert all(isinstance(card, ContactCard) for _, card in found)
    # Every card is found or refused, once; a left-out line is a note on a found card.
    notes = {r.position for r in refused if r.problem is CardProblem.LINE_SKIPPED}
    positions = [p for p, _ in found] + [r.position for r in refused if r.position not in notes]
    assert len(positions) == len(set(positions))
    assert notes <= {p for p, _ in found}


def _card(*lines: str) -> bytes:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""]).encode()


def test_a_huge_photo_is_not_read_and_the_card_is_kept() -> None:
    photo = ["PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * 76, *([" " + "B" * 76] * 300_000)]
    found, refused = read_contact_file(_card("FN:Jürgen Groß", *photo, "TITLE:Einkaufsleiter"))
    assert refused == []
    assert [(c.name, c.title) for _, c in found] == [("Jürgen Groß", "Einkaufsleiter")]


def test_an_overlong_property_is_dropped_and_its_card_kept() -> None:
    found, _ = read_contact_file(_card("FN:Anna Berg", "NOTE:" + "x" * 5_000_000))
    assert [c.name for _, c in found] == ["Anna Berg"]


def test_a_file_larger_than_any_address_book_is_refused_before_parsing() -> None:
    with pytest.raises(InvalidContactFile) as refused:
        read_contact_file(b" " * (64 * 1024 * 1024 + 1))
    assert refused.value.problem is ContactFileProblem.TOO_LARGE


def test_lower_case_quoted_printable_of_old_thunderbird_is_decoded() -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;ENCODING=quoted-printable;CHARSET=UTF-8:J=C3=BCrgen Gro=C3=9F\r\nEND:VCARD\r\n"
    )
    found, _ = read_contact_file(card.encode())
    assert [c.name for _, c in found] == ["Jürgen Groß"]


@pytest.mark.parametrize(
    "marker", ["X-ABShowAs:COMPANY", "KIND:org", "KIND:group", "X-ADDRESSBOOKSERVER-KIND:group"]
)
def test_company_and_group_cards_are_not_people(marker: str) -> None:
    found, refused = read_contact_file(_card("FN:Müller Maschinenbau GmbH", marker))
    assert found == []
    assert [r.problem for r in refused] == [CardProblem.NOT_A_PERSON]


def test_one_unreadable_line_is_left_out_and_the_card_kept() -> None:
    found, refused = read_contact_file(
        _card("FN:Anna Berg", "TEL;TYPE=cell:+49 171 5550100", "X-BROKEN;=:x", "TITLE:Einkauf")
    )
    assert [(c.name, c.title, c.phone) for _, c in found] == [
        ("Anna Berg", "Einkauf", "+49 171 5550100")
    ]
    assert [(r.problem, r.detail) for r in refused] == [(CardProblem.LINE_SKIPPED, "X-BROKEN")]
