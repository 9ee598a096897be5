"""`kamdesk server init|check URL` and `kamdesk sync URL`: a team server made and used from
the command line, as an IT department's script and a KAM's laptop do."""

import json
import subprocess
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.domain.account import AccountFields
from kamdesk.services.workspace import Workspace

from ..launched import KAMDESK
from ..postgres import Cluster


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def server_and_an_account(
    capsys: pytest.CaptureFixture[str], postgres: Cluster, data_dir: Path
) -> str:
    """A server made with `kamdesk server init`, its address; a store with one account."""
    url = postgres.new_database()
    run(capsys, "server", "init", url)
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
    return url


def test_init_makes_the_server_ready_and_check_says_so(
    capsys: pytest.CaptureFixture[str], postgres: Cluster
) -> None:
    url = postgres.new_database()
    code, out, _ = run(capsys, "server", "init", url, "--team", "team-1", "--json")
    assert (code, json.loads(out)["team"]) == (0, "team-1")
    code, out, _ = run(capsys, "server", "check", url)
    assert code == 0 and "is ready: team team-1, 0 writes so far." in out


def test_a_database_never_set_up_is_one_sentence(
    capsys: pytest.CaptureFixture[str], postgres: Cluster
) -> None:
    code, out, err = run(capsys, "server", "check", postgres.new_database())
    assert (code, out) == (1, "")
    assert "is not set up for this version of kamdesk" in err and err.count("\n") == 1


def test_init_twice_keeps_the_team(capsys: pytest.CaptureFixture[str], postgres: Cluster) -> None:
    url = postgres.new_database()
    first = json.loads(run(capsys, "server", "init", url, "--json")[1])["team"]
    assert json.loads(run(capsys, "server", "init", url, "--json")[1])["team"] == first


def test_two_laptops_sync_through_the_server_from_the_command_line(
    capsys: pytest.CaptureFixture[str], postgres: Cluster, tmp_path: Path
) -> None:
    url = server_and_an_account(capsys, postgres, tmp_path / "anna")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "anna"), "sync", url, "--json")
    assert (code, json.loads(out)["went_out"]) == (0, 1)
    ben = subprocess.run(  # the installed command, as a script on the colleague's laptop runs it
        [KAMDESK, "--data-dir", str(tmp_path / "ben"), "sync", url, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(ben.stdout)["came_in_by_table"] == {"accounts": 1}


def test_an_unreachable_server_is_one_sentence_and_the_change_goes_out_later(
    capsys: pytest.CaptureFixture[str], postgres: Cluster, tmp_path: Path
) -> None:
    url = server_and_an_account(capsys, postgres, tmp_path / "anna")
    away = url.replace(str(postgres.folder), str(tmp_path / "no-server"))
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "anna"), "sync", away)
    assert (code, out) == (1, "")
    assert "cannot be reached" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "anna"), "sync", url, "--json")
    assert (code, json.loads(out)["went_out"]) == (0, 1)


def test_a_password_in_the_address_is_used_but_never_kept(
    capsys: pytest.CaptureFixture[str], postgres: Cluster, tmp_path: Path
) -> None:
    url = postgres.new_database()
    run(capsys, "server", "init", url)
    with_password = url.replace("kamdesk@", "kamdesk:Geheim-2026@")
    code, _, _ = run(capsys, "--data-dir", str(tmp_path / "anna"), "sync", with_password)
    assert code == 0
    with Workspace.open(tmp_path / "anna") as anna:
        kept = anna.sync.settings().shared_file
        store = anna.transactions.path
    assert "Geheim" not in repr(kept) and b"Geheim" not in store.read_bytes()


def test_import_moves_a_team_file_onto_a_new_server(
    capsys: pytest.CaptureFixture[str], postgres: Cluster, tmp_path: Path, shared: Path
) -> None:
    with Workspace.open(tmp_path / "anna") as anna:
        anna.accounts.create(AccountFields(name="Müller GmbH"))
        anna.sync.sync(shared)
    url = postgres.new_database()
    run(capsys, "server", "init", url)
    code, out, _ = run(capsys, "server", "import", str(shared), url)
    assert code == 0 and "1 row of the team moved onto" in out
    code, out, err = run(capsys, "server", "import", str(shared), url)
    assert (code, out) == (1, "") and "already holds a team's data" in err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "ben"), "sync", url, "--json")
    assert json.loads(out)["came_in_by_table"] == {"accounts": 1}
