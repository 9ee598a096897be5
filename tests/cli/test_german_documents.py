"""German documents are German throughout: no English text of the catalogue appears in a
German scorecard, briefing or calendar, checked against every source text the German
catalogue translates."""

import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from kamdesk.cli import main
from kamdesk.domain.annual_plan import Action
from kamdesk.resource_files import resource_path
from kamdesk.services.workspace import Workspace

from ..ui.briefing_store import NAME, rich_account

PEOPLE = ("--contacts", "Dr. Katrin Weiß, Jürgen Groß", "--out")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%n|%\d|<[^>]+>|&")


def english_phrases() -> set[str]:
    """Pieces of English (two words or more between placeholders) that the German catalogue
    says differently: a German document holding one shows an untranslated text."""
    root = ET.parse(resource_path("translations", "kamdesk_de.ts")).getroot()
    german, sources = [], []
    for message in root.iter("message"):
        sources.append(message.findtext("source", ""))
        translation = message.find("translation")
        forms = [] if translation is None else [translation.text or "", *translation.itertext()]
        german.append(" ".join(forms))
    everything_german = "\n".join(german)
    pieces = {
        piece.strip(" .,:;·–()…\n") for source in sources for piece in PLACEHOLDER.split(source)
    }
    return {p for p in pieces if len(p.split()) >= 2 and len(p) >= 8 and p not in everything_german}


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    return " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures, wrapped lines


def english_in(text: str) -> list[str]:
    return sorted(phrase for phrase in english_phrases() if phrase in text)


@pytest.fixture
def store(data_dir: Path) -> Path:
    account = rich_account(data_dir)
    with Workspace.open(data_dir) as workspace:
        workspace.plan.save_action(
            account.account_id,
            date.today().year,
            Action(uuid.uuid4(), "Preise prüfen", date.today() + timedelta(days=40)),
        )
    return data_dir


def run_german(store: Path, *args: str) -> None:
    assert main(["--data-dir", str(store), "--lang", "de", *args]) == 0


def test_the_check_finds_the_english_of_an_english_briefing(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "visit.pdf"
    assert (
        main(["--data-dir", str(store), "--lang", "en", "briefing", NAME, *PEOPLE, str(out)]) == 0
    )
    assert {"Stakeholder map", "Key figures"} <= set(english_in(pdf_text(out)))


def test_a_german_briefing_holds_no_english(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "besuch.pdf"
    run_german(store, "briefing", NAME, *PEOPLE, str(out))
    assert english_in(pdf_text(out)) == []


def test_a_german_scorecard_holds_no_english(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "scorecard.pdf"
    run_german(store, "scorecard", NAME, "--out", str(out))
    assert english_in(pdf_text(out)) == []


def test_a_german_calendar_holds_no_english(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "termine.ics"
    run_german(store, "reminders", "--ics", str(out))
    unfolded = out.read_text("utf-8").replace("\r\n ", "").replace("\\n", " ").replace("\\,", ",")
    assert "Preise prüfen" in unfolded
    assert english_in(unfolded) == []
