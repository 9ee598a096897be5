"""`kamdesk team encrypt | change-passphrase | decrypt [PATH]`: the new passphrase from
KAMDESK_NEW_TEAM_PASSPHRASE (scripts) or typed twice at a terminal."""

from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.cli.sync_commands import NEW_PASSPHRASE_VARIABLE
from kamdesk.domain.account import AccountFields
from kamdesk.files import file_envelope
from kamdesk.services.team_keys import PASSPHRASE_VARIABLE
from kamdesk.services.workspace import Workspace

from ..memory_keyring import MemoryKeyring

NEW = "Neues Team-Passwort"


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plain_team(data_dir: Path, shared: Path) -> Path:
    """A store synced once with a plain team file."""
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Müller GmbH"))
        workspace.sync.sync(shared)
    return shared


def test_encrypt_takes_the_new_passphrase_from_the_environment(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    plain_team: Path,
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, NEW)
    code, _, err = run(capsys, data_dir, "team", "encrypt", str(plain_team))
    assert code == 0 and "encrypted" in err
    assert file_envelope.is_encrypted(plain_team)
    assert b"M\xc3\xbcller GmbH" not in plain_team.read_bytes()


def test_encrypt_without_a_passphrase_or_a_terminal_says_how_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, plain_team: Path
) -> None:
    before = plain_team.read_bytes()
    code, out, err = run(capsys, data_dir, "team", "encrypt", str(plain_team))
    assert (code, out) == (2, "")
    assert NEW_PASSPHRASE_VARIABLE in err and err.count("\n") == 1
    assert plain_team.read_bytes() == before


def test_a_short_new_passphrase_is_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    plain_team: Path,
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, "kurz")
    code, _, err = run(capsys, data_dir, "team", "encrypt", str(plain_team))
    assert code == 1 and "at least 8 characters" in err and err.count("\n") == 1
    assert not file_envelope.is_encrypted(plain_team)


def test_a_colleague_syncs_with_the_changed_passphrase_from_the_environment(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    data_dir: Path,
    plain_team: Path,
    system_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, NEW)
    assert run(capsys, data_dir, "team", "change-passphrase", str(plain_team))[0] == 0
    monkeypatch.delenv(NEW_PASSPHRASE_VARIABLE)
    system_keyring.kept.clear()  # Ben's laptop has a keyring of its own
    colleague = tmp_path / "ben"
    code, _, err = run(capsys, colleague, "sync", str(plain_team))
    assert code == 1 and "encrypted" in err and "passphrase" in err
    monkeypatch.setenv(PASSPHRASE_VARIABLE, NEW)
    assert run(capsys, colleague, "sync", str(plain_team))[0] == 0
    assert run(capsys, colleague, "accounts", "list")[1].count("Müller GmbH") == 1


def test_a_passphrase_asked_for_at_a_terminal_opens_the_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    data_dir: Path,
    plain_team: Path,
    system_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, NEW)
    run(capsys, data_dir, "team", "encrypt", str(plain_team))
    system_keyring.kept.clear()  # Ben's laptop has a keyring of its own
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or NEW)
    code, out, _ = run(capsys, tmp_path / "ben", "sync", str(plain_team))
    assert code == 0 and "1 in" in out
    assert asked == ["Team passphrase: "]


def test_decrypt_writes_the_file_plain_again(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    plain_team: Path,
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, NEW)
    run(capsys, data_dir, "team", "encrypt", str(plain_team))
    code, _, err = run(capsys, data_dir, "team", "decrypt")  # the chosen file
    assert code == 0 and "no longer encrypted" in err
    assert not file_envelope.is_encrypted(plain_team)
