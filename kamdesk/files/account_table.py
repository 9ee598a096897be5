"""Account lists as CRMs and spreadsheets export them: CSV (commas, semicolons or tabs; UTF-8
with or without byte-order mark, or Windows-1252) or an Excel workbook (.xlsx, the first sheet
or the one asked for), read as a header row and the rows below it. Bounded in bytes, rows and
columns; a report's footer (Salesforce ends its exports with a copyright and who made them)
is left out."""

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kamdesk.domain.errors import AccountFileProblem, InvalidAccountFile
from kamdesk.files.csv_text import csv_dialect, decoded
from kamdesk.files.workbook_rows import (
    CONVERT_FIRST,
    UnreadableWorkbook,
    WorkbookProblem,
    sheet_rows,
)

FILE_BYTES = 64 * 1024 * 1024
UNPACKED_BYTES = 400 * 1024 * 1024  # a workbook of 100,000 rows unpacks to a few hundred MB
MAX_ROWS = 100_001  # the header and 100,000 accounts
MAX_COLUMNS = 300
CELL_CHARS = 100_000  # a longer CSV field is refused as unreadable, not read into memory
WORKBOOKS = (".xlsx", ".xlsm")
_BINARY_MARKS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")  # zip/xlsx, old Office, PDF


@dataclass(frozen=True)
class AccountTable:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # each row's number in the file, its cells: text from
    # CSV; text, numbers and dates from a workbook
    decimal_point: str  # of amounts written as text
    sheets: tuple[str, ...] = ()  # a workbook's sheet titles
    sheet: str = ""  # the one read


def read_account_table(path: Path, decimal_point: str, sheet: str | None = None) -> AccountTable:
    """`decimal_point` is the user's, for amounts in a workbook's text cells and in a CSV
    file separated by commas (semicolons mean a decimal comma)."""
    suffix = path.suffix.casefold()
    if suffix in CONVERT_FIRST:
        raise InvalidAccountFile(AccountFileProblem.OTHER_FORMAT)
    if suffix in WORKBOOKS:
        return _workbook(path, decimal_point, sheet)
    return _csv(_read_bytes(path), decimal_point)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > FILE_BYTES:  # refused before it is read into memory
            raise InvalidAccountFile(AccountFileProblem.TOO_LARGE)
        return path.read_bytes()
    except OSError as error:
        detail = error.strerror or str(error)
        raise InvalidAccountFile(AccountFileProblem.CANNOT_READ, detail) from error


def _csv(data: bytes, decimal_point: str) -> AccountTable:
    if data.startswith(_BINARY_MARKS) or b"\x00" in data[:4096]:
        raise InvalidAccountFile(AccountFileProblem.NOT_A_TABLE)
    text = decoded(data)
    dialect = csv_dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[list[Any]] = []
    previous_limit = csv.field_size_limit(CELL_CHARS)
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS or len(row) > MAX_COLUMNS:
                raise InvalidAccountFile(AccountFileProblem.TOO_LARGE)
            rows.append(row)
    except csv.Error as error:  # a NUL byte, a field beyond CELL_CHARS, a broken quote
        raise InvalidAccountFile(AccountFileProblem.UNREADABLE_ROW, str(len(rows) + 1)) from error
    finally:
        csv.field_size_limit(previous_limit)
    point = "," if dialect.delimiter in ";\t" else decimal_point
    return _table(rows, point)


def _workbook(path: Path, decimal_point: str, sheet: str | None) -> AccountTable:
    titles: tuple[str, ...] = ()

    def choose(found: list[str]) -> str:
        nonlocal titles
        titles = tuple(found)
        if sheet is None:
            return titles[0]
        if sheet not in titles:
            raise InvalidAccountFile(AccountFileProblem.NO_SUCH_SHEET, sheet)
        return sheet

    try:
        rows = sheet_rows(
            path,
            choose,
            max_rows=MAX_ROWS,
            max_columns=MAX_COLUMNS,
            unpacked_bytes=UNPACKED_BYTES,
        )
    except UnreadableWorkbook as error:
        problem = {
            WorkbookProblem.NOT_A_WORKBOOK: AccountFileProblem.NOT_A_TABLE,
            WorkbookProblem.TOO_LARGE: AccountFileProblem.TOO_LARGE,
            WorkbookProblem.OTHER_FORMAT: AccountFileProblem.OTHER_FORMAT,
        }[error.problem]
        raise InvalidAccountFile(problem) from error
    table = _table(rows, decimal_point)
    return AccountTable(table.headers, table.rows, decimal_point, titles, sheet or titles[0])


def _table(rows: list[list[Any]], decimal_point: str) -> AccountTable:
    """The first row that holds anything is the header; each row keeps its number in the file
    (as a spreadsheet program shows it) so that a refusal can name it."""
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if not _empty(row)]
    numbered = _without_footer(numbered)
    if len(numbered) < 2:
        raise InvalidAccountFile(AccountFileProblem.EMPTY)
    headers = ["" if cell is None else str(cell).strip() for cell in numbered[0][1]]
    return AccountTable(headers, numbered[1:], decimal_point)


def _empty(row: list[Any]) -> bool:
    return all(_blank(cell) for cell in row)


def _blank(cell: Any) -> bool:
    return cell is None or str(cell).strip() == ""


_FOOTER_MARKS = ("copyright (c)", "confidential information", "vertrauliche informationen")


def _without_footer(rows: list[tuple[int, list[Any]]]) -> list[tuple[int, list[Any]]]:
    """A Salesforce report ends in lines of one cell each: "Copyright (c) 2000-2025
    salesforce.com, inc.", "Confidential Information - Do Not Distribute", "Generated By: …",
    the company. They go from the first such mark on; nothing else does."""
    start = len(rows)
    while start > 1 and sum(not _blank(cell) for cell in rows[start - 1][1]) <= 1:
        start -= 1
    for end in range(start, len(rows)):
        first = next((str(cell) for cell in rows[end][1] if not _blank(cell)), "")
        if first.strip().casefold().startswith(_FOOTER_MARKS):
            return rows[:end]
    return rows
