"""`kamdesk sync PATH [--json]`, `kamdesk conflicts list [--json]`, `conflicts resolve`."""

import dataclasses
import json
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.domain.account import AccountFields
from kamdesk.services.workspace import Workspace

pytestmark = pytest.mark.usefixtures("each_file_form")


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def conflicted(tmp_path: Path, data_dir: Path, shared: Path) -> Path:
    """This store typed "Pharma", a colleague "Chemie" into the same field; both synced."""
    with Workspace.open(data_dir) as mine, Workspace.open(tmp_path / "ben") as ben:
        account = mine.accounts.create(AccountFields(name="Müller GmbH")).id
        mine.sync.sync(shared)
        ben.sync.sync(shared)
        for workspace, industry in ((ben, "Chemie"), (mine, "Pharma")):
            fields = workspace.accounts.get(account).fields
            workspace.accounts.update(account, dataclasses.replace(fields, industry=industry))
        ben.sync.sync(shared)
        mine.sync.sync(shared)
    return data_dir


def test_sync_counts_what_went_out_as_json(
    capsys: pytest.CaptureFixture[str], data_dir: Path, shared: Path
) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    code, out, _ = run(capsys, data_dir, "sync", str(shared), "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["went_out"], report["came_in"], report["conflicts"]) == (1, 0, 0)
    assert report["created"] is True


def test_a_refused_sync_exits_1_with_one_sentence(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, data_dir, "sync", str(tmp_path / "unplugged" / "team.kamdesk"))
    assert (code, out) == (1, "")
    assert "cannot be found" in err and err.count("\n") == 1


def test_conflicts_are_listed_and_resolved(
    capsys: pytest.CaptureFixture[str], conflicted: Path
) -> None:
    code, out, _ = run(capsys, conflicted, "conflicts", "list", "--json")
    (conflict,) = json.loads(out)
    assert code == 0
    assert (conflict["account"], conflict["mine"], conflict["theirs"]) == (
        "Müller GmbH",
        {"industry": "Pharma"},
        {"industry": "Chemie"},
    )
    code, out, _ = run(capsys, conflicted, "conflicts", "list")
    assert "Müller GmbH" in out and "Pharma" in out and "Chemie" in out
    code, _, _ = run(capsys, conflicted, "conflicts", "resolve", conflict["id"], "--keep", "theirs")
    assert code == 0
    with Workspace.open(conflicted) as workspace:
        assert workspace.accounts.find("Müller GmbH").fields.industry == "Chemie"
        assert workspace.conflicts.count() == 0


def test_resolving_an_unknown_conflict_exits_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = run(capsys, data_dir, "conflicts", "resolve", "nonsense", "--keep", "mine")
    assert code == 1
    assert "no open conflict" in err
