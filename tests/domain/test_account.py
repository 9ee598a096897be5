import pytest

from kamdesk.domain.account import NAME_MAX, AccountFields, validated, with_changes
from kamdesk.domain.classification import Scope, StatusLevel
from kamdesk.domain.errors import InvalidAccount, IssueCode


def test_name_is_required() -> None:
    with pytest.raises(InvalidAccount) as caught:
        validated(AccountFields(name="   "))
    assert [(i.field, i.code) for i in caught.value.issues] == [("name", IssueCode.REQUIRED)]


def test_one_line_fields_are_trimmed_and_inner_spaces_folded() -> None:
    fields = validated(AccountFields(name="  Müller   Maschinenbau ", country=" Österreich "))
    assert (fields.name, fields.country) == ("Müller Maschinenbau", "Österreich")


def test_multi_line_text_is_kept_as_typed() -> None:
    address = "  Industriestraße 5\n80331 München\n"
    assert validated(AccountFields(name="X", address=address)).address == address


def test_name_at_limit_passes_and_one_more_fails() -> None:
    assert validated(AccountFields(name="x" * NAME_MAX)).name == "x" * NAME_MAX
    with pytest.raises(InvalidAccount) as caught:
        validated(AccountFields(name="x" * (NAME_MAX + 1)))
    assert caught.value.issues[0].code == IssueCode.TOO_LONG
    assert caught.value.issues[0].limit == NAME_MAX


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InvalidAccount) as caught:
        validated(AccountFields(name="", owner="o" * 500))
    assert {i.field for i in caught.value.issues} == {"name", "owner"}


def test_textual_changes_convert_enum_values() -> None:
    fields = with_changes(AccountFields(name="A"), {"status_level": "strategic", "scope": "global"})
    assert (fields.status_level, fields.scope) == (StatusLevel.STRATEGIC, Scope.GLOBAL)


def test_textual_changes_refuse_unknown_fields_and_values() -> None:
    with pytest.raises(InvalidAccount) as caught:
        with_changes(AccountFields(name="A"), {"colour": "red", "segment": "Z"})
    assert {(i.field, i.code) for i in caught.value.issues} == {
        ("colour", IssueCode.UNKNOWN_FIELD),
        ("segment", IssueCode.BAD_VALUE),
    }
