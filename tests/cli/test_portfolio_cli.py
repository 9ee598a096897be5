"""`kamdesk portfolio` and `kamdesk accounts edit … --set group=…` as scripts use them."""

import json
from pathlib import Path

import pytest

from kamdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_demo_portfolio_fills_all_four_fields_by_the_medians(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, data_dir, "demo", "--accounts", "200")
    code, out, _ = run(capsys, data_dir, "portfolio", "--json")
    portfolio = json.loads(out)
    assert code == 0
    assert portfolio["thresholds"]["chosen"] is False
    fields = [account["field"] for account in portfolio["accounts"]]
    assert len(fields) == 200
    assert all(fields.count(f) >= 10 for f in ("top", "base", "development", "carried"))


def test_thresholds_set_from_the_command_line_are_kept(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, data_dir, "demo", "--accounts", "30")
    assert (
        run(capsys, data_dir, "portfolio", "--value", "250000", "--potential", "1,000,000")[0] == 0
    )
    code, out, _ = run(capsys, data_dir, "--lang", "de", "portfolio")
    assert code == 0
    assert "250.000" in out.splitlines()[0] and "1.000.000" in out.splitlines()[0]
    _, out, _ = run(capsys, data_dir, "portfolio", "--medians", "--json")
    assert json.loads(out)["thresholds"]["chosen"] is False


def test_an_account_joins_and_leaves_a_group_by_name(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    for name in ("Vogt Holding AG", "Vogt GmbH"):
        run(capsys, data_dir, "accounts", "add", name)
    code, out, _ = run(
        capsys,
        data_dir,
        "accounts",
        "edit",
        "Vogt GmbH",
        "--set",
        "group=Vogt Holding AG",
        "--json",
    )
    _, holding, _ = run(capsys, data_dir, "accounts", "list", "--json")
    group_id = next(a["id"] for a in json.loads(holding) if a["name"] == "Vogt Holding AG")
    assert code == 0 and json.loads(out)["group_id"] == group_id
    _, out, _ = run(capsys, data_dir, "accounts", "edit", "Vogt GmbH", "--set", "group=", "--json")
    assert json.loads(out)["group_id"] is None


def test_a_group_of_a_member_is_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    for name in ("Holding", "Tochter", "Enkel"):
        run(capsys, data_dir, "accounts", "add", name)
    run(capsys, data_dir, "accounts", "edit", "Tochter", "--set", "group=Holding")
    code, _, err = run(capsys, data_dir, "accounts", "edit", "Enkel", "--set", "group=Tochter")
    assert code == 1
    assert err.strip() == (
        "Groups have one level: a group account cannot belong to a group, and a member of a "
        "group cannot have members of its own."
    )
