"""Reading the rows of an account list and matching them against the store's accounts."""

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from kamdesk.domain.account import Account, AccountFields
from kamdesk.domain.account_columns import recognised_columns
from kamdesk.domain.account_import import (
    ImportedAccount,
    MatchedBy,
    RefusedRow,
    RowKind,
    RowProblem,
    address_city,
    planned_rows,
    read_row,
)
from kamdesk.domain.classification import Segment
from kamdesk.domain.key_figures import KeyFigures

HEADER = ["Firma", "Kundennummer", "USt-IdNr.", "Ort", "ABC", "Umsatz 2025", "Bemerkung"]
COLUMNS = recognised_columns(HEADER, 2025)
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _read(*cells: object, number: int = 2) -> ImportedAccount | RefusedRow:
    return read_row(number, list(cells), COLUMNS, HEADER, ",")


def _account(name: str, address: str = "", number: str = "", vat: str = "") -> Account:
    fields = AccountFields(name=name, address=address, customer_number=number, vat_id=vat)
    return Account(uuid.uuid4(), fields, NOW, NOW)


def test_a_row_gives_fields_segment_and_figures() -> None:
    row = _read("Kurz GmbH", "K-1", "DE123", "Ulm", "a", "1.000,50", "Stammkunde")
    assert isinstance(row, ImportedAccount)
    assert row.fields["customer_number"] == "K-1" and row.fields["notes"] == "Stammkunde"
    assert row.segment is Segment.A
    assert row.figures == (KeyFigures(2025, Decimal("1000.50")),)
    assert row.city == "Ulm"


def test_empty_cells_give_nothing_rather_than_empty_values() -> None:
    row = _read("Kurz GmbH", "", None, "", "", "", "")
    assert isinstance(row, ImportedAccount)
    assert dict(row.fields) == {"name": "Kurz GmbH"}
    assert row.figures == () and row.segment is None


def test_refusals_name_the_column() -> None:
    cases = [
        (_read("", "K-1"), RowProblem.NO_NAME, "Firma"),
        (_read("A", "", "", "", "D"), RowProblem.BAD_VALUE, "ABC"),
        (_read("A", "", "", "", "", "-5"), RowProblem.BAD_VALUE, "Umsatz 2025"),
        (_read("A", "", "", "", "", "viel"), RowProblem.NOT_AN_AMOUNT, "Umsatz 2025"),
        (_read("A" * 201), RowProblem.TOO_LONG, "Firma"),
        (_read("A", "", "", "x" * 30_000), RowProblem.TOO_LONG, "Ort"),
    ]
    for refused, problem, column in cases:
        assert isinstance(refused, RefusedRow)
        assert (refused.problem, refused.column) == (problem, column)


def test_the_city_is_the_last_address_line_without_its_postcode() -> None:
    assert address_city("Industriestraße 5\n80331 München") == "München"
    assert address_city("Ring 1\nA-1010 Wien") == "Wien"
    assert address_city("") == ""


def test_matching_prefers_the_customer_number_then_the_vat_id() -> None:
    by_number, by_vat = _account("Eins", number="K 1"), _account("Zwei", vat="DE 123")
    rows = [_read("Anders", "k1"), _read("Noch anders", "", "de123")]
    planned = planned_rows(rows, [by_number, by_vat], {})
    assert [(p.account_id, p.matched_by) for p in planned] == [
        (by_number.id, MatchedBy.CUSTOMER_NUMBER),
        (by_vat.id, MatchedBy.VAT_ID),
    ]


def test_a_name_in_another_city_is_refused_and_without_a_city_it_matches() -> None:
    ulm = _account("Kurz GmbH", "Ring 1\n89073 Ulm")
    (elsewhere,) = planned_rows([_read("Kurz GmbH", "", "", "Köln")], [ulm], {})
    assert elsewhere.refusal is not None and elsewhere.refusal.problem is RowProblem.NAME_TAKEN
    (anywhere,) = planned_rows([_read("kurz gmbh")], [ulm], {})
    assert (anywhere.account_id, anywhere.matched_by) == (ulm.id, MatchedBy.NAME)


def test_the_same_account_twice_in_the_file_refuses_the_later_row() -> None:
    rows = [_read("Neu AG", "N-1", number=2), _read("Neu AG", "N-1", number=7)]
    first, second = planned_rows(rows, [], {})
    assert first.kind is RowKind.NEW
    assert second.refusal == RefusedRow(7, RowProblem.TWICE_IN_FILE, detail="2")


def test_a_match_that_changes_nothing_is_unchanged() -> None:
    known = _account("Kurz GmbH", "Ulm", number="K-1")
    figures = {known.id: [KeyFigures(2025, Decimal(1000))]}
    (same,) = planned_rows([_read("Kurz GmbH", "K-1", "", "", "", "1000")], [known], figures)
    assert same.kind is RowKind.UNCHANGED
