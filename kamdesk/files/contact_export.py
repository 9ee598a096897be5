"""Contacts for phones and mail programs: vCard 3.0 (RFC 2426; iPhone, Android, Outlook,
Apple Contacts and Google read it) and the CSV file Outlook exports and imports, with
Outlook's own column names. Each contact carries its account as the organisation and its
unit as the department, so that it lands at its company."""

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from kamdesk.domain.stakeholders import Contact
from kamdesk.files.atomic_file import replaced_atomically
from kamdesk.files.table_export import csv_text

AddressBook = Sequence[tuple[Contact, str]]  # each contact with its account's name
VCARDS = (".vcf", ".vcard")
# Outlook's "Export to a file › Comma Separated Values" names (support.microsoft.com,
# "Export contacts from Outlook"); Outlook's import maps columns by these names.
OUTLOOK_HEADER = (
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Company",
    "Department",
    "Job Title",
    "Business Phone",
    "E-mail Address",
    "E-mail Display Name",
)


def write_contacts(path: Path, contacts: AddressBook) -> None:
    """A vCard file for .vcf, else Outlook's CSV."""
    with replaced_atomically(path) as temporary:
        if path.suffix.casefold() in VCARDS:
            temporary.write_text(vcards(contacts), encoding="utf-8", newline="")
        else:
            temporary.write_bytes(outlook_csv(contacts))


def split_name(name: str) -> tuple[str, str, str]:
    """(academic titles, given names, family name): "Prof. Dr. Anna Maria Groß" as
    ("Prof. Dr.", "Anna Maria", "Groß"); a single word is the family name."""
    words = name.split()
    titles = []
    while len(words) > 1 and words[0].endswith("."):
        titles.append(words.pop(0))
    return " ".join(titles), " ".join(words[:-1]), words[-1] if words else ""


def vcards(contacts: AddressBook) -> str:
    import vobject  # only where contacts are exported

    cards = []
    for contact, organisation in contacts:
        card = vobject.vCard()
        titles, given, family = split_name(contact.name)
        card.add("fn").value = contact.name
        card.add("n").value = vobject.vcard.Name(family=family, given=given, prefix=titles)
        card.add("org").value = [organisation, contact.unit] if contact.unit else [organisation]
        if contact.function:
            card.add("title").value = contact.function
        if contact.email:
            email = card.add("email")
            email.value = contact.email
            email.type_paramlist = ["INTERNET", "WORK"]
        if contact.phone:
            phone = card.add("tel")
            phone.value = contact.phone
            phone.type_param = "WORK"
        card.add("uid").value = f"urn:uuid:{contact.id}"
        cards.append(card.serialize())
    return "".join(cards)


def outlook_csv(contacts: AddressBook) -> bytes:
    """UTF-8 with a byte-order mark and commas, as Outlook writes it. A text that Excel would
    take for a formula gets an apostrophe; a phone number stays as typed ("+49 …"): it
    holds no letters, so it can call nothing, and Outlook reads it as text."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(OUTLOOK_HEADER)
    for contact, organisation in contacts:
        titles, given, family = split_name(contact.name)
        texts = [titles, given, "", family, organisation, contact.unit, contact.function]
        display = f"{contact.name} ({contact.email})" if contact.email else ""
        writer.writerow(
            [
                *map(csv_text, texts),
                _phone(contact.phone),
                csv_text(contact.email),
                csv_text(display),
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def _phone(phone: str) -> str:
    digits_only = all(c.isdigit() or c in " +-/()." for c in phone)
    return phone if digits_only else csv_text(phone)
