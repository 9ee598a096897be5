"""A penetration plan's workbook read within bounds: what is in the sheet is read, whatever
the file claims; a broken, hostile or oversized file is refused and changes nothing."""

import contextlib
import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from kamdesk.domain.errors import InvalidSheet, KamdeskError, SheetProblem
from kamdesk.domain.penetration import PenetrationPlan
from kamdesk.files import penetration_xlsx
from kamdesk.files.penetration_xlsx import read_plan

NAME = "Müller Maschinenbau GmbH"
HEADER = ["Unit", "Level", "Kind", "Schrauben"]
UNITS = [[f"Werk {n}", 1, "", n * 1000] for n in range(1, 7)]


def _workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    book.active.title = NAME
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _with_sheet_xml(data: bytes, change: "re.Pattern[str] | str", to: str) -> bytes:
    """The same workbook with its first sheet's XML changed."""
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(change, to, content.decode()).encode()
            out.writestr(member, content)
    return target.getvalue()


def _read(path: Path, data: bytes) -> PenetrationPlan:
    path.write_bytes(data)
    return read_plan(path, NAME, [], PenetrationPlan(), ",")


def test_a_stale_dimension_does_not_cut_the_rows_short(tmp_path: Path) -> None:
    stale = _with_sheet_xml(
        _workbook([HEADER, *UNITS]), r'<dimension ref="[^"]*"', '<dimension ref="A1:D3"'
    )
    assert [u.name for u in _read(tmp_path / "p.xlsx", stale).units] == [r[0] for r in UNITS]


def test_a_dimension_claiming_every_cell_reads_only_the_cells_there(tmp_path: Path) -> None:
    claims = _with_sheet_xml(
        _workbook([HEADER, *UNITS]), r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"'
    )
    assert len(_read(tmp_path / "p.xlsx", claims).units) == len(UNITS)


def test_broken_sheet_xml_is_refused_in_a_sentence(tmp_path: Path) -> None:
    broken = _with_sheet_xml(_workbook([HEADER, *UNITS]), r"</sheetData>", "<row><c>")
    with pytest.raises(InvalidSheet) as refused:
        _read(tmp_path / "p.xlsx", broken)
    assert refused.value.problem is SheetProblem.NOT_A_WORKBOOK


@pytest.mark.parametrize(
    ("bound", "value"),
    [("UNPACKED_BYTES", 10_000), ("MAX_ROWS", 4)],  # a file unpacking or reaching beyond them
)
def test_a_workbook_beyond_any_plan_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bound: str, value: int
) -> None:
    monkeypatch.setattr(penetration_xlsx, bound, value)
    with pytest.raises(InvalidSheet) as refused:
        _read(tmp_path / "p.xlsx", _workbook([HEADER, *UNITS]))
    assert refused.value.problem is SheetProblem.TOO_LARGE


@pytest.mark.parametrize("number", ["NaN", "inf", "-1e999", "1e999999"])
def test_a_number_cell_that_is_no_amount_is_refused(tmp_path: Path, number: str) -> None:
    """Refused naming the cell where openpyxl reads the number, else the workbook."""
    hostile = _with_sheet_xml(_workbook([HEADER, *UNITS]), "<v>1000</v>", f"<v>{number}</v>")
    with pytest.raises(InvalidSheet) as refused:
        _read(tmp_path / "p.xlsx", hostile)
    assert refused.value.where in ("D2", str(tmp_path / "p.xlsx"))


GOOD = _workbook([HEADER, *UNITS])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)), min_size=1, max_size=8)
)
def test_a_damaged_workbook_is_refused_or_read_never_a_crash(
    tmp_path: Path, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(GOOD)
    for at, value in flips:
        data[at] = value
    with contextlib.suppress(KamdeskError):  # a refusal in a sentence is fine; a crash not
        _read(tmp_path / "fuzz.xlsx", bytes(data))
