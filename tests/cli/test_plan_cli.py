"""`kamdesk plan export|import`: the penetration plan through Excel from the command line."""

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kamdesk.cli import main
from kamdesk.domain.account import AccountFields
from kamdesk.domain.penetration import Cell, CellState, Offering, Unit
from kamdesk.services.workspace import Workspace

NAME = "Bäckerei Groß KG"


@pytest.fixture
def plan_store(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name=NAME)).id
        flour = workspace.penetration.save_offering(Offering(uuid.uuid4(), "Mehl"))
        site = workspace.penetration.save_unit(account, Unit(uuid.uuid4(), "Filiale Süd"))
        workspace.penetration.set_cells(
            account, {(site.id, flour.id): Cell(CellState.POTENTIAL, Decimal(9000))}
        )
    return data_dir


def test_export_writes_the_sheet_in_the_chosen_language(plan_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    args = [
        "--data-dir",
        str(plan_store),
        "--lang",
        "de",
        "plan",
        "export",
        NAME,
        "--out",
        str(out),
    ]
    assert main(args) == 0
    book = load_workbook(out)
    assert book.sheetnames == [NAME, "Legende"]
    assert book[NAME]["A2"].value == "Filiale Süd"
    assert book[NAME]["D2"].value == "Potenzial: 9000"


def test_import_replaces_the_plan_and_says_what_came_in(
    plan_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = Workbook()
    for row in (["Unit", "Level", "Kind", "Mehl"], ["Filiale Nord", 1, "Site", 4200]):
        book.active.append(row)
    book.save(tmp_path / "in.xlsx")
    assert (
        main(["--data-dir", str(plan_store), "plan", "import", NAME, str(tmp_path / "in.xlsx")])
        == 0
    )
    assert "Imported 1 units and 1 filled cells" in capsys.readouterr().out
    with Workspace.open(plan_store) as workspace:
        plan = workspace.penetration.plan(workspace.accounts.find(NAME).id)
    assert [u.name for u in plan.units] == ["Filiale Nord"]
    assert plan.sums().total.revenue == Decimal(4200)


def test_a_bad_sheet_is_refused_with_the_cell_named(
    plan_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = Workbook()
    for row in (["Einheit", "Ebene", "Art", "Mehl"], ["Filiale Nord", 1, "", "viel"]):
        book.active.append(row)
    book.save(tmp_path / "bad.xlsx")
    args = ["--data-dir", str(plan_store), "--lang", "de", "plan", "import", NAME]
    assert main([*args, str(tmp_path / "bad.xlsx")]) == 1
    assert "D2" in capsys.readouterr().err
    with Workspace.open(plan_store) as workspace:
        plan = workspace.penetration.plan(workspace.accounts.find(NAME).id)
    assert [u.name for u in plan.units] == ["Filiale Süd"]


def test_export_needs_an_xlsx_name(plan_store: Path, tmp_path: Path) -> None:
    args = ["--data-dir", str(plan_store), "plan", "export", NAME, "--out", str(tmp_path / "p.csv")]
    assert main(args) == 2
