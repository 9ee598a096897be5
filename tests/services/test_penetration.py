"""The penetration plan against a real store: cells, units, the catalogue, Excel files."""

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import (
    DuplicateOffering,
    ExportFailed,
    InvalidCell,
    InvalidCellText,
    InvalidSheet,
    SheetProblem,
)
from kamdesk.domain.penetration import (
    Cell,
    CellState,
    Offering,
    OfferingKind,
    PenetrationPlan,
    Unit,
    UnitKind,
    heat_colour,
)
from kamdesk.i18n.messages import error_message
from kamdesk.i18n.penetration_words import sheet_words
from kamdesk.services.workspace import Workspace

OURS, POTENTIAL, COMPETITOR = CellState.OURS, CellState.POTENTIAL, CellState.COMPETITOR
NAME = "Müller Maschinenbau GmbH"


def shape(plan: PenetrationPlan) -> tuple[object, ...]:
    """The plan by names, as a sheet holds it (a cleared plan's units get new ids)."""
    names = {unit.id: unit.name for unit in plan.units}
    names.update({offering.id: offering.name for offering in plan.offerings})
    return (
        [(u.name, u.kind, names.get(u.parent_id) if u.parent_id else None) for u in plan.units],
        [o.name for o in plan.offerings],
        {(names[u], names[o]): cell for (u, o), cell in plan.cells.items()},
    )


def make_plan(workspace: Workspace) -> tuple[uuid.UUID, list[Unit], list[Offering]]:
    account = workspace.accounts.create(AccountFields(name=NAME)).id
    service = workspace.penetration
    offerings = [
        service.save_offering(Offering(uuid.uuid4(), name, kind))
        for name, kind in (
            ("Schrauben", OfferingKind.PRODUCT_LINE),
            ("C-Teile-Management", OfferingKind.SERVICE),
        )
    ]
    germany = service.save_unit(account, Unit(uuid.uuid4(), "Deutschland", UnitKind.COUNTRY))
    munich = service.save_unit(account, Unit(uuid.uuid4(), "Werk München", parent_id=germany.id))
    austria = service.save_unit(account, Unit(uuid.uuid4(), "Österreich", UnitKind.COUNTRY))
    service.set_cells(
        account,
        {
            (germany.id, offerings[0].id): Cell(OURS, Decimal("120000.50")),
            (munich.id, offerings[1].id): Cell(POTENTIAL, Decimal(40000)),
            (austria.id, offerings[0].id): Cell(COMPETITOR, None, "Würth"),
            (austria.id, offerings[1].id): Cell(CellState.NOT_RELEVANT),
        },
    )
    return account, [germany, munich, austria], offerings


def test_a_stored_plan_reads_back_in_outline_order(workspace: Workspace) -> None:
    account, units, offerings = make_plan(workspace)
    plan = workspace.penetration.plan(account)
    assert [u.name for u in plan.units] == ["Deutschland", "Werk München", "Österreich"]
    assert plan.units[1].parent_id == units[0].id
    assert [o.name for o in plan.offerings] == ["Schrauben", "C-Teile-Management"]
    assert plan.cell(units[2].id, offerings[0].id) == Cell(COMPETITOR, None, "Würth")
    assert plan.sums().total.revenue == Decimal("120000.50")


def test_a_cell_set_back_to_unknown_leaves_the_plan(workspace: Workspace) -> None:
    account, units, offerings = make_plan(workspace)
    key = (units[0].id, offerings[0].id)
    workspace.penetration.set_cells(account, {key: Cell()})
    assert key not in workspace.penetration.plan(account).cells


def test_a_block_with_one_bad_cell_writes_nothing(workspace: Workspace) -> None:
    account, units, offerings = make_plan(workspace)
    before = workspace.penetration.plan(account)
    with pytest.raises(InvalidCell):
        workspace.penetration.set_cells(
            account,
            {
                (units[1].id, offerings[0].id): Cell(OURS, Decimal(5)),
                (units[1].id, offerings[1].id): Cell(POTENTIAL, Decimal(-5)),
            },
        )
    assert workspace.penetration.plan(account) == before


def test_removed_units_come_back_with_their_cells(workspace: Workspace) -> None:
    account, units, _ = make_plan(workspace)
    before = workspace.penetration.plan(account)
    workspace.penetration.remove_units([units[0].id, units[1].id])
    assert [u.name for u in workspace.penetration.plan(account).units] == ["Österreich"]
    workspace.penetration.restore_units([units[0].id, units[1].id])
    assert workspace.penetration.plan(account) == before


def test_new_units_go_after_their_siblings(workspace: Workspace) -> None:
    account, units, _ = make_plan(workspace)
    workspace.penetration.save_unit(
        account, Unit(uuid.uuid4(), "Werk Hamburg", parent_id=units[0].id)
    )
    names = [u.name for u in workspace.penetration.plan(account).units]
    assert names == ["Deutschland", "Werk München", "Werk Hamburg", "Österreich"]


def test_offering_names_are_unique_case_blind(workspace: Workspace) -> None:
    make_plan(workspace)
    with pytest.raises(DuplicateOffering):
        workspace.penetration.save_offering(Offering(uuid.uuid4(), "schrauben"))


def test_the_catalogue_order_is_kept(workspace: Workspace) -> None:
    _, _, offerings = make_plan(workspace)
    workspace.penetration.order_offerings([offerings[1].id, offerings[0].id])
    assert [o.name for o in workspace.penetration.offerings()] == [
        "C-Teile-Management",
        "Schrauben",
    ]


def test_export_then_import_gives_the_same_plan(workspace: Workspace, tmp_path: Path) -> None:
    account, _, _ = make_plan(workspace)
    before = workspace.penetration.plan(account)
    path = tmp_path / "plan.xlsx"
    workspace.penetration.export_xlsx([(account, NAME)], path, sheet_words())
    workspace.penetration.replace_plan(account, PenetrationPlan())
    assert workspace.penetration.plan(account).units == ()
    workspace.penetration.import_xlsx(account, NAME, path, ",")
    assert shape(workspace.penetration.plan(account)) == shape(before)


def test_an_import_keeps_the_ids_of_units_it_finds(workspace: Workspace, tmp_path: Path) -> None:
    """So an undo, a sync and the briefing keep pointing at the same units."""
    account, units, offerings = make_plan(workspace)
    before = workspace.penetration.plan(account)
    path = tmp_path / "plan.xlsx"
    workspace.penetration.export_xlsx([(account, NAME)], path, sheet_words())
    workspace.penetration.set_cells(account, {(units[0].id, offerings[1].id): Cell(OURS)})
    workspace.penetration.save_unit(account, Unit(uuid.uuid4(), "Neu"))
    workspace.penetration.import_xlsx(account, NAME, path, ",")
    assert workspace.penetration.plan(account) == before


def test_the_exported_sheet_has_the_expected_cells(workspace: Workspace, tmp_path: Path) -> None:
    account, _, _ = make_plan(workspace)
    path = tmp_path / "plan.xlsx"
    workspace.penetration.export_xlsx([(account, NAME)], path, sheet_words())
    book = load_workbook(path)
    assert book.sheetnames == [NAME, "Legend"]
    sheet = book[NAME]
    assert [c.value for c in sheet[1]] == [
        "Unit",
        "Outline level",
        "Kind",
        "Schrauben",
        "C-Teile-Management",
        "Σ Revenue",
        "Σ Potential",
    ]
    assert [c.value for c in sheet[2]][:5] == ["Deutschland", 1, "Country", "Ours: 120000.50", None]
    assert [c.value for c in sheet[3]][:5] == ["Werk München", 2, "Site", None, "Potential: 40000"]
    assert sheet["D4"].value == "Competitor: Würth" and sheet["E4"].value == "Not relevant"
    assert sheet["F2"].value == 120000.5  # the row's revenue sum, a number Excel can add up
    deepest_green = heat_colour(Cell(OURS, Decimal(1)), Decimal(1))
    assert deepest_green and sheet["D2"].fill.fgColor.rgb.lower().endswith(deepest_green[1:])
    assert sheet["B2"].fill.fill_type is None
    assert sheet.freeze_panes == "D2"


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.title = NAME
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("rows", "error", "where"),
    [
        (
            [["Unit", "Level", "Kind", "Schrauben"], ["Werk", 1, "", "Wir: zwölf"]],
            InvalidCellText,
            "D2",
        ),
        ([["Unit", "Level", "Kind", "Schrauben"], ["Werk", 1, "", -5]], InvalidSheet, "D2"),
        ([["Unit", "Level", "Kind", "Schrauben"], ["Werk", 2, "", ""]], InvalidSheet, "B2"),
        ([["Unit", "Level", "Kind", "Schrauben"], ["Werk", 1, "Planet", ""]], InvalidSheet, "C2"),
        ([["Unit", "Level", "Kind", "Schrauben"], ["", 1, "", "5"]], InvalidSheet, "A2"),
        ([["Unit", "Level", "Kind", "Schrauben", "schrauben"]], InvalidSheet, "E1"),
    ],
)
def test_a_bad_sheet_names_the_cell_and_changes_nothing(
    workspace: Workspace, tmp_path: Path, rows: list[list[object]], error: type, where: str
) -> None:
    account, _, _ = make_plan(workspace)
    before = workspace.penetration.plan(account)
    catalogue = workspace.penetration.offerings()
    with pytest.raises(error) as raised:
        workspace.penetration.import_xlsx(
            account, NAME, write_sheet(tmp_path / "bad.xlsx", rows), ","
        )
    assert raised.value.where == where
    assert workspace.penetration.plan(account) == before
    assert workspace.penetration.offerings() == catalogue


def test_a_file_that_is_no_workbook_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    account, _, _ = make_plan(workspace)
    path = tmp_path / "plan.xlsx"
    path.write_text("not excel")
    with pytest.raises(InvalidSheet) as raised:
        workspace.penetration.import_xlsx(account, NAME, path, ",")
    assert raised.value.problem is SheetProblem.NOT_A_WORKBOOK


def test_an_export_into_a_missing_folder_fails_cleanly(
    workspace: Workspace, tmp_path: Path
) -> None:
    account, _, _ = make_plan(workspace)
    with pytest.raises(ExportFailed):
        workspace.penetration.export_xlsx(
            [(account, NAME)], tmp_path / "no" / "p.xlsx", sheet_words()
        )


def test_an_export_over_an_old_file_replaces_it_whole(workspace: Workspace, tmp_path: Path) -> None:
    account, _, _ = make_plan(workspace)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "plan.xlsx"
    path.write_text("old")
    workspace.penetration.export_xlsx([(account, NAME)], path, sheet_words())
    assert load_workbook(path).sheetnames[0] == NAME
    assert [p.name for p in folder.iterdir()] == ["plan.xlsx"]  # no temporary file left


def test_a_german_sheet_with_numbers_and_sums_imports(workspace: Workspace, tmp_path: Path) -> None:
    account, _, _ = make_plan(workspace)
    rows: list[list[object]] = [
        ["Einheit", "Ebene", "Art", "Schrauben", "Neu: Dübel", "Σ Umsatz"],
        ["Schweiz", 1, "Land", 1500, "Potenzial 2.500", 1500],
        ["Zürich", 2, "Standort", "Wettbewerb: Hilti", None, None],
        ["Σ Umsatz", None, None, 1500, None, None],
    ]
    plan = workspace.penetration.import_xlsx(
        account, NAME, write_sheet(tmp_path / "de.xlsx", rows), ","
    )
    swiss, zurich = plan.units
    assert zurich.parent_id == swiss.id and swiss.kind is UnitKind.COUNTRY
    assert [o.name for o in workspace.penetration.offerings()][-1] == "Neu: Dübel"
    stored = workspace.penetration.plan(account)
    schrauben = next(o for o in stored.offerings if o.name == "Schrauben")
    assert stored.cell(swiss.id, schrauben.id) == Cell(OURS, Decimal(1500))
    assert stored.white_space()[0].potential == Decimal(2500)


names = st.text(
    st.characters(categories=("L", "N", "Zs"), exclude_characters="Σ"), min_size=1, max_size=12
).filter(lambda s: s.strip())
amounts = st.decimals(min_value=0, max_value=10**8, places=2)
cells = st.one_of(
    st.builds(Cell, st.sampled_from([OURS, POTENTIAL]), st.none() | amounts),
    st.builds(Cell, st.just(COMPETITOR), st.none(), names),
    st.just(Cell(CellState.NOT_RELEVANT)),
    st.just(Cell()),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    unit_names=st.lists(
        names, min_size=1, max_size=5, unique_by=lambda s: " ".join(s.split()).casefold()
    ),
    nest=st.lists(st.booleans(), min_size=5, max_size=5),
    grid=st.lists(cells, min_size=15, max_size=15),
)
def test_any_plan_survives_the_round_trip_through_excel(
    workspace: Workspace, tmp_path: Path, unit_names: list[str], nest: list[bool], grid: list[Cell]
) -> None:
    service = workspace.penetration
    accounts = workspace.accounts.all()
    account_id = (
        accounts[0].id if accounts else workspace.accounts.create(AccountFields(name=NAME)).id
    )
    offerings = service.offerings() or [
        service.save_offering(Offering(uuid.uuid4(), f"Angebot {i}")) for i in range(3)
    ]
    units: list[Unit] = []
    for i, name in enumerate(unit_names):
        parent = units[-1].id if units and nest[i] else None
        units.append(Unit(uuid.uuid4(), " ".join(name.split()), UnitKind.SITE, parent))
    plan = PenetrationPlan(
        tuple(units),
        tuple(offerings),
        {
            (u.id, o.id): cell
            for (u, o), cell in zip(((u, o) for u in units for o in offerings), grid, strict=False)
            if cell.state is not CellState.UNKNOWN
        },
    )
    service.replace_plan(account_id, plan)
    stored = service.plan(account_id)
    path = tmp_path / "round.xlsx"
    service.export_xlsx([(account_id, NAME)], path, sheet_words())
    service.replace_plan(account_id, PenetrationPlan())
    service.import_xlsx(account_id, NAME, path, ",")
    assert shape(service.plan(account_id)) == shape(stored)


def test_formula_looking_names_are_written_as_text_and_read_back_as_names(
    workspace: Workspace, tmp_path: Path
) -> None:
    account = workspace.accounts.create(AccountFields(name=NAME)).id
    service = workspace.penetration
    hostile = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x.invalid","Klick")', "+1+1", "@SUM(A1)"]
    offering = service.save_offering(Offering(uuid.uuid4(), hostile[0], OfferingKind.SERVICE))
    units = [service.save_unit(account, Unit(uuid.uuid4(), name)) for name in hostile[1:]]
    service.set_cells(account, {(units[0].id, offering.id): Cell(COMPETITOR, None, "=1+2")})
    path = tmp_path / "plan.xlsx"
    service.export_xlsx([(account, NAME)], path, sheet_words())
    sheet = load_workbook(path)[NAME]
    texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert texts and all(c.data_type == "s" for c in texts)  # no formula anywhere
    assert sheet["D1"].value == hostile[0] and sheet["A2"].value == hostile[1]
    service.replace_plan(account, PenetrationPlan())
    plan = service.import_xlsx(account, NAME, path, ",")
    assert [u.name for u in plan.units] == hostile[1:]
    assert [o.name for o in plan.offerings] == [hostile[0]]


def test_the_exported_sheet_prints_across_one_page_width_with_its_header(
    workspace: Workspace, tmp_path: Path
) -> None:
    account, _, _ = make_plan(workspace)
    path = tmp_path / "plan.xlsx"
    workspace.penetration.export_xlsx([(account, NAME)], path, sheet_words())
    sheet = load_workbook(path)[NAME]
    assert sheet.page_setup.orientation == "landscape"
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"  # the header row on every page


@pytest.mark.parametrize("suffix", [".xls", ".ods", ".XLS"])
def test_an_older_or_open_document_workbook_is_refused_saying_how_to_convert(
    workspace: Workspace, tmp_path: Path, suffix: str
) -> None:
    account, _, _ = make_plan(workspace)
    path = tmp_path / f"plan{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0")  # what an .xls starts with
    with pytest.raises(InvalidSheet) as refused:
        workspace.penetration.import_xlsx(account, NAME, path, ",")
    assert refused.value.problem is SheetProblem.OTHER_FORMAT
    assert "save it as an Excel workbook (.xlsx)" in error_message(refused.value)
