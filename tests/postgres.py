"""A real PostgreSQL for the team server's tests: the Debian package's own programs run a
cluster in a temporary folder, reached by a Unix socket only, one per test process. The
server refuses to run as root (CI runs as root), so there it runs as the `postgres` user
the package made. Each test gets a database of its own."""

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path

import psycopg

USER = "kamdesk"  # the cluster's superuser; the tests' laptops log in as it


def programs() -> Path | None:
    """The folder of initdb and pg_ctl: Debian keeps them out of PATH."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if found:
        return found[0].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Cluster:
    def __init__(self, programs: Path, *, durable: bool = False) -> None:
        self._programs = programs
        self._durable = durable  # fsync as a real server does (benchmarks), not for tests
        self.folder = Path(
            tempfile.mkdtemp(prefix="kamdesk-pg-")
        )  # /tmp: the server's user reaches it
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.folder, "postgres")

    def start(self) -> None:
        data = self.folder / "data"
        self._run("initdb", "-D", data, "-U", USER, "-A", "trust", "-E", "UTF8", "--no-sync")
        self.resume()

    def resume(self) -> None:
        """The server started (again, after `halt`)."""
        fsync = "on" if self._durable else "off"
        options = f"-c listen_addresses='' -k {self.folder} -c fsync={fsync} -c max_connections=60"
        data, log = self.folder / "data", self.folder / "log"
        self._run("pg_ctl", "-D", data, "-o", options, "-l", log, "-w", "start")

    def halt(self) -> None:
        """The server gone at once, as a crash or a pulled cable: open work is lost."""
        self._run("pg_ctl", "-D", self.folder / "data", "-m", "immediate", "-w", "stop")

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@/{database}?host={self.folder}"

    def new_database(self) -> str:
        """A database of its own for a test; its address."""
        name = f"team_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host=str(self.folder), user=USER, dbname="postgres") as connection:
            connection.autocommit = True
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _run(self, program: str, *arguments: object) -> None:
        command: Sequence[str] = [str(self._programs / program), *map(str, arguments)]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)


def new_login_name() -> str:
    """A KAM's login name no other test uses (roles belong to the whole cluster)."""
    return f"kam_{uuid.uuid4().hex[:10]}"
