"""Shared fixtures: offscreen Qt, isolated settings, a fresh store per test."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.sync.team_server import TeamPlace, TeamServer
from kamdesk.files import file_envelope
from kamdesk.i18n.language import identify_application, install_translators
from kamdesk.services.team_keys import PASSPHRASE_VARIABLE, TeamKeys
from kamdesk.services.team_server import init_server
from kamdesk.services.workspace import Workspace
from kamdesk.store.models import KeyFigureRow
from kamdesk.ui.widgets.worker import wait_for_background_work

from .memory_keyring import MemoryKeyring
from .postgres import Cluster, programs


@pytest.fixture(scope="session", autouse=True)
def log_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The log goes to a folder of the test run's (subprocesses too), never the developer's."""
    folder = tmp_path_factory.mktemp("log")
    os.environ["KAMDESK_LOG_DIR"] = str(folder)
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))  # kamdesk's scratch
    return folder


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """Tests read what an English-speaking user reads, plural forms included."""
    identify_application()
    install_translators(qapp, "en")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The test reads what a German-speaking user reads; English again afterwards."""
    installed = install_translators(qapp, "de")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Preferences and window state go to a temporary folder, never the developer's."""
    identify_application()
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    locale = QLocale()
    yield
    wait_for_background_work()
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def system_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Keys go to a keyring of the test's, never the developer's; the team passphrase's
    key is derived at a test's cost (the real parameters have a test of their own)."""
    monkeypatch.setattr(file_envelope, "SCRYPT_N_LOG2", 10)
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    before, kept = keyring.get_keyring(), MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


TEAM_PASSPHRASE = "Team-Passwort 2026"


@pytest.fixture(params=["plain", "encrypted"])
def each_file_form(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Sync tests run on a plain team file and on an encrypted one (made with the
    passphrase from the environment, as scripts give it)."""
    if request.param == "encrypted":
        monkeypatch.setenv(PASSPHRASE_VARIABLE, TEAM_PASSPHRASE)
    return str(request.param)


@contextmanager
def inside(shared: Path) -> Iterator[Path]:
    """The shared file's database for a test to read or change, plain or encrypted alike:
    an encrypted file is decrypted beside itself and, after, encrypted again under its lock
    (as a colleague's kamdesk would have written what the test wrote)."""
    if not file_envelope.is_encrypted(shared):
        yield shared
        return
    lock = file_envelope.header(shared).lock
    key = TeamKeys().key_for(shared, lock)
    plain = shared.with_name(shared.name + ".inside")
    file_envelope.decrypt(shared, plain, lambda _lock: key)
    yield plain
    file_envelope.encrypt(plain, shared, lock, key)
    plain.unlink()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """Where the team's shared file goes: a folder on the share that exists, no file yet."""
    (tmp_path / "share").mkdir()
    return tmp_path / "share" / "team.kamdesk"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    with Workspace.open(data_dir) as opened:
        yield opened


def _overdue(
    workspace: Workspace, name: str, level: StatusLevel, revenue: int, lighthouse: bool = False
) -> uuid.UUID:
    """An account granted `level` in January 2024 (so due for review) with the given figures."""
    account = workspace.accounts.create(AccountFields(name=name)).id
    with workspace.transactions.write() as session:
        for year in (2023, 2024, 2025):
            session.add(KeyFigureRow(account_id=account, year=year, revenue=Decimal(revenue)))
    workspace.status.rescore([account])
    if lighthouse:
        workspace.status.set_answer(account, "lighthouse", True)
    workspace.status.change_level(account, level, "granted", date(2024, 1, 10))
    return account


@pytest.fixture
def overdue_store(data_dir: Path) -> dict[str, uuid.UUID]:
    """Three key accounts overdue for review: one keeps its level, one drops a level,
    one falls out of the key-account levels to an A customer."""
    with Workspace.open(data_dir) as workspace:
        return {
            # revenue 20 + lighthouse 10 = 30 points: still an Account
            "keeps": _overdue(workspace, "Bleibt AG", StatusLevel.ACCOUNT, 1_000_000, True),
            # 30 points no longer reach Key Account (50): drops to Account
            "drops": _overdue(workspace, "Fällt GmbH", StatusLevel.KEY, 1_000_000, True),
            # 10 points: out of the key levels; 300k revenue makes it an A customer
            "falls_out": _overdue(workspace, "Raus KG", StatusLevel.ACCOUNT, 300_000),
        }


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    """A PostgreSQL cluster for this test process. Without PostgreSQL's server programs the
    team server's tests are skipped here, but never in CI (.ci/run installs them)."""
    found = programs()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL's server programs are missing (apt-get install postgresql)")
        pytest.skip("PostgreSQL's server programs are not installed (apt-get install postgresql)")
    cluster = Cluster(found)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def team_server(postgres: Cluster) -> TeamServer:
    """A team server of its own for the test, made as `kamdesk server init` makes one."""
    return new_team_server(postgres)


def new_team_server(postgres: Cluster) -> TeamServer:
    server = TeamServer.named(postgres.new_database())
    init_server(server)
    return server


@pytest.fixture(params=["plain file", "encrypted file", "server"])
def team_places(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Callable[[Path], TeamPlace]:
    """Sync tests run through a plain team file, an encrypted one (made with the passphrase
    from the environment, as scripts give it) and a team server: a new place for a team's
    data each call (a file in the folder given)."""
    if request.param == "server":
        postgres = request.getfixturevalue("postgres")
        return lambda _folder: new_team_server(postgres)
    if request.param == "encrypted file":
        monkeypatch.setenv(PASSPHRASE_VARIABLE, TEAM_PASSPHRASE)

    def file_in(folder: Path) -> Path:
        (folder / "share").mkdir(exist_ok=True)
        return folder / "share" / "team.kamdesk"

    return file_in


@pytest.fixture
def team(team_places: Callable[[Path], TeamPlace], tmp_path: Path) -> TeamPlace:
    """Where the test's team keeps its data (see `team_places`)."""
    return team_places(tmp_path)
