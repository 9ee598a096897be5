"""Importing account lists through the service, from files written as the tools write them."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.account_columns import Meaning, Source, Target
from kamdesk.domain.account_import import ImportChoice, MatchedBy, RowKind, RowProblem
from kamdesk.domain.errors import ImportHasRefusedRows
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.services.workspace import Workspace

from ..account_lists import (
    data_loader_export,
    dynamics_export,
    german_list,
    hubspot_export,
    salesforce_report,
)

TODAY = date(2026, 12, 1)  # "Annual Revenue" without a year is 2025's
MUELLER = [
    "Müller Maschinenbau GmbH",
    "10023",
    "Industriestraße 5",
    "80331",
    "München",
    "Deutschland",
    "Maschinenbau",
    "1.234.567,50",
    "Anna Groß",
]
SUESS = ["Bäckerei Süß", "10024", "Hauptstr. 1", "01067", "Dresden", "Deutschland", "", "", ""]


def _import(workspace: Workspace, path: Path, **choice: bool) -> list[RowKind]:
    preview = workspace.account_import.preview(path, ",", today=TODAY)
    workspace.account_import.import_accounts(preview, ImportChoice(**choice))
    return [row.kind for row in preview.rows]


def test_a_german_list_in_windows_1252_with_semicolons(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = german_list(tmp_path / "kunden.csv", [MUELLER, SUESS])
    preview = workspace.account_import.preview(path, ".", today=TODAY)
    assert preview.source is Source.GERMAN_LIST
    workspace.account_import.import_accounts(preview, ImportChoice())
    account = workspace.accounts.find("Müller Maschinenbau GmbH")
    assert account.fields.customer_number == "10023"
    assert account.fields.address == "Industriestraße 5\n80331 München"
    assert account.fields.industry == "Maschinenbau"
    assert workspace.plan.key_figures(account.id) == [KeyFigures(2025, Decimal("1234567.50"))]
    assert [c.name for c in workspace.stakeholders.contacts(account.id)] == ["Anna Groß"]
    assert workspace.accounts.find("Bäckerei Süß").fields.address == "Hauptstr. 1\n01067 Dresden"


def test_a_salesforce_report_without_its_footer(workspace: Workspace, tmp_path: Path) -> None:
    row = ["Kurz GmbH", "Anna Berger", "SF-7", "Ring 2", "Ulm", "89073", "Germany", "Retail"]
    path = salesforce_report(tmp_path / "report.csv", [[*row, "EUR 2.500.000", "Customer"]])
    preview = workspace.account_import.preview(path, ",", today=TODAY)
    assert preview.source is Source.SALESFORCE
    assert [r.kind for r in preview.rows] == [RowKind.NEW]  # the footer is no account
    workspace.account_import.import_accounts(preview, ImportChoice())
    account = workspace.accounts.find("Kurz GmbH")
    assert (account.fields.owner, account.fields.customer_number) == ("Anna Berger", "SF-7")
    assert account.fields.address == "Ring 2\n89073 Ulm"
    assert workspace.plan.key_figures(account.id)[0].revenue == Decimal(2_500_000)


def test_a_data_loader_export_by_api_names(workspace: Workspace, tmp_path: Path) -> None:
    row = ["001A0000", "Lang AG", "DL-1", "Weg 3", "Graz", "8010", "Austria", "Energy"]
    path = data_loader_export(tmp_path / "extract.csv", [[*row, "125000.5", "005B0000"]])
    preview = workspace.account_import.preview(path, ",", today=TODAY)
    assert preview.source is Source.SALESFORCE
    workspace.account_import.import_accounts(preview, ImportChoice())
    account = workspace.accounts.find("Lang AG")
    assert account.fields.owner == ""  # OWNERID is Salesforce's user id, not a name
    assert workspace.plan.key_figures(account.id)[0].revenue == Decimal("125000.5")


def test_a_hubspot_companies_export(workspace: Workspace, tmp_path: Path) -> None:
    row = ["9001", "Nord GmbH", "nord.de", "2024-05-01 09:12", "Ben Kurz", "+49 40 1"]
    path = hubspot_export(
        tmp_path / "companies.csv",
        [[*row, "Kai 1", "20457", "Hamburg", "Germany", "Logistics", "800000"]],
    )
    preview = workspace.account_import.preview(path, ",", today=TODAY)
    assert preview.source is Source.HUBSPOT
    workspace.account_import.import_accounts(preview, ImportChoice())
    account = workspace.accounts.find("Nord GmbH")
    assert (account.fields.owner, account.fields.country) == ("Ben Kurz", "Germany")
    assert account.fields.address == "Kai 1\n20457 Hamburg"


def test_a_dynamics_365_excel_export(workspace: Workspace, tmp_path: Path) -> None:
    guid = "0a1b2c3d-0000-0000-0000-000000000001"
    row = [guid, "abc", "01.12.2026", "Süd SE", "+43 1", "Wien", "Austria"]
    path = dynamics_export(
        tmp_path / "accounts.xlsx", [[*row, "Eva Maier", "eva@sued.at", 4711, 950000.25]]
    )
    preview = workspace.account_import.preview(path, ",", today=TODAY)
    assert preview.source is Source.DYNAMICS
    workspace.account_import.import_accounts(preview, ImportChoice())
    account = workspace.accounts.find("Süd SE")
    assert account.fields.customer_number == "4711"  # a number cell, read as the number
    assert workspace.plan.key_figures(account.id)[0].revenue == Decimal("950000.25")
    (contact,) = workspace.stakeholders.contacts(account.id)
    assert (contact.name, contact.email) == ("Eva Maier", "eva@sued.at")


def test_a_reimport_updates_and_makes_no_duplicate(workspace: Workspace, tmp_path: Path) -> None:
    assert _import(workspace, german_list(tmp_path / "a.csv", [MUELLER])) == [RowKind.NEW]
    again = [*MUELLER[:6], "Anlagenbau", "1.300.000,00", "Anna Groß"]
    preview = workspace.account_import.preview(
        german_list(tmp_path / "b.csv", [again]), ",", today=TODAY
    )
    (row,) = preview.rows
    assert (row.kind, row.matched_by) == (RowKind.UPDATE, MatchedBy.CUSTOMER_NUMBER)
    assert row.changes == ("industry", "revenue 2025")
    workspace.account_import.import_accounts(preview, ImportChoice())
    (summary,) = workspace.accounts.summaries()
    assert summary.industry == "Anlagenbau"
    assert len(workspace.stakeholders.contacts(summary.id)) == 1  # Anna is not added twice


def test_name_and_city_match_blind_to_case_and_accents(
    workspace: Workspace, tmp_path: Path
) -> None:
    _import(workspace, german_list(tmp_path / "a.csv", [["Müller GmbH", "", "", "", "Köln"]]))
    preview = workspace.account_import.preview(
        german_list(tmp_path / "b.csv", [["MULLER gmbh", "", "", "", "koln", "", "Handel"]]),
        ",",
        today=TODAY,
    )
    assert preview.rows[0].matched_by is MatchedBy.NAME_AND_CITY


def test_skipping_matches_leaves_them_alone(workspace: Workspace, tmp_path: Path) -> None:
    _import(workspace, german_list(tmp_path / "a.csv", [MUELLER]))
    changed = [*MUELLER[:6], "Anlagenbau"]
    _import(workspace, german_list(tmp_path / "b.csv", [changed, SUESS]), update_matches=False)
    assert workspace.accounts.find("Müller Maschinenbau GmbH").fields.industry == "Maschinenbau"
    assert len(workspace.accounts.summaries()) == 2


def test_a_bad_row_refuses_only_itself_naming_its_cell(
    workspace: Workspace, tmp_path: Path
) -> None:
    bad = ["Kaputt AG", "10025", "", "", "", "", "", "zwölf", ""]
    path = german_list(tmp_path / "a.csv", [MUELLER, bad, SUESS])
    preview = workspace.account_import.preview(path, ",", today=TODAY)
    refused = preview.rows[1].refusal
    assert refused is not None
    assert (refused.row, refused.problem, refused.column) == (
        3,
        RowProblem.NOT_AN_AMOUNT,
        "Umsatz 2025",
    )
    workspace.account_import.import_accounts(preview, ImportChoice())
    assert len(workspace.accounts.summaries()) == 2


def test_all_or_nothing_imports_nothing_with_a_bad_row(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = german_list(tmp_path / "a.csv", [MUELLER, ["", "10030"]])
    preview = workspace.account_import.preview(path, ",", today=TODAY)
    with pytest.raises(ImportHasRefusedRows):
        workspace.account_import.import_accounts(preview, ImportChoice(all_or_nothing=True))
    assert workspace.accounts.summaries() == []


def test_undo_takes_the_import_back_and_redo_brings_it_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    _import(workspace, german_list(tmp_path / "a.csv", [MUELLER]))
    changed = [*MUELLER[:6], "Anlagenbau", "2.000.000,00", "Jörg Hahn"]
    preview = workspace.account_import.preview(
        german_list(tmp_path / "b.csv", [changed, SUESS]), ",", today=TODAY
    )
    result = workspace.account_import.import_accounts(preview, ImportChoice())
    mueller = workspace.accounts.find("Müller Maschinenbau GmbH")
    workspace.account_import.undo(result)
    assert [s.name for s in workspace.accounts.summaries()] == ["Müller Maschinenbau GmbH"]
    assert workspace.accounts.get(mueller.id).fields.industry == "Maschinenbau"
    assert workspace.plan.key_figures(mueller.id)[0].revenue == Decimal("1234567.50")
    assert [c.name for c in workspace.stakeholders.contacts(mueller.id)] == ["Anna Groß"]
    workspace.account_import.redo(result)
    assert len(workspace.accounts.summaries()) == 2
    assert workspace.plan.key_figures(mueller.id)[0].revenue == Decimal(2_000_000)


def test_a_mapping_by_header_reads_unknown_columns(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Kürzel;Bezeichnung;Erlös\nK1;Alpha KG;5.000,00\n", encoding="utf-8")
    assert workspace.account_import.preview(path, ",", today=TODAY).needs_mapping
    mapping = {"bezeichnung": Meaning(Target.NAME), "erlös": Meaning(Target.REVENUE, 2024)}
    preview = workspace.account_import.preview(path, ",", mapping=mapping, today=TODAY)
    assert preview.source is Source.MAPPED
    workspace.account_import.import_accounts(preview, ImportChoice())
    account = workspace.accounts.find("Alpha KG")
    assert workspace.plan.key_figures(account.id) == [KeyFigures(2024, Decimal(5000))]


def test_imported_figures_score_the_accounts(workspace: Workspace, tmp_path: Path) -> None:
    """The scorecard's hard figures read the imported revenue; a typed account has none."""
    workspace.accounts.create(AccountFields(name="Leer GmbH"))
    large = ["Groß AG", "1", "", "", "", "", "", "90.000.000,00"]
    _import(workspace, german_list(tmp_path / "a.csv", [large]))
    scores = {s.name: s.score for s in workspace.accounts.summaries()}
    assert scores["Leer GmbH"] is None
    assert scores["Groß AG"] is not None and scores["Groß AG"] > 0
