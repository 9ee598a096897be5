"""Which rows a sync looks at: the changed ones and those whose fate hangs on them; rows the
same everywhere are left alone."""

import json

from kamdesk.domain.sync.plan import Key, LocalRow, Relations
from kamdesk.domain.sync.rows import Texts
from kamdesk.domain.sync.scope import rows_in_scope

RELATIONS = Relations(
    owners={
        "contacts": (("account_id", "accounts"),),
        "notes": (("contact_id", "contacts"),),
    },
    unique={"key_figures": ("account_id", "year")},
)
ACCOUNT, CONTACT, NOTE = Key("accounts", "a"), Key("contacts", "c"), Key("notes", "n")
FIGURES, OTHER_FIGURES = Key("key_figures", "f"), Key("key_figures", "g")
DATA: dict[Key, dict[str, object]] = {
    ACCOUNT: {"name": "Müller GmbH"},
    CONTACT: {"account_id": "a", "name": "Jürgen Groß"},
    NOTE: {"contact_id": "c", "text": "Ruft zurück"},
    FIGURES: {"account_id": "a", "year": 2026, "revenue": 10},
}


def texts(data: dict[str, object], tombstone: str = "") -> Texts:
    return Texts(json.dumps(data, sort_keys=True), '{"*":"000000000000001-000000-x"}', tombstone)


def synced() -> tuple[dict[Key, LocalRow], dict[Key, Texts]]:
    local = {key: LocalRow(data, deleted=False) for key, data in DATA.items()}
    return local, {key: texts(data) for key, data in DATA.items()}


def test_nothing_changed_anywhere_puts_nothing_in_scope() -> None:
    local, base = synced()
    assert rows_in_scope(local, base, [dict(base)], RELATIONS) == set()


def test_a_row_edited_here_is_in_scope() -> None:
    local, base = synced()
    local[NOTE] = LocalRow({"contact_id": "c", "text": "Termin"}, deleted=False)
    assert rows_in_scope(local, base, [dict(base)], RELATIONS) == {NOTE}


def test_a_row_changed_in_the_shared_file_is_in_scope() -> None:
    local, base = synced()
    shared = dict(base) | {NOTE: texts({"contact_id": "c", "text": "Termin"})}
    assert rows_in_scope(local, base, [shared], RELATIONS) == {NOTE}


def test_a_row_new_on_either_side_is_in_scope() -> None:
    local, base = synced()
    new_there, new_here = Key("accounts", "b"), Key("accounts", "d")
    shared = dict(base) | {new_there: texts({"name": "Bäckerei Süß"})}
    local[new_here] = LocalRow({"name": "Dachdecker Dorn"}, deleted=False)
    assert rows_in_scope(local, base, [shared], RELATIONS) == {new_there, new_here}


def test_a_row_differing_in_a_conflicted_copy_is_in_scope() -> None:
    local, base = synced()
    copy = dict(base) | {CONTACT: texts({"account_id": "a", "name": "J. Groß"})}
    assert rows_in_scope(local, base, [dict(base), copy], RELATIONS) == {CONTACT}


def test_deleting_an_account_puts_what_belongs_to_it_in_scope_down_the_line() -> None:
    local, base = synced()
    local[ACCOUNT] = LocalRow(DATA[ACCOUNT], deleted=True)
    assert rows_in_scope(local, base, [dict(base)], RELATIONS) == {ACCOUNT, CONTACT, NOTE}


def test_an_account_deleted_in_the_shared_file_puts_what_belongs_to_it_in_scope() -> None:
    local, base = synced()
    shared = dict(base) | {ACCOUNT: texts(DATA[ACCOUNT], '["000000000000002-000000-x", null]')}
    assert rows_in_scope(local, base, [shared], RELATIONS) == {ACCOUNT, CONTACT, NOTE}


def test_an_account_edited_leaves_what_belongs_to_it_alone() -> None:
    local, base = synced()
    local[ACCOUNT] = LocalRow({"name": "Müller AG"}, deleted=False)
    assert rows_in_scope(local, base, [dict(base)], RELATIONS) == {ACCOUNT}


def test_a_deleted_row_is_never_quiet() -> None:
    local, base = synced()
    base[NOTE] = texts(DATA[NOTE], tombstone='["000000000000002-000000-x", null]')
    local[NOTE] = LocalRow(DATA[NOTE], deleted=True)
    assert rows_in_scope(local, base, [dict(base)], RELATIONS) == {NOTE}


def test_a_row_holding_the_same_unique_key_is_in_scope_with_it() -> None:
    local, base = synced()
    shared = dict(base) | {OTHER_FIGURES: texts({"account_id": "a", "year": 2026, "revenue": 12})}
    assert rows_in_scope(local, base, [shared], RELATIONS) == {FIGURES, OTHER_FIGURES}


def test_another_year_leaves_the_figures_alone() -> None:
    local, base = synced()
    shared = dict(base) | {OTHER_FIGURES: texts({"account_id": "a", "year": 2027, "revenue": 12})}
    assert rows_in_scope(local, base, [shared], RELATIONS) == {OTHER_FIGURES}
