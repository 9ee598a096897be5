"""Control characters never enter the domain; lines and tabs stay where they belong."""

import pytest

from kamdesk.domain.account import AccountFields, validated
from kamdesk.domain.text import multi_line, one_line, trimmed


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Müller\x1b[2J GmbH", "Müller[2J GmbH"),
        ("Bell\x07 \x00AG", "Bell AG"),
        ("  Two\n lines\t", "Two lines"),
        ("\x85Next line", "Next line"),
    ],
)
def test_a_name_keeps_no_control_character(typed: str, kept: str) -> None:
    assert one_line(typed) == kept


def test_notes_keep_their_lines_and_tabs_but_no_control_character() -> None:
    assert (
        multi_line("Erste\r\nZweite\rDritte\t\x1b[31mrot\x00") == "Erste\nZweite\nDritte\t[31mrot"
    )


def test_a_one_line_field_keeps_its_inner_spacing() -> None:
    assert trimmed("  Maschinen  bau\x07 ") == "Maschinen  bau"


def test_an_account_is_kept_without_control_characters() -> None:
    fields = validated(
        AccountFields(name="Evil\x1b]0;pwned\x07 GmbH", notes="a\x00b", country="DE\x1b")
    )
    assert (fields.name, fields.notes, fields.country) == ("Evil]0;pwned GmbH", "ab", "DE")
