"""Reading the contact files mail programs export: vCard 2.1, 3.0 and 4.0 (Outlook, Google,
Apple, Thunderbird) and the CSV files of Outlook and Google Contacts, in UTF-8 or
Windows-1252. Every readable card comes back; every broken one is named with the reason."""

import re
from collections.abc import Iterator

import vobject
from vobject.base import Component, ContentLine, VObjectError

from kamdesk.domain.contact_import import CardProblem, ContactCard, RefusedCard
from kamdesk.domain.errors import ContactFileProblem, InvalidContactFile
from kamdesk.files.contact_csv import cards_from_csv
from kamdesk.files.csv_text import decoded

Cards = list[tuple[int, ContactCard]]

FILE_BYTES = 64 * 1024 * 1024  # a phone book of tens of thousands; larger is refused
PROPERTY_CHARS = 4096  # longer properties are dropped before anything parses them
_NOT_READ = re.compile(r"^(item\d+\.)?(photo|logo|sound|key)[;:]", re.IGNORECASE)
_BEGIN = re.compile(r"^begin:vcard\s*$", re.IGNORECASE)
# vobject decodes quoted-printable only when it is written in capitals (old Thunderbird: not).
_QP_PARAMETER = re.compile(r"^([^:]*?[;=])quoted-printable(?=[;:])", re.IGNORECASE)
_END = re.compile(r"^end:vcard\s*$", re.IGNORECASE)
# vobject cannot parse what it does not expect; these are its and the standard library's
# complaints about a malformed card, which refuse that card only.
_CARD_ERRORS = (VObjectError, ValueError, UnicodeError, AttributeError, KeyError, IndexError)


def read_contact_file(data: bytes) -> tuple[Cards, list[RefusedCard]]:
    """The cards of a vCard or CSV file, each with its number in the file, and the refused."""
    if len(data) > FILE_BYTES:
        raise InvalidContactFile(ContactFileProblem.TOO_LARGE)
    text = decoded(data)
    if re.search(r"^begin:vcard", text, re.IGNORECASE | re.MULTILINE):
        result = cards_from_vcards(text)
    elif (from_csv := cards_from_csv(text)) is not None:
        result = from_csv
    else:
        raise InvalidContactFile(ContactFileProblem.NOT_CONTACTS)
    if result == ([], []):
        raise InvalidContactFile(ContactFileProblem.NO_CARDS)
    return result


def cards_from_vcards(text: str) -> tuple[Cards, list[RefusedCard]]:
    """Parsed card by card, because vobject gives up on a whole file at the first bad card."""
    cards: Cards = []
    refused: list[RefusedCard] = []
    for position, (lines, complete) in enumerate(_card_blocks(text), start=1):
        if not complete:
            refused.append(RefusedCard(position, CardProblem.UNREADABLE, _first_words(lines)))
            continue
        try:
            component = vobject.readOne("\r\n".join(_unfolded_qp(lines)))
        except _CARD_ERRORS:
            component, skipped = _without_broken_lines(lines)
            if component is None:
                refused.append(RefusedCard(position, CardProblem.UNREADABLE, _first_words(lines)))
                continue
            refused.append(RefusedCard(position, CardProblem.LINE_SKIPPED, skipped))
        if _is_organisation(component):
            refused.append(RefusedCard(position, CardProblem.NOT_A_PERSON, _first_words(lines)))
            continue
        cards.append((position, _card(component)))
    return cards, refused


def _without_broken_lines(lines: list[str]) -> tuple[Component | None, str]:
    """The card read without the properties that cannot be read (one broken line should not
    cost the whole person); None when even that fails. Also names the lines left out."""
    kept, skipped = [], []
    for line in _logical_lines(_unfolded_qp(lines)):
        try:
            vobject.base.textLineToContentLine(line)
        except _CARD_ERRORS:
            skipped.append(re.split("[;:]", line, maxsplit=1)[0][:30])
            continue
        kept.append(line)
    try:
        return vobject.readOne("\r\n".join(kept)), ", ".join(skipped)
    except _CARD_ERRORS:
        return None, ""


def _logical_lines(lines: list[str]) -> list[str]:
    """Folded continuation lines (starting with a space or tab) joined to their property."""
    joined: list[str] = []
    for line in lines:
        if line[:1] in (" ", "\t") and joined:
            joined[-1] += line[1:]
        else:
            joined.append(line)
    return joined


def _is_organisation(component: Component) -> bool:
    """A company's, a group's or a place's card (Apple, iCloud, vCard 4's KIND), not a person."""
    kinds = {
        str(value).strip().casefold()
        for key in ("kind", "x-addressbookserver-kind", "x-abshowas")
        for value in _values(component, key)
    }
    return bool(kinds & {"org", "organization", "group", "location", "company"})


def _card_blocks(text: str) -> Iterator[tuple[list[str], bool]]:
    """Each BEGIN:VCARD … END:VCARD block; a block cut off (a truncated file, a BEGIN inside
    a card) comes back as incomplete."""
    block: list[str] | None = None
    for line in _readable_lines(text):
        if _BEGIN.match(line):
            if block is not None:
                yield block, False
            block = [line]
        elif block is not None:
            block.append(line)
            if _END.match(line):
                yield block, True
                block = None
    if block is not None:
        yield block, False


def _readable_lines(text: str) -> Iterator[str]:
    """The file's lines without what kamdesk never reads and what only costs memory: photos,
    logos, sounds and keys (megabytes of base64 each), and any property longer than a person's
    details can be (it is dropped, its card kept)."""
    skipping, length = False, 0
    for line in text.splitlines():
        if line[:1] in (" ", "\t"):  # a folded continuation of the property above
            length += len(line)
            if not skipping and length <= PROPERTY_CHARS:
                yield line
            continue
        skipping, length = bool(_NOT_READ.match(line)) or len(line) > PROPERTY_CHARS, len(line)
        if not skipping:
            yield line


def _unfolded_qp(lines: list[str]) -> list[str]:
    """vCard 2.1 continues a quoted-printable value with a trailing "=" (a soft line break),
    which vobject does not join."""
    joined: list[str] = []
    continuing = False
    for line in lines:
        line = _QP_PARAMETER.sub(lambda m: m.group(1) + "QUOTED-PRINTABLE", line)
        if continuing:
            joined[-1] = joined[-1][:-1] + line
        else:
            joined.append(line)
        head = joined[-1].split(":", 1)[0].upper()
        continuing = "QUOTED-PRINTABLE" in head and joined[-1].endswith("=")
    return joined


def _card(component: Component) -> ContactCard:
    organisation = _values(component, "org")
    org_parts = organisation[0] if organisation and isinstance(organisation[0], list) else []
    return ContactCard(
        name=_name(component),
        organisation=str(org_parts[0]).strip() if org_parts else "",
        title=_text(component, "title") or _text(component, "role"),
        department=", ".join(str(p).strip() for p in org_parts[1:] if str(p).strip()),
        emails=tuple(_preferred_first(component, "email")),
        phone=next(iter(_preferred_first(component, "tel")), "").removeprefix("tel:"),
    )


def _name(component: Component) -> str:
    formatted = _text(component, "fn")
    if formatted:
        return formatted
    names = _values(component, "n")
    if not names:
        return ""
    name = names[0]
    parts = [getattr(name, part, "") for part in ("prefix", "given", "additional", "family")]
    return " ".join(" ".join(p) if isinstance(p, list) else str(p) for p in parts if p).strip()


def _lines(component: Component, key: str) -> list[ContentLine]:
    return [line for line in component.contents.get(key, []) if isinstance(line, ContentLine)]


def _values(component: Component, key: str) -> list[object]:
    return [line.value for line in _lines(component, key)]


def _text(component: Component, key: str) -> str:
    values = _values(component, key)
    value = values[0] if values else ""
    return (" ".join(map(str, value)) if isinstance(value, list) else str(value)).strip()


def _preferred_first(component: Component, key: str) -> list[str]:
    ranked = sorted(_lines(component, key), key=lambda line: not _is_preferred(line))
    return [str(line.value).strip() for line in ranked if str(line.value).strip()]


def _is_preferred(line: ContentLine) -> bool:
    types = {t.casefold() for value in line.params.get("TYPE", []) for t in value.split(",")}
    singletons = {s.casefold() for s in getattr(line, "singletonparams", [])}
    return "pref" in types | singletons or "PREF" in line.params


def _first_words(lines: list[str]) -> str:
    """The card's name as written (FN, else N), to find it in the file."""
    for prefix in (("FN:", "FN;"), ("N:", "N;")):
        named = next((line for line in lines if line.upper().startswith(prefix)), "")
        if named:
            return named.split(":", 1)[-1][:80]
    return lines[0][:80] if lines else ""
