"""The visit briefing as PDF, HTML and Markdown: the facts a KAM needs, hostile values kept
harmless, and an empty account's short briefing."""

import html
import re
import unicodedata
import uuid
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from kamdesk.documents.briefing_export import export_briefing
from kamdesk.domain.account import AccountFields
from kamdesk.domain.briefing import VisitPlan
from kamdesk.domain.jour_fixe import JourFixeNote, NoteSection
from kamdesk.services.workspace import Workspace

if TYPE_CHECKING:
    from kamdesk.services.stakeholders import StakeholderMap

from ..ui.briefing_store import NAME, TODAY, rich_account


def pdf_text(path: Path) -> str:
    """All pages' text, NFKC-normalised: Qt writes ligatures such as "fi" into PDFs."""
    document = QPdfDocument()
    document.load(str(path))
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    return unicodedata.normalize("NFKC", "\n".join(pages))


def visible_text(page: str) -> str:
    """The text a browser shows: tags stripped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.fixture
def exported(qapp: QApplication, data_dir: Path, tmp_path: Path) -> dict[str, str]:
    account = rich_account(data_dir)
    with Workspace.open(data_dir) as workspace:
        prepared = workspace.briefing.prepare(
            account.account_id, VisitPlan(TODAY, account.contacts, (), "Jahresgespräch")
        )
        review = workspace.accounts.get(account.account_id).status.review_due_on
    texts = {}
    for suffix in ("pdf", "html", "md"):
        path = tmp_path / f"briefing.{suffix}"
        export_briefing(path, prepared)
        texts[suffix] = pdf_text(path) if suffix == "pdf" else path.read_text("utf-8")
    texts["html"] = visible_text(texts["html"])
    texts["md"] = texts["md"].replace("\\", "")
    texts["review"] = review.strftime("%d/%m/%Y") if review else ""
    return texts


@pytest.mark.parametrize("kind", ["pdf", "html", "md"])
def test_every_format_has_the_facts_for_the_visit(exported: dict[str, str], kind: str) -> None:
    text = exported[kind]
    for fact in (
        NAME,
        "Dr. Katrin Weiß",
        "Jürgen Groß",
        "Lieferverzug Gehäuse",
        "Werk Göppingen",
        "Prüfservice",
        "€85,000",
        exported["review"],
        "Address the complaint",
    ):
        assert fact in text, (kind, fact)


def test_the_pdf_has_page_numbers_and_the_running_header(exported: dict[str, str]) -> None:
    assert re.search(r"Page 1 of \d", exported["pdf"])
    assert f"Visit briefing · {NAME}" in exported["pdf"]


def test_the_markdown_has_tables(exported: dict[str, str]) -> None:
    assert "| Unit | Offering | Potential |" in exported["md"]


HOSTILE = '<script>alert(1)</script> & "Söhne" 😀 שלום'


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.scripts += tag == "script"


def test_hostile_values_are_text_everywhere(
    qapp: QApplication, data_dir: Path, tmp_path: Path
) -> None:
    account = rich_account(data_dir, (HOSTILE, "Jürgen Groß"))
    with Workspace.open(data_dir) as workspace:
        note = JourFixeNote(
            uuid.uuid4(), TODAY, NoteSection.NEEDS, "x" * 3000, (account.contacts[0],)
        )
        workspace.jour_fixe.save_note(account.account_id, note)
        prepared = workspace.briefing.prepare(
            account.account_id, VisitPlan(TODAY, account.contacts, (), HOSTILE)
        )
    page_path, pdf_path, md_path = tmp_path / "b.html", tmp_path / "b.pdf", tmp_path / "b.md"
    for path in (page_path, pdf_path, md_path):
        export_briefing(path, prepared)
    page = page_path.read_text("utf-8")
    checker = _Checker()
    checker.feed(page)
    assert checker.scripts == 0
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Söhne&quot; 😀 שלום" in page
    text = pdf_text(pdf_path)
    assert "alert(1)" in text and "שלום" in text
    # the 3,000-character note wraps instead of running off the page: all of it is there
    assert text.count("x") >= 2 * 3000  # in the learnings and in the latest notes
    assert "<script>" not in md_path.read_text("utf-8")


def test_an_empty_account_gets_a_short_briefing_saying_what_is_missing(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    account = workspace.accounts.create(AccountFields(name="Neukunde AG")).id
    prepared = workspace.briefing.prepare(account, VisitPlan(date(2026, 12, 1)))
    path = tmp_path / "leer.pdf"
    export_briefing(path, prepared)
    text = pdf_text(path)
    assert "Page 1 of 1" in text
    assert "No customer contacts chosen for the visit." in text
    assert "No key figures on record." in text
    assert "The people in the room" not in text


def test_printing_lays_out_the_same_pages(
    qapp: QApplication, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from kamdesk.documents.briefing_export import print_briefing
    from kamdesk.documents.output import a4_layout
    from kamdesk.documents.pages import PAGE_MARGIN_MM

    account = rich_account(data_dir)
    with Workspace.open(data_dir) as workspace:
        prepared = workspace.briefing.prepare(
            account.account_id, VisitPlan(TODAY, account.contacts)
        )
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageLayout(a4_layout(PAGE_MARGIN_MM))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_briefing(printer, prepared)
    text = pdf_text(tmp_path / "printed.pdf")
    assert "Dr. Katrin Weiß" in text and re.search(r"Page \d of \d", text)


def crowded_map(data_dir: Path) -> "StakeholderMap":
    """Fourteen people of the customer's and four of ours: a map taller than a page."""
    from kamdesk.domain.classification import HierarchyLevel
    from kamdesk.domain.stakeholders import Contact, TeamMember

    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name="Großkonzern AG")).id
        levels = list(HierarchyLevel)
        for number in range(14):
            name = f"Kontakt Nummer {number}"
            level = levels[number % len(levels)]
            workspace.stakeholders.save_contact(account, Contact(uuid.uuid4(), name, level))
        for number in range(4):
            member = TeamMember(uuid.uuid4(), f"Kollegin {number}", levels[number])
            workspace.stakeholders.save_member(member)
        return workspace.stakeholders.stakeholder_map(account, date.today())


def test_the_printed_map_keeps_its_text_at_seven_points_and_fits_the_pages(
    qapp: QApplication, data_dir: Path
) -> None:
    from PySide6.QtGui import QFont, QImage

    from kamdesk.documents.briefing_export import MAP_SCALE, PAGE_HEIGHT_PX, map_parts

    parts = map_parts(crowded_map(data_dir), paged=True)
    assert len(parts) > 1  # cut between cards into pages
    for png, width in parts:
        image = QImage.fromData(png)
        shrink = width / (image.width() / MAP_SCALE)
        assert QFont().pointSizeF() * shrink >= 7
        assert image.height() / MAP_SCALE * shrink <= PAGE_HEIGHT_PX


def test_the_web_page_shows_the_map_whole_and_lets_the_window_shrink_it(
    qapp: QApplication, data_dir: Path
) -> None:
    from kamdesk.documents.blocks import Document, Image, Section, html
    from kamdesk.documents.briefing_export import map_parts

    ((png, width),) = map_parts(crowded_map(data_dir), paged=False)
    page = html(Document("Karte", "", [Section("Karte", [Image(png, "Karte", width)])]))
    assert f'width="{width}"' in page and "max-width: 100%" in page
