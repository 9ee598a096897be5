"""The command line as scripts use it: exit codes, JSON, messages on stderr."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk import __version__
from kamdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_as_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, data_dir, "demo", "--accounts", "25")[0] == 0
    code, out, _ = run(capsys, data_dir, "accounts", "list", "--json")
    accounts = json.loads(out)
    assert code == 0
    assert len(accounts) == 25
    assert {
        "id",
        "name",
        "status_level",
        "scope",
        "segment",
        "owner",
        "country",
        "industry",
        "address",
        "notes",
        "created_at",
        "updated_at",
        "deleted_at",
        "status_granted_on",
        "review_due_on",
        "review_pending",
        "score",
    } <= set(accounts[0])


def test_add_edit_delete(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(
        capsys,
        data_dir,
        "accounts",
        "add",
        "Süßwaren Köln AG",
        "--set",
        "status_level=key",
        "--set",
        "country=Deutschland",
        "--reason",
        "Rahmenvertrag unterschrieben",
        "--json",
    )
    created = json.loads(out)
    assert code == 0 and created["status_level"] == "key"
    code, out, _ = run(
        capsys, data_dir, "accounts", "edit", created["id"], "--set", "owner=Aylin Demir", "--json"
    )
    assert json.loads(out)["owner"] == "Aylin Demir"
    assert run(capsys, data_dir, "accounts", "delete", "Süßwaren Köln AG")[0] == 0
    _, out, _ = run(capsys, data_dir, "accounts", "list", "--json")
    assert json.loads(out) == []
    _, out, _ = run(capsys, data_dir, "accounts", "list", "--deleted", "--json")
    assert [a["name"] for a in json.loads(out)] == ["Süßwaren Köln AG"]


def test_failed_operation_says_why_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, data_dir, "accounts", "add", "Alpha")
    code, out, err = run(capsys, data_dir, "accounts", "add", "Beta", "--set", "segment=Z")
    assert (code, out) == (1, "")
    assert "Segment" in err and err.count("\n") == 1
    _, out, _ = run(capsys, data_dir, "accounts", "list", "--json")
    assert [a["name"] for a in json.loads(out)] == ["Alpha"]


def test_a_new_account_above_c_needs_a_reason(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = run(capsys, data_dir, "accounts", "add", "Eilig AG", "--set", "status_level=key")
    assert code == 1 and "reason" in err
    _, out, _ = run(capsys, data_dir, "accounts", "list", "--json")
    assert json.loads(out) == []


def test_unknown_account_exits_1(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, data_dir, "accounts", "delete", "Nobody GmbH")
    assert code == 1 and "Nobody GmbH" in err


def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(data_dir), "accounts", "frobnicate"])
    assert caught.value.code == 2


def test_errors_speak_german_with_lang_de(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = run(capsys, data_dir, "--lang", "de", "accounts", "delete", "Niemand")
    assert code == 1
    assert "Es gibt keinen Kunden" in err


def test_check_reports_a_healthy_store(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run(capsys, data_dir, "demo", "--accounts", "5")
    code, out, _ = run(capsys, data_dir, "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_check_fails_on_a_damaged_store(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run(capsys, data_dir, "demo", "--accounts", "300")
    store = data_dir / "kamdesk.sqlite3"
    raw = bytearray(store.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 4096] = b"\xff" * 4096
    store.write_bytes(bytes(raw))
    code, _, err = run(capsys, data_dir, "check")
    assert code == 1 and err


def test_data_dir_from_the_environment(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(data_dir))
    main(["accounts", "add", "Umgebung GmbH"])
    capsys.readouterr()
    assert (data_dir / "kamdesk.sqlite3").exists()


def test_module_entry_point_prints_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kamdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"kamdesk {__version__}"


def test_an_unexpected_error_is_one_sentence_without_traceback_or_data(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamdesk.services.accounts import AccountService

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("SELECT * FROM accounts WHERE name = 'Geheim GmbH'")

    monkeypatch.setattr(AccountService, "summaries", broken)
    code, out, err = run(capsys, data_dir, "accounts", "list")
    assert code == 1 and out == ""
    assert "unexpected problem" in err and "kamdesk.log" in err
    assert "Traceback" not in err and "Geheim" not in err and "SELECT" not in err


def test_a_name_with_terminal_escapes_is_listed_without_them(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert run(capsys, data_dir, "accounts", "add", "Evil\x1b[2J\x07 GmbH")[0] == 0
    code, out, _ = run(capsys, data_dir, "accounts", "list")
    assert code == 0 and "Evil[2J GmbH" in out
    assert "\x1b" not in out and "\x07" not in out
