"""Tables for spreadsheets: formula-looking texts stay text, numbers stay numbers."""

import csv
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kamdesk.files.table_export import FORMULA_STARTS, write_table

HEADERS = ["Name", "Umsatz"]
DANGEROUS = [f'{start}HYPERLINK("http://x")' for start in FORMULA_STARTS]


def test_formula_looking_texts_are_text_cells_in_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "accounts.xlsx"
    write_table(path, HEADERS, [[text, Decimal("1234.50")] for text in DANGEROUS], ",", "Accounts")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None and sheet.title == "Accounts"
    cells = [
        (row[0].value, row[0].data_type, row[1].value, row[1].data_type)
        for row in sheet.iter_rows(min_row=2)
    ]
    # XML keeps a carriage return as a line feed: still text, never a formula.
    assert [(text.replace("\r", "\n"), "s", 1234.5, "n") for text in DANGEROUS] == cells


def test_formula_looking_texts_get_an_apostrophe_in_a_csv_file(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    write_table(path, HEADERS, [[text, Decimal("-1234.50")] for text in DANGEROUS], ",")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with its mark
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == HEADERS
    assert rows[1:] == [["'" + text, "-1234,50"] for text in DANGEROUS]


@pytest.mark.parametrize(("point", "separator"), [(",", ";"), (".", ",")])
def test_a_csv_file_follows_the_users_decimal_point(
    tmp_path: Path, point: str, separator: str
) -> None:
    path = tmp_path / "accounts.csv"
    write_table(path, HEADERS, [["Müller GmbH", Decimal("2.5")], ["Leer AG", None]], point)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1:] == [f"Müller GmbH{separator}2{point}5", f"Leer AG{separator}"]
