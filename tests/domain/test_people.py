"""Initials as colleagues see them in compact lists."""

import pytest

from kamdesk.domain.people import Person, clean_initials, initials_of


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Anna Berger", "AB"),
        ("Dr. Katrin Weiß", "KW"),
        ("jürgen groß", "JG"),
        ("Aylin", "A"),
        ("root", "R"),
        ("", ""),
        ("Prof. Dr.", ""),
    ],
)
def test_initials_come_from_the_first_and_last_name(name: str, initials: str) -> None:
    assert initials_of(name) == initials


def test_chosen_initials_win_over_the_derived_ones() -> None:
    assert Person("Anna Berger", "ABe").short == "ABe"
    assert Person("Anna Berger").short == "AB"


def test_typed_initials_lose_spaces_and_stay_short() -> None:
    assert clean_initials(" A B C D E ") == "ABCD"
