"""`kamdesk import accounts`, `kamdesk backup` and `kamdesk restore`, run as scripts run them."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.services.workspace import Workspace

from ..account_lists import german_list
from ..launched import KAMDESK

MUELLER = ["Müller GmbH", "10023", "Hauptstr. 5", "80331", "München", "DE", "Bau", "1.000,00", ""]
BAD = ["Kaputt AG", "10025", "", "", "", "", "", "viel", ""]


def names(data_dir: Path) -> list[str]:
    with Workspace.open(data_dir) as workspace:
        return sorted(a.fields.name for a in workspace.accounts.all())


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "--lang", "en", *args])


def test_import_without_yes_is_a_dry_run_that_says_each_row(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = german_list(tmp_path / "kunden.csv", [MUELLER, BAD])
    assert run(data_dir, "import", "accounts", str(path)) == 0
    out, err = capsys.readouterr()
    assert "German account list" in out and "Kaputt AG" not in out.split("Müller")[0]
    assert "1 new, 0 updated, 1 refused." in out and "add --yes" in out
    assert "Refused rows were not imported." in err
    assert names(data_dir) == []


def test_import_with_yes_and_json_writes_and_reports(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = german_list(tmp_path / "kunden.csv", [MUELLER, BAD])
    assert run(data_dir, "import", "accounts", str(path), "--yes", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["written"] is True
    assert [(r["kind"], r["column"]) for r in report["rows"]] == [
        ("new", None),
        ("refused", "Umsatz 2025"),
    ]
    assert names(data_dir) == ["Müller GmbH"]


def test_all_or_nothing_refuses_the_whole_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = german_list(tmp_path / "kunden.csv", [MUELLER, BAD])
    assert run(data_dir, "import", "accounts", str(path), "--yes", "--all-or-nothing") == 1
    assert "Nothing was imported" in capsys.readouterr().err
    assert names(data_dir) == []


def test_a_mapping_file_says_what_unknown_columns_mean(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Bezeichnung,Erlös\nWeiß & Co,2500\n", encoding="utf-8")
    assert run(data_dir, "import", "accounts", str(path)) == 1
    assert "No column of the file says the account's name" in capsys.readouterr().err
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Bezeichnung": "name", "Erlös": "revenue:2024"}))
    assert run(data_dir, "import", "accounts", str(path), "--mapping", str(mapping), "--yes") == 0
    assert names(data_dir) == ["Weiß & Co"]


def test_a_mapping_to_a_figure_without_a_year_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = german_list(tmp_path / "kunden.csv", [MUELLER])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Firma": "name", "Umsatz 2025": "revenue"}))
    assert run(data_dir, "import", "accounts", str(path), "--mapping", str(mapping)) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_backup_and_restore_round_trip(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = german_list(tmp_path / "kunden.csv", [MUELLER])
    run(data_dir, "import", "accounts", str(path), "--yes")
    backup = tmp_path / "sicherung.sqlite3"
    assert run(data_dir, "backup", "--out", str(backup)) == 0
    assert str(backup) in capsys.readouterr().out
    run(
        data_dir,
        "import",
        "accounts",
        str(german_list(tmp_path / "b.csv", [[*BAD[:7], "", ""]])),
        "--yes",
    )
    assert names(data_dir) == ["Kaputt AG", "Müller GmbH"]
    assert run(data_dir, "restore", str(backup)) == 0
    assert "backed up first" in capsys.readouterr().out
    assert names(data_dir) == ["Müller GmbH"]


def test_restoring_a_file_that_is_no_store_is_one_sentence(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a store")
    assert run(data_dir, "restore", str(bogus)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged or is no kamdesk store" in err


def test_export_accounts_contacts_and_plans(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(data_dir, "demo", "--accounts", "12")
    for what, name in (("accounts", "a.csv"), ("contacts", "k.vcf"), ("plans", "p.xlsx")):
        assert run(data_dir, "export", what, "--out", str(tmp_path / name)) == 0
        assert (tmp_path / name).exists()
    lines = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Name,Status") and len(lines) == 13
    assert "BEGIN:VCARD" in (tmp_path / "k.vcf").read_text(encoding="utf-8")


def test_the_installed_command_imports_exports_backs_up_and_restores(
    tmp_path: Path,
) -> None:
    """As a script runs the installed `kamdesk`: a German list in, the list out, a backup
    taken, a second list in, the backup restored."""
    store = tmp_path / "store"

    def kamdesk(*args: str) -> str:
        done = subprocess.run(
            [str(KAMDESK), "--data-dir", str(store), "--lang", "de", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "KAMDESK_LOG_DIR": str(tmp_path)},
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    kamdesk("import", "accounts", str(german_list(tmp_path / "kunden.csv", [MUELLER])), "--yes")
    kamdesk("export", "accounts", "--out", str(tmp_path / "liste.xlsx"))
    assert "Datenbestand wurde in" in kamdesk("backup", "--out", str(tmp_path / "b.sqlite3"))
    second = german_list(tmp_path / "neu.csv", [["Neu AG", "9", "", "", "", "", "", "", ""]])
    kamdesk("import", "accounts", str(second), "--yes")
    kamdesk("restore", str(tmp_path / "b.sqlite3"))
    assert names(store) == ["Müller GmbH"]
    assert (tmp_path / "liste.xlsx").stat().st_size > 0
