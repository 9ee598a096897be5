"""Reading one sheet of an Excel workbook (.xlsx) as rows of cell values, bounded: a workbook is
a zip of XML, so one that would unpack beyond `unpacked_bytes` is refused before anything
unpacks it, and a sheet beyond `max_rows` or `max_columns` while it is read."""

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

CONVERT_FIRST = (".xls", ".ods")  # openpyxl reads .xlsx only: the user saves them as .xlsx


class WorkbookProblem(StrEnum):
    NOT_A_WORKBOOK = "not_a_workbook"
    TOO_LARGE = "too_large"
    OTHER_FORMAT = "other_format"  # .xls or .ods


class UnreadableWorkbook(Exception):
    """Raised here, turned into the caller's own error (a plan's, an account list's)."""

    def __init__(self, problem: WorkbookProblem) -> None:
        super().__init__(problem)
        self.problem = problem


Rows = list[list[Any]]


def sheet_titles(path: Path, unpacked_bytes: int) -> list[str]:
    with _opened(path, unpacked_bytes, data_only=False) as book:
        return [str(title) for title in book.sheetnames]


def sheet_rows(
    path: Path,
    choose: Callable[[list[str]], str],
    *,
    max_rows: int,
    max_columns: int,
    unpacked_bytes: int,
) -> Rows:
    """The rows of the sheet `choose` picks from the titles (values, not formulas)."""
    with _opened(path, unpacked_bytes, data_only=True) as book:
        if not book.worksheets:
            raise UnreadableWorkbook(WorkbookProblem.NOT_A_WORKBOOK)
        return _rows(book[choose(list(book.sheetnames))], max_rows, max_columns)


@contextmanager
def _opened(path: Path, unpacked_bytes: int, *, data_only: bool) -> Iterator[Any]:
    if path.suffix.casefold() in CONVERT_FIRST:
        raise UnreadableWorkbook(WorkbookProblem.OTHER_FORMAT)
    _check_size(path, unpacked_bytes)
    try:
        book = load_workbook(path, read_only=True, data_only=data_only)
    except Exception as error:  # openpyxl raises many kinds for a file that is no workbook
        raise UnreadableWorkbook(WorkbookProblem.NOT_A_WORKBOOK) from error
    try:
        yield book
    finally:
        book.close()


def _check_size(path: Path, unpacked_bytes: int) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (OSError, zipfile.BadZipFile, ValueError, NotImplementedError) as error:
        raise UnreadableWorkbook(WorkbookProblem.NOT_A_WORKBOOK) from error
    if unpacked > unpacked_bytes:
        raise UnreadableWorkbook(WorkbookProblem.TOO_LARGE)


def _rows(sheet: Any, max_rows: int, max_columns: int) -> Rows:
    """The rows that are there (a stale <dimension> in the file would cut them short)."""
    rows: Rows = []
    try:
        sheet.reset_dimensions()
        for row in sheet.iter_rows(values_only=True):
            if len(rows) >= max_rows or len(row) > max_columns:
                raise UnreadableWorkbook(WorkbookProblem.TOO_LARGE)
            rows.append(list(row))
    except UnreadableWorkbook:
        raise
    except Exception as error:  # the sheet's XML is broken somewhere after its start
        raise UnreadableWorkbook(WorkbookProblem.NOT_A_WORKBOOK) from error
    return rows
