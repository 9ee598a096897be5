"""Penetration plans in Excel, as KAMs keep them today: one sheet per account (units down,
offerings across, one cell text per cell, coloured like the heat map) and a legend sheet.

Column A names the unit, B its outline level (1 = top, 2 = below the unit above, …), C its
kind; the offerings follow from D. Cells and headers starting with "Σ" are sums: written for
the reader, skipped on import."""

import uuid
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from kamdesk.domain.errors import InvalidCellText, InvalidFields, InvalidSheet, SheetProblem
from kamdesk.domain.penetration import (
    SHEET_COLUMNS_MAX,
    SHEET_ROWS_MAX,
    Cell,
    CellKey,
    CellState,
    Offering,
    PenetrationPlan,
    Unit,
    heat_colour,
    validated_cell,
    validated_name,
)
from kamdesk.domain.penetration_text import (
    SheetWords,
    cell_text,
    parse_cell_text,
    parse_unit_kind,
    unit_kind_text,
)
from kamdesk.files.atomic_file import replaced_atomically
from kamdesk.files.workbook_rows import UnreadableWorkbook, sheet_rows, sheet_titles

SUM_MARK = "Σ"
FIRST_OFFERING_COLUMN = 4  # D
MAX_ROWS, MAX_COLUMNS = SHEET_ROWS_MAX, SHEET_COLUMNS_MAX  # read here, so tests can lower them
UNPACKED_BYTES = 200 * 1024 * 1024
_MONEY_FORMAT = "#,##0"
_FORBIDDEN_IN_TITLES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def sheet_title(account_name: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet's name."""
    return " ".join(account_name.translate(_FORBIDDEN_IN_TITLES).split())[:31] or "Plan"


def write_workbook(
    path: Path, plans: Sequence[tuple[str, PenetrationPlan]], words: SheetWords
) -> None:
    book = Workbook()
    book.remove(book.worksheets[0])
    for account_name, plan in plans:
        _write_plan(book.create_sheet(sheet_title(account_name)), plan, words)
    _write_legend(book.create_sheet(words.legend[:31]), words)
    with replaced_atomically(path) as temporary:
        book.save(temporary)


def _write_plan(sheet: Worksheet, plan: PenetrationPlan, words: SheetWords) -> None:
    bold = Font(bold=True)
    sums_header = [f"{SUM_MARK} {words.revenue}", f"{SUM_MARK} {words.potential}"]
    sheet.append(
        [words.unit, words.level, words.kind, *(o.name for o in plan.offerings), *sums_header]
    )
    depths, sums_of = plan.depths(), plan.sums()
    for unit in plan.units:
        cells = [plan.cell(unit.id, offering.id) for offering in plan.offerings]
        sums = sums_of.rows[unit.id]
        kind = unit_kind_text(unit.kind, words.language)
        texts = [cell_text(cell, words.language) or None for cell in cells]
        sheet.append([unit.name, depths[unit.id] + 1, kind, *texts, sums.revenue, sums.potential])
        row = sheet.max_row
        sheet.cell(row, 1).alignment = Alignment(indent=depths[unit.id] * 2)
        for column, cell in enumerate(cells, FIRST_OFFERING_COLUMN):
            colour = heat_colour(cell, sums_of.largest.get(cell.state, Decimal(0)))
            if colour:
                sheet.cell(row, column).fill = PatternFill("solid", start_color=colour[1:])
    column_sums = [sums_of.columns[offering.id] for offering in plan.offerings]
    total = sums_of.total
    sheet.append([sums_header[0], None, None, *(s.revenue for s in column_sums), total.revenue])
    sheet.append(
        [sums_header[1], None, None, *(s.potential for s in column_sums), None, total.potential]
    )
    for header in sheet[1]:
        header.font = bold
    for line in sheet.iter_rows(min_row=2):
        for sheet_cell in line:
            if isinstance(sheet_cell.value, Decimal):
                sheet_cell.number_format = _MONEY_FORMAT
    _texts_as_text(sheet)
    sheet.freeze_panes = "D2"
    # On paper: across the page, as wide as the page, the header on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"
    sheet.column_dimensions["A"].width = 32
    for column in range(FIRST_OFFERING_COLUMN, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 18


def _write_legend(sheet: Worksheet, words: SheetWords) -> None:
    examples = {
        CellState.OURS: Cell(CellState.OURS, Decimal(12000)),
        CellState.COMPETITOR: Cell(CellState.COMPETITOR, None, "Würth"),
        CellState.POTENTIAL: Cell(CellState.POTENTIAL, Decimal(5000)),
        CellState.NOT_RELEVANT: Cell(CellState.NOT_RELEVANT),
    }
    for state, example in examples.items():
        sheet.append([cell_text(example, words.language), words.meanings[state]])
        colour = heat_colour(example, Decimal(12000))
        if colour:
            sheet.cell(sheet.max_row, 1).fill = PatternFill("solid", start_color=colour[1:])
    sheet.append([None, words.meanings[CellState.UNKNOWN]])
    sheet.append([])
    for note in words.notes:
        sheet.append([note])
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 90
    _texts_as_text(sheet)


def _texts_as_text(sheet: Worksheet) -> None:
    """openpyxl writes a text beginning with "=" as a live formula: an offering named
    `=HYPERLINK(…)` or `=cmd|…` would run in every colleague's Excel. Every text is text."""
    for line in sheet.iter_rows():
        for sheet_cell in line:
            if isinstance(sheet_cell.value, str):
                sheet_cell.data_type = "s"


def read_plan(
    path: Path,
    account_name: str,
    catalogue: Sequence[Offering],
    previous: PenetrationPlan,
    decimal_point: str,
) -> PenetrationPlan:
    """The plan on the account's sheet (or the first sheet). Units keep their ids where their
    path of names matches `previous`; offerings are matched to the catalogue by name, new
    ones are created. InvalidSheet names the first cell that cannot be read."""
    title = sheet_title(account_name)
    try:
        rows = sheet_rows(
            path,
            lambda titles: title if title in titles else titles[0],
            max_rows=MAX_ROWS,
            max_columns=MAX_COLUMNS,
            unpacked_bytes=UNPACKED_BYTES,
        )
    except UnreadableWorkbook as error:
        raise InvalidSheet(SheetProblem(error.problem.value), str(path)) from error
    return _SheetReader(catalogue, previous, decimal_point).plan(rows)


def foreign_sheet(path: Path, account_name: str) -> str | None:
    """The sheet an import would take when the workbook has none for this account (it was
    exported for another one): its title, for the user to confirm. None when the account has
    its sheet, or the file cannot say (the import then says why)."""
    try:
        titles = sheet_titles(path, UNPACKED_BYTES)
    except UnreadableWorkbook:
        return None
    if not titles or sheet_title(account_name) in titles:
        return None
    return str(titles[0])


class _SheetReader:
    def __init__(
        self, catalogue: Sequence[Offering], previous: PenetrationPlan, decimal_point: str
    ) -> None:
        self._decimal_point = decimal_point  # of amounts typed as text in the sheet
        self._catalogue = {offering.name.casefold(): offering for offering in catalogue}
        self._previous_ids = _paths(previous)

    def plan(self, rows: list[list[Any]]) -> PenetrationPlan:
        if not rows:
            raise InvalidSheet(SheetProblem.NO_UNIT_COLUMN, "A1")
        offerings = self._offerings(rows[0])
        units: list[Unit] = []
        cells: dict[CellKey, Cell] = {}
        parents: list[Unit] = []  # the open outline: parents[d] is the last unit at depth d
        for number, row in enumerate(rows[1:], start=2):
            row = row + [None] * (FIRST_OFFERING_COLUMN - 1 + len(offerings) - len(row))
            if _is_sum(row[0]) or all(_blank(value) for value in row):
                continue
            unit = self._unit(row, number, parents)
            units.append(unit)
            for column, offering in enumerate(offerings, FIRST_OFFERING_COLUMN):
                where = f"{get_column_letter(column)}{number}"
                cell = _cell(row[column - 1], where, self._decimal_point)
                if cell.state is not CellState.UNKNOWN:
                    cells[(unit.id, offering.id)] = cell
        return PenetrationPlan(tuple(units), tuple(offerings), cells)

    def _offerings(self, header: list[Any]) -> list[Offering]:
        offerings: list[Offering] = []
        for column, value in enumerate(header[FIRST_OFFERING_COLUMN - 1 :], FIRST_OFFERING_COLUMN):
            where = f"{get_column_letter(column)}1"
            if _blank(value) or _is_sum(value):
                break
            name = _name(value, where)
            if any(o.name.casefold() == name.casefold() for o in offerings):
                raise InvalidSheet(SheetProblem.DUPLICATE_OFFERING, where, name)
            offerings.append(self._catalogue.get(name.casefold()) or Offering(uuid.uuid4(), name))
        return offerings

    def _unit(self, row: list[Any], number: int, parents: list[Unit]) -> Unit:
        name = _name(row[0], f"A{number}")
        level = _level(row[1], f"B{number}", len(parents))
        kind = parse_unit_kind("" if row[2] is None else str(row[2]))
        if kind is None:
            raise InvalidSheet(SheetProblem.BAD_KIND, f"C{number}", str(row[2]))
        del parents[level - 1 :]
        parent = parents[-1] if parents else None
        path = (*self._path_of(parents), name.casefold())
        parent_id = parent.id if parent else None
        unit = Unit(self._previous_ids.get(path) or uuid.uuid4(), name, kind, parent_id)
        parents.append(unit)
        return unit

    @staticmethod
    def _path_of(parents: list[Unit]) -> tuple[str, ...]:
        return tuple(unit.name.casefold() for unit in parents)


def _paths(plan: PenetrationPlan) -> dict[tuple[str, ...], uuid.UUID]:
    """Each unit's id by its path of names from the top, as the sheet identifies units."""
    by_id = {unit.id: unit for unit in plan.units}
    paths: dict[tuple[str, ...], uuid.UUID] = {}
    for unit in plan.units:
        path, current = [unit.name.casefold()], unit
        while current.parent_id in by_id:
            current = by_id[current.parent_id]
            path.insert(0, current.name.casefold())
        paths.setdefault(tuple(path), unit.id)
    return paths


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_sum(value: Any) -> bool:
    return isinstance(value, str) and value.strip().startswith(SUM_MARK)


def _name(value: Any, where: str) -> str:
    try:
        return validated_name("" if value is None else str(value))
    except InvalidFields as error:
        raise InvalidSheet(SheetProblem.EMPTY_NAME, where, str(value or "")) from error


def _level(value: Any, where: str, open_depth: int) -> int:
    """1 for a top-level unit; at most one deeper than the unit above."""
    if _blank(value):
        return 1
    try:
        level = int(str(value).strip().removesuffix(".0"))
    except ValueError:
        level = 0
    if not 1 <= level <= open_depth + 1:
        raise InvalidSheet(SheetProblem.BAD_LEVEL, where, str(value))
    return level


def _cell(value: Any, where: str, decimal_point: str) -> Cell:
    """Text as typed; a number in the cell is our revenue."""
    if isinstance(value, bool):
        raise InvalidCellText(str(value), where)
    if isinstance(value, int | float | Decimal):
        amount = Decimal(str(value))
        if not amount.is_finite() or amount < 0:
            raise InvalidSheet(SheetProblem.NEGATIVE_AMOUNT, where, str(value))
        return Cell(CellState.OURS, amount)
    text = "" if value is None else str(value)
    try:
        return validated_cell(parse_cell_text(text, decimal_point))
    except InvalidCellText as error:
        raise InvalidCellText(text, where) from error
    except InvalidFields as error:  # a competitor's name beyond any sensible length
        raise InvalidCellText(text, where) from error
