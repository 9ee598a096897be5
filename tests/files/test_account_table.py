"""Reading account lists: encodings, separators, a report's footer, and files that are none."""

import zipfile
from pathlib import Path

import pytest

from kamdesk.domain.errors import AccountFileProblem, InvalidAccountFile
from kamdesk.files import account_table
from kamdesk.files.account_table import read_account_table

from ..account_lists import dynamics_export, german_list, salesforce_report


def test_windows_1252_with_semicolons_reads_umlauts_and_a_decimal_comma(tmp_path: Path) -> None:
    table = read_account_table(german_list(tmp_path / "a.csv", [["Süß KG", "1"]]), ".")
    assert table.headers[2] == "Straße"
    assert table.rows == [(2, ["Süß KG", "1"])]
    assert table.decimal_point == ","


def test_utf8_with_a_byte_order_mark_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("\ufeffName,City\nÖl AG,Linz\n".encode())
    table = read_account_table(path, ".")
    assert (table.headers, table.rows) == (["Name", "City"], [(2, ["Öl AG", "Linz"])])
    assert table.decimal_point == "."


def test_a_report_footer_is_left_out_and_row_numbers_stay_the_files(tmp_path: Path) -> None:
    path = salesforce_report(tmp_path / "r.csv", [["A", "Anna"], [], ["B"]])
    assert [number for number, _ in read_account_table(path, ".").rows] == [2, 4]


def test_a_list_of_names_only_keeps_its_last_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Name\nA\nB\nC\n", encoding="utf-8")
    assert len(read_account_table(path, ".").rows) == 3


def test_a_workbook_reads_the_chosen_sheet_and_names_them_all(tmp_path: Path) -> None:
    path = dynamics_export(tmp_path / "a.xlsx", [["x", "y", "z", "Süd SE"]])
    table = read_account_table(path, ",")
    assert table.sheets == ("Active Accounts",) and table.rows[0][1][3] == "Süd SE"
    with pytest.raises(InvalidAccountFile) as refused:
        read_account_table(path, ",", "Other")
    assert refused.value.problem is AccountFileProblem.NO_SUCH_SHEET


def _zip_that_is_no_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    return path


def _truncated_workbook(path: Path) -> Path:
    dynamics_export(path, [["x", "y", "z", "Süd SE"]])
    path.write_bytes(path.read_bytes()[:300])
    return path


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [
        ("pdf.csv", lambda p: p.write_bytes(b"%PDF-1.7\n..."), AccountFileProblem.NOT_A_TABLE),
        (
            "utf16.csv",
            lambda p: p.write_text("Name\nA\n", "utf-16"),
            AccountFileProblem.NOT_A_TABLE,
        ),
        ("zip.xlsx", _zip_that_is_no_workbook, AccountFileProblem.NOT_A_TABLE),
        ("cut.xlsx", _truncated_workbook, AccountFileProblem.NOT_A_TABLE),
        ("old.xls", lambda p: p.write_bytes(b"x"), AccountFileProblem.OTHER_FORMAT),
        ("empty.csv", lambda p: p.write_text("Name\n"), AccountFileProblem.EMPTY),
        (
            "huge.csv",
            lambda p: p.write_text('Name\n"' + "x" * 200_000 + '"\n'),
            AccountFileProblem.UNREADABLE_ROW,
        ),
        ("wide.csv", lambda p: p.write_text(",".join(["c"] * 301)), AccountFileProblem.TOO_LARGE),
        ("gone.csv", lambda p: None, AccountFileProblem.CANNOT_READ),
    ],
)
def test_a_file_that_is_no_account_list_is_refused(
    tmp_path: Path, name: str, make: object, problem: AccountFileProblem
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    with pytest.raises(InvalidAccountFile) as refused:
        read_account_table(path, ".")
    assert refused.value.problem is problem


def test_a_file_beyond_the_byte_bound_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(account_table, "FILE_BYTES", 10)
    path = tmp_path / "a.csv"
    path.write_text("Name\nA long enough list\n")
    with pytest.raises(InvalidAccountFile) as refused:
        read_account_table(path, ".")
    assert refused.value.problem is AccountFileProblem.TOO_LARGE
