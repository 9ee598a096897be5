"""Which column of an account list means what. kamdesk knows the column names that Salesforce
(reports and Data Loader), HubSpot, Dynamics 365 and German lists write, case-, space- and
punctuation-blind, and year columns of revenue, contribution margin and potential ("Umsatz
2025", "Revenue 2024", "DB 2025"). A column without a year ("Annual Revenue") counts for the
last completed year. Anything else the user maps."""

import re
from dataclasses import dataclass
from enum import StrEnum


class Target(StrEnum):
    NAME = "name"
    CUSTOMER_NUMBER = "customer_number"
    VAT_ID = "vat_id"
    INDUSTRY = "industry"
    COUNTRY = "country"
    STREET = "street"
    POSTCODE = "postcode"
    CITY = "city"
    ADDRESS = "address"
    OWNER = "owner"
    NOTES = "notes"
    SEGMENT = "segment"
    CONTACT = "contact"
    CONTACT_EMAIL = "contact_email"
    CONTACT_PHONE = "contact_phone"
    REVENUE = "revenue"
    CONTRIBUTION_MARGIN = "contribution_margin"
    POTENTIAL = "potential"


FIGURES = (Target.REVENUE, Target.CONTRIBUTION_MARGIN, Target.POTENTIAL)
ACCOUNT_FIELDS = (  # the targets that are fields of the account as they are
    Target.NAME,
    Target.CUSTOMER_NUMBER,
    Target.VAT_ID,
    Target.INDUSTRY,
    Target.COUNTRY,
    Target.OWNER,
    Target.NOTES,
)


class Source(StrEnum):
    """Whose export the header row looks like, said in the preview."""

    SALESFORCE = "salesforce"
    HUBSPOT = "hubspot"
    DYNAMICS = "dynamics"
    GERMAN_LIST = "german_list"
    OTHER = "other"  # a list whose names kamdesk knows, from no tool in particular
    MAPPED = "mapped"  # the user said what the columns mean


@dataclass(frozen=True)
class Meaning:
    target: Target
    year: int | None = None  # for figures: the year they are of


ColumnMap = dict[int, Meaning]  # column position → meaning; columns not in it are not read


def meaning_text(meaning: Meaning) -> str:
    """How a mapping file writes a meaning: "name", "revenue:2025"."""
    return meaning.target.value if meaning.year is None else f"{meaning.target}:{meaning.year}"


def meaning_from_text(text: str) -> Meaning:
    """The reverse of `meaning_text`; ValueError for a target or year kamdesk does not know."""
    target, _, year = text.partition(":")
    meaning = Meaning(Target(target.strip()), int(year) if year else None)
    if (meaning.year is None) == (meaning.target in FIGURES):
        raise ValueError(text)  # a figure needs its year, a field takes none
    return meaning


def header_key(header: str) -> str:
    """ "Billing Zip/Postal Code" and "billingzippostalcode" alike; "Straße" as "strasse"."""
    return "".join(c for c in header.casefold() if c.isalnum())


_NAMES: dict[Target, tuple[str, ...]] = {
    Target.NAME: (
        "accountname",
        "name",
        "companyname",
        "company",
        "firma",
        "firmenname",
        "firmierung",
        "kunde",
        "kundenname",
        "name1",
        "unternehmen",
        "organisation",
        "organization",
    ),
    Target.CUSTOMER_NUMBER: (
        "accountnumber",
        "customernumber",
        "customerno",
        "kundennummer",
        "kundennr",
        "kdnr",
        "debitor",
        "debitorennummer",
        "debitorennr",
    ),
    Target.VAT_ID: (
        "vatid",
        "vatnumber",
        "vatregistrationnumber",
        "ustidnr",
        "ustid",
        "umsatzsteuerid",
        "umsatzsteueridentifikationsnummer",
    ),
    Target.INDUSTRY: ("industry", "branche", "industrie", "sector"),
    Target.COUNTRY: (
        "billingcountry",
        "country",
        "countryregion",
        "address1countryregion",
        "land",
    ),
    Target.STREET: ("billingstreet", "streetaddress", "address1street1", "street", "strasse"),
    Target.POSTCODE: (
        "billingzippostalcode",
        "billingpostalcode",
        "postalcode",
        "zip",
        "zipcode",
        "address1zippostalcode",
        "plz",
        "postleitzahl",
    ),
    Target.CITY: ("billingcity", "city", "address1city", "ort", "stadt"),
    Target.ADDRESS: ("address", "adresse", "anschrift", "billingaddress"),
    Target.OWNER: (
        "accountowner",
        "owner",
        "companyowner",
        "betreuer",
        "keyaccountmanager",
        "kam",
        "zuständig",
        "verantwortlich",
    ),
    Target.NOTES: ("description", "notes", "notizen", "bemerkung", "bemerkungen", "kommentar"),
    Target.SEGMENT: ("segment", "abc", "abcklasse", "abcsegment", "kundenklasse"),
    Target.CONTACT: (
        "ansprechpartner",
        "hauptansprechpartner",
        "primarycontact",
        "contact",
        "contactname",
        "kontakt",
    ),
    Target.CONTACT_EMAIL: ("email", "emailaddress", "mail", "emailprimarycontact"),
    Target.CONTACT_PHONE: ("phone", "mainphone", "phonenumber", "telefon", "tel"),
    Target.REVENUE: ("annualrevenue", "revenue", "umsatz", "jahresumsatz", "sales"),
}
_BY_KEY = {key: target for target, keys in _NAMES.items() for key in keys}
_FIGURE_WORDS = {
    Target.REVENUE: ("umsatz", "revenue", "sales", "jahresumsatz"),
    Target.CONTRIBUTION_MARGIN: (
        "db",
        "dbii",
        "db2",
        "deckungsbeitrag",
        "margin",
        "contributionmargin",
    ),
    Target.POTENTIAL: ("potenzial", "potential", "umsatzpotenzial"),
}
_YEAR_COLUMN = re.compile(
    r"^(?:(?P<word>[a-zäöü]+?)(?P<year>(?:19|20)\d\d)|(?P<year2>(?:19|20)\d\d)(?P<word2>[a-zäöü]+))"
    r"(?:eur|teur|euro)?$"
)
_SIGNATURES: tuple[tuple[Source, tuple[str, ...]], ...] = (
    (Source.DYNAMICS, ("donotmodifyaccount",)),
    (Source.HUBSPOT, ("recordid", "companyname")),
    (Source.SALESFORCE, ("accountname", "billingcity")),
    (Source.SALESFORCE, ("accountname", "accountowner")),
    (Source.SALESFORCE, ("name", "billingcity", "accountnumber")),  # Data Loader: API names
    (Source.GERMAN_LIST, ("firma",)),
    (Source.GERMAN_LIST, ("kundennummer",)),
)


def recognised_columns(headers: list[str], last_year: int) -> ColumnMap:
    """What kamdesk can tell of each header; a second column of the same meaning is left
    out (Dynamics and Salesforce repeat addresses: billing before shipping)."""
    columns: ColumnMap = {}
    for position, header in enumerate(headers):
        meaning = _meaning(header_key(header), last_year)
        if meaning is not None and meaning not in columns.values():
            columns[position] = meaning
    return columns


def _meaning(key: str, last_year: int) -> Meaning | None:
    if key in _BY_KEY:
        target = _BY_KEY[key]
        return Meaning(target, last_year if target in FIGURES else None)
    found = _YEAR_COLUMN.match(key)
    if found is None:
        return None
    word, year = found["word"] or found["word2"], int(found["year"] or found["year2"])
    for target, words in _FIGURE_WORDS.items():
        if word in words:
            return Meaning(target, year)
    return None


def source_of(headers: list[str]) -> Source:
    keys = {header_key(header) for header in headers}
    for source, signature in _SIGNATURES:
        if keys.issuperset(signature):
            return source
    return Source.OTHER


def has_name(columns: ColumnMap) -> bool:
    return any(meaning.target is Target.NAME for meaning in columns.values())
