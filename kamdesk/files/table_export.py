"""A table written for a spreadsheet: an Excel workbook (.xlsx) or a CSV file, whole or not
at all. A text that begins like a formula (=, +, -, @, a tab or a carriage return) stays text:
in a workbook its cell is typed as text; in a CSV file it is prefixed with an apostrophe, as
OWASP advises against CSV injection, because Excel would run it. Numbers stay numbers."""

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.files.atomic_file import replaced_atomically

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as XlCell

Cell = str | int | Decimal | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WORKBOOKS = (".xlsx",)


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    decimal_point: str,
    sheet_title: str = "",
) -> None:
    """`decimal_point` is the user's: a CSV file for a German Excel has decimal commas and
    semicolons between its fields."""
    with replaced_atomically(path) as temporary:
        if path.suffix.casefold() in WORKBOOKS:
            _workbook(temporary, headers, rows, sheet_title)
        else:
            temporary.write_bytes(csv_bytes(headers, rows, decimal_point))


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[Cell]], decimal_point: str) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel reads the umlauts."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if decimal_point == "," else ",", lineterminator="\r\n")
    writer.writerow([csv_text(header) for header in headers])
    for row in rows:
        writer.writerow([_csv_cell(cell, decimal_point) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def csv_text(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(cell: Cell, decimal_point: str) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return csv_text(cell)
    return str(cell).replace(".", decimal_point)


def _workbook(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]], title: str
) -> None:
    from openpyxl import Workbook  # only where a workbook is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31] or "kamdesk")
    bold = Font(bold=True)

    def cell(value: Cell, header: bool = False) -> "XlCell":
        # Excel keeps numbers as doubles: an amount's cents survive the float.
        written = WriteOnlyCell(sheet, value=float(value) if isinstance(value, Decimal) else value)
        if isinstance(value, str):
            written.data_type = "s"  # never a formula
        if header:
            written.font = bold
        return written

    sheet.freeze_panes = "A2"
    sheet.append([cell(header, header=True) for header in headers])
    for row in rows:
        sheet.append([cell(value) for value in row])
    workbook.save(path)
