import uuid

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.classification import HierarchyLevel as L
from kamdesk.domain.contact_import import (
    CardProblem,
    ContactCard,
    DuplicatePolicy,
    ImportRow,
    planned_import,
    proposed_rows,
)
from kamdesk.domain.stakeholders import Contact

EXISTING = Contact(
    uuid.uuid4(), "Jörg Häußler", L.DIVISION_HEAD, function="Bereichsleiter", email="jh@kunde.de"
)


def numbered(*cards: ContactCard) -> list[tuple[int, ContactCard]]:
    return list(enumerate(cards, start=1))


def test_a_new_card_gets_the_level_its_title_suggests() -> None:
    (row,), refused = proposed_rows(numbered(ContactCard("Anna Groß", title="CEO")), [EXISTING])
    assert (row.level, row.duplicate_of, refused) == (L.EXECUTIVE, None, [])


def test_the_same_email_in_any_case_is_a_duplicate_keeping_the_known_level() -> None:
    card = ContactCard("J. Häußler", title="Sachbearbeiter", emails=("x@y.de", "JH@Kunde.DE"))
    (row,), _ = proposed_rows(numbered(card), [EXISTING])
    assert row.duplicate_of == EXISTING.id
    assert row.level == L.DIVISION_HEAD


def test_the_same_name_with_other_spacing_is_a_duplicate() -> None:
    (row,), _ = proposed_rows(numbered(ContactCard(" jörg  häußler ")), [EXISTING])
    assert row.duplicate_of == EXISTING.id


def test_a_person_twice_in_one_file_is_a_duplicate_of_the_first() -> None:
    first = ContactCard("Anna Groß", emails=("a@k.de", "anna@privat.de"))
    again = ContactCard("Anna G.", emails=("anna@privat.de",))
    rows, _ = proposed_rows(numbered(first, again), [])
    assert rows[1].duplicate_of == rows[0].id


def test_cards_without_name_or_too_long_are_refused_with_their_place() -> None:
    cards = numbered(ContactCard("  "), ContactCard("Ok"), ContactCard("X" * 300))
    rows, refused = proposed_rows(cards, [])
    assert [r.card.name for r in rows] == ["Ok"]
    assert [(r.position, r.problem) for r in refused] == [
        (1, CardProblem.NO_NAME),
        (3, CardProblem.TOO_LONG),
    ]


def test_skipping_duplicates_writes_only_new_contacts() -> None:
    rows, _ = proposed_rows(numbered(ContactCard("Jörg Häußler"), ContactCard("Neu")), [EXISTING])
    plan = planned_import(rows, [EXISTING], DuplicatePolicy.SKIP)
    assert [c.name for c in plan.new] == ["Neu"]
    assert plan.merged == ()
    assert [r.card.name for r in plan.skipped] == ["Jörg Häußler"]


def test_merging_updates_what_the_card_has_and_keeps_the_rest() -> None:
    card = ContactCard("Jörg Häußler", department="Einkauf", phone="+49 711 1")
    rows, _ = proposed_rows(numbered(card), [EXISTING])
    (merged,) = planned_import(rows, [EXISTING], DuplicatePolicy.MERGE).merged
    assert merged.id == EXISTING.id
    assert (merged.unit, merged.phone) == ("Einkauf", "+49 711 1")
    assert (merged.function, merged.email, merged.level) == (
        "Bereichsleiter",
        "jh@kunde.de",
        L.DIVISION_HEAD,
    )


def test_a_corrected_level_is_what_gets_imported() -> None:
    rows, _ = proposed_rows(numbered(ContactCard("Anna", title="Buyer")), [])
    corrected = [ImportRow(rows[0].id, rows[0].card, L.TEAM_LEAD)]
    (contact,) = planned_import(corrected, [], DuplicatePolicy.SKIP).new
    assert contact.level == L.TEAM_LEAD


def test_a_person_twice_in_one_file_merges_into_one_new_contact() -> None:
    rows, _ = proposed_rows(
        numbered(ContactCard("Anna", emails=("a@k.de",)), ContactCard("Anna", phone="1")), []
    )
    plan = planned_import(rows, [], DuplicatePolicy.MERGE)
    assert [(c.name, c.email, c.phone) for c in plan.new] == [("Anna", "a@k.de", "1")]


cards = st.lists(
    st.builds(
        ContactCard,
        name=st.text(max_size=30),
        title=st.text(max_size=30),
        emails=st.lists(st.sampled_from(["a@x.de", "B@x.de", "c@x.de"]), max_size=2).map(tuple),
    ),
    max_size=12,
)


@given(cards, st.sampled_from(list(DuplicatePolicy)))
def test_every_card_is_imported_merged_skipped_or_refused_exactly_once(
    given_cards: list[ContactCard], policy: DuplicatePolicy
) -> None:
    rows, refused = proposed_rows(numbered(*given_cards), [EXISTING])
    assert len(rows) + len(refused) == len(given_cards)
    plan = planned_import(rows, [EXISTING], policy)
    duplicates = [r for r in rows if r.duplicate_of is not None]
    assert len(plan.new) == len(rows) - len(duplicates)
    if policy == DuplicatePolicy.SKIP:
        assert len(plan.skipped) == len(duplicates)
        assert plan.merged == ()
    else:
        assert plan.skipped == ()
        assert {c.id for c in plan.merged} <= {EXISTING.id}
