"""`kamdesk briefing ACCOUNT --out FILE [--date] [--contacts] [--lang]`."""

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from kamdesk.cli import main

from ..ui.briefing_store import NAME, rich_account


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_markdown_briefing_in_german_for_two_contacts(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    rich_account(data_dir)
    out = tmp_path / "besuch.md"
    code, _, err = run(
        capsys,
        data_dir,
        "briefing",
        NAME,
        "--out",
        str(out),
        "--date",
        "2026-12-03",
        "--contacts",
        "Dr. Katrin Weiß, jürgen groß",
        "--lang",
        "de",
    )
    assert (code, err) == (0, "")
    text = out.read_text("utf-8")
    assert text.startswith(f"# Besuchsvorbereitung: {NAME}")
    assert "Besuch am 03.12.26" in text
    assert "Dr. Katrin Weiß" in text and "Jürgen Groß" in text
    # Each person's block stays a block of its own in a real Markdown reader.
    tokens = MarkdownIt().parse(text)
    headings = [t.content for i, t in enumerate(tokens[1:]) if tokens[i].type == "heading_open"]
    assert "Dr. Katrin Weiß" in headings and "Jürgen Groß" in headings


def test_an_unknown_contact_is_named(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    rich_account(data_dir)
    code, _, err = run(
        capsys,
        data_dir,
        "briefing",
        NAME,
        "--out",
        str(tmp_path / "b.pdf"),
        "--contacts",
        "Niemand",
    )
    assert code == 1
    assert err.strip() == "The account has no contact “Niemand”."


def test_an_unknown_format_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    rich_account(data_dir)
    code, _, err = run(capsys, data_dir, "briefing", NAME, "--out", str(tmp_path / "b.docx"))
    assert code == 2
    assert ".pdf, .html or .md" in err
