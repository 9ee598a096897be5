"""A team syncing through an encrypted shared file: its bytes hold no customer data, only the
team's passphrase opens it, and changing it locks out the old one, backups included."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import PassphraseNeeded, PassphraseWrong, SharedFileCorrupt
from kamdesk.files import file_envelope, shared_file
from kamdesk.services.team_keys import TeamKeys
from kamdesk.services.workspace import Workspace

from ..memory_keyring import MemoryKeyring

PASSPHRASE = "Vertrieb Süd 2026"


@pytest.fixture
def anna(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "anna") as workspace:
        workspace.sync.keys.offer(PASSPHRASE)
        yield workspace


@pytest.fixture
def ben(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ben") as workspace:
        yield workspace


def names(workspace: Workspace) -> list[str]:
    return sorted(summary.name for summary in workspace.accounts.summaries())


def test_a_new_team_file_is_encrypted_when_a_passphrase_is_given(
    anna: Workspace, shared: Path
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    assert file_envelope.is_encrypted(shared)


def test_the_files_bytes_hold_no_customer_data(anna: Workspace, shared: Path) -> None:
    load_demo_data(anna.transactions, 12, seed=3)
    account = anna.accounts.summaries()[0]
    contact = anna.stakeholders.contacts(account.id)[0].name
    anna.sync.sync(shared)
    data = shared.read_bytes()
    for text in (account.name, contact):
        assert text.encode() not in data and text.encode("utf-16-le") not in data


def test_the_file_and_its_backups_stay_encrypted_sync_after_sync(
    anna: Workspace, ben: Workspace, shared: Path
) -> None:
    ben.sync.keys.offer(PASSPHRASE)
    for n in range(4):
        for laptop in (anna, ben):
            laptop.accounts.create(AccountFields(name=f"Kunde {n} von {laptop.data_dir.name}"))
            laptop.sync.sync(shared)
    kept = [shared, *(b for b in shared_file.backups(shared) if b.exists())]
    assert len(kept) == 4 and all(file_envelope.is_encrypted(file) for file in kept)
    assert not any(b"Kunde" in file.read_bytes() for file in kept)


def test_a_colleague_with_the_passphrase_receives_everything(
    anna: Workspace, ben: Workspace, shared: Path
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    ben.sync.keys.offer(PASSPHRASE)
    ben.sync.sync(shared)
    assert names(ben) == ["Müller GmbH"]


def test_without_a_passphrase_nothing_is_read_or_written(
    anna: Workspace, ben: Workspace, shared: Path, system_keyring: MemoryKeyring
) -> None:
    anna.sync.sync(shared)
    system_keyring.kept.clear()  # Ben's laptop has a keyring of its own
    before = shared.read_bytes()
    ben.accounts.create(AccountFields(name="Bens Kunde"))
    with pytest.raises(PassphraseNeeded):
        ben.sync.sync(shared)
    assert shared.read_bytes() == before
    assert names(ben) == ["Bens Kunde"]


def test_a_wrong_passphrase_is_refused_with_the_file_untouched(
    anna: Workspace, ben: Workspace, shared: Path, system_keyring: MemoryKeyring
) -> None:
    anna.sync.sync(shared)
    system_keyring.kept.clear()  # Ben's laptop has a keyring of its own
    before = shared.read_bytes()
    ben.sync.keys.offer("Vertrieb Nord 2026")
    with pytest.raises(PassphraseWrong):
        ben.sync.sync(shared)
    assert shared.read_bytes() == before


def test_a_flipped_byte_is_refused_as_damage(anna: Workspace, shared: Path) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    data = bytearray(shared.read_bytes())
    data[len(data) // 2] ^= 0x10
    shared.write_bytes(bytes(data))
    with pytest.raises(SharedFileCorrupt):
        anna.sync.sync(shared)
    assert shared.read_bytes() == bytes(data)


def test_the_key_is_kept_in_the_keyring_and_the_passphrase_nowhere(
    anna: Workspace, tmp_path: Path, shared: Path, system_keyring: MemoryKeyring
) -> None:
    anna.sync.sync(shared)
    with Workspace.open(tmp_path / "anna") as next_session:
        next_session.sync.sync(shared)  # no passphrase asked for
    kept = " ".join(system_keyring.kept.values())
    assert system_keyring.kept and PASSPHRASE not in kept
    assert PASSPHRASE.encode() not in (tmp_path / "anna" / "kamdesk.sqlite3").read_bytes()


def test_a_changed_passphrase_locks_out_the_old_one_backups_included(
    anna: Workspace, ben: Workspace, shared: Path, system_keyring: MemoryKeyring
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    ben.sync.keys.offer(PASSPHRASE)
    ben.sync.sync(shared)
    anna.accounts.create(AccountFields(name="Schmidt AG"))
    anna.sync.encrypt(shared, "Neues Passwort 2027")
    system_keyring.kept.clear()  # as on a laptop without a keyring: only the passphrase
    with Workspace.open(ben.data_dir) as next_session:
        next_session.sync.keys.offer(PASSPHRASE)
        with pytest.raises(PassphraseWrong):
            next_session.sync.sync(shared)
        for backup in (b for b in shared_file.backups(shared) if b.exists()):
            with pytest.raises(PassphraseWrong):
                shared_file.read_snapshot(backup, None, next_session.sync.keys.key_for)
        next_session.sync.keys.offer("Neues Passwort 2027")
        next_session.sync.sync(shared)
        assert names(next_session) == ["Müller GmbH", "Schmidt AG"]


def test_a_laptop_that_only_joined_changes_the_passphrase(
    anna: Workspace, ben: Workspace, shared: Path, system_keyring: MemoryKeyring
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    ben.sync.keys.offer(PASSPHRASE)
    ben.sync.encrypt(shared, "Neues Passwort 2027")  # its first sync, into an empty store
    assert names(ben) == ["Müller GmbH"]
    system_keyring.kept.clear()
    old = TeamKeys()
    old.offer(PASSPHRASE)
    with pytest.raises(PassphraseWrong):
        shared_file.read_snapshot(shared, None, old.key_for)


def test_an_existing_team_file_is_encrypted_and_back_losing_nothing(
    tmp_path: Path, shared: Path
) -> None:
    with Workspace.open(tmp_path / "carla") as carla, Workspace.open(tmp_path / "dirk") as dirk:
        carla.accounts.create(AccountFields(name="Müller GmbH"))
        carla.sync.sync(shared)
        carla.accounts.create(AccountFields(name="Schmidt AG"))
        carla.sync.sync(shared)  # now a backup holds "Müller GmbH" in plain text
        carla.sync.encrypt(shared, PASSPHRASE)
        share = [p.read_bytes() for p in shared.parent.iterdir() if p.is_file()]
        assert not any(b"Schmidt AG" in data or b"M\xc3\xbcller" in data for data in share)
        dirk.sync.keys.offer(PASSPHRASE)
        dirk.sync.sync(shared)
        assert names(dirk) == ["Müller GmbH", "Schmidt AG"]
        dirk.sync.decrypt(shared)
        assert not file_envelope.is_encrypted(shared)
        assert b"Schmidt AG" in shared.read_bytes()
        carla.sync.sync(shared)
        assert names(carla) == ["Müller GmbH", "Schmidt AG"]


def test_the_passphrase_from_the_environment_opens_the_file(
    anna: Workspace, ben: Workspace, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    monkeypatch.setenv("KAMDESK_TEAM_PASSPHRASE", PASSPHRASE)
    ben.sync.sync(shared)
    assert names(ben) == ["Müller GmbH"]


def test_a_sync_leaves_no_decrypted_copy_behind(
    anna: Workspace, shared: Path, tmp_path: Path
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    scratch = Path(os.environ["XDG_CACHE_HOME"])
    left = [p for p in scratch.rglob("*") if p.is_file() and b"M\xc3\xbcller" in p.read_bytes()]
    assert left == []
