"""`kamdesk scorecard`: a PDF and an HTML page for the customer, with nothing internal."""

import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from kamdesk.cli import main
from kamdesk.domain.account import AccountFields
from kamdesk.services.workspace import Workspace
from kamdesk.store.models import KeyFigureRow

NAME = "Großmann Präzisionsteile GmbH"
SECRET_NOTE = "Einkäufer ist unzufrieden"
SECRET_MARGIN = Decimal("123456.78")


@pytest.fixture
def account_store(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name=NAME, notes=SECRET_NOTE))
        with workspace.transactions.write() as session:
            session.add(
                KeyFigureRow(
                    account_id=account.id,
                    year=2025,
                    revenue=Decimal(1_200_000),
                    contribution_margin=SECRET_MARGIN,
                )
            )
        workspace.status.rescore([account.id])
        workspace.status.set_answer(account.id, "lighthouse", True)
    return data_dir


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    return unicodedata.normalize("NFKC", text)  # Qt writes "fi"/"fl" ligatures


def test_pdf_names_criteria_with_umlauts_and_hides_internals(
    account_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "scorecard.pdf"
    assert main(["--data-dir", str(account_store), "scorecard", NAME, "--out", str(out)]) == 0
    text = pdf_text(out)
    assert NAME in text
    assert "Lighthouse / reference customer" in text and "Number of countries" in text
    assert "Corporate Key Account" in text
    assert SECRET_NOTE not in text
    assert "123,457" not in text and "123.457" not in text  # our margin on them stays ours


ENGLISH_HEADINGS = (
    "Key-account scorecard as of",
    "Criteria",
    "Criterion",
    "granted on",
    "next review",
    "Levels and what they offer",
    "Points needed",
    "Benefits",
    "Total",
)


def test_german_pdf_is_german_throughout(account_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "scorecard.pdf"
    main(["--data-dir", str(account_store), "--lang", "de", "scorecard", NAME, "--out", str(out)])
    text = pdf_text(out)
    assert "Leuchtturm-/Referenzkunde" in text and "Anzahl Länder" in text
    assert "Key-Account-Scorecard, Stand" in text and "Kriterien" in text
    assert [heading for heading in ENGLISH_HEADINGS if heading in text] == []


def test_html_is_escaped_and_self_contained(account_store: Path, tmp_path: Path) -> None:
    hostile = 'Böse & Co. <script>alert("x")</script>'
    with Workspace.open(account_store) as workspace:
        workspace.accounts.create(AccountFields(name=hostile, notes=SECRET_NOTE))
    out = tmp_path / "scorecard.html"
    assert main(["--data-dir", str(account_store), "scorecard", hostile, "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Böse &amp; Co. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<script" not in html and SECRET_NOTE not in html
    # Self-contained: nothing fetched from elsewhere when the customer opens it.
    assert re.findall(r'(?:src|href)\s*=\s*["\']?(?!data:|#)([^"\' >]+)', html) == []
    assert "@import" not in html and "<link" not in html


def test_unknown_format_is_a_usage_error(account_store: Path, tmp_path: Path) -> None:
    code = main(
        ["--data-dir", str(account_store), "scorecard", NAME, "--out", str(tmp_path / "x.docx")]
    )
    assert code == 2
