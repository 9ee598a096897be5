"""The local working copy of the team's shared file: copied in from the share (or made new),
checked, read by the rows a sync asks for, and updated in place with the rows a sync changed.
Every write gives the rows it writes the next sequence number and records itself (number and
a random id) in the file, so that a device which remembers the write it last merged reads only
the rows written after it."""

import hashlib
import json
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.domain.errors import (
    SharedFileCorrupt,
    SharedFileForeign,
    SharedFileTooNew,
)
from kamdesk.domain.people import Person
from kamdesk.domain.sync.plan import Key
from kamdesk.domain.sync.rows import WRITES_KEPT, Texts
from kamdesk.files import file_envelope, file_seal
from kamdesk.files.file_envelope import EnvelopeDamaged
from kamdesk.files.location import scratch_folder
from kamdesk.files.shared_lock import Identity, Relock, Unlock, copied_in

APPLICATION_ID = 0x6B616D64  # "kamd"
# 3: rows carry the sequence number of the write that last changed them, the file lists its
# writes and notices for devices (a conflict a colleague lost), a seal replaces the rows'
# digest (older kamdesks would rebuild the file without any of it).
# 2: a row's stamps name a default; its minor 1 adds the people. Both are read and upgraded.
FORMAT_MAJOR, FORMAT_MINOR = 3, 0
_BATCH = 500  # keys per statement, well below SQLite's limit of bound values
UPSERT_ROW = (  # a row new or changed, with the number of the write that brings it
    "INSERT INTO rows (table_name, id, data, stamps, tombstone, seq) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, id) DO UPDATE SET "
    "data = excluded.data, stamps = excluded.stamps, "
    "tombstone = excluded.tombstone, seq = excluded.seq"
)


@dataclass(frozen=True)
class Seen:
    """A write of the shared file, as a device remembers the last one it merged."""

    seq: int = 0
    write: str = ""


@dataclass(frozen=True)
class Selected:
    """Rows for the file from another database file, attached under `name` while the SELECT
    statements (of table, id, data, stamps, tombstone; each with the `values` given) run."""

    source: Path
    name: str
    statements: list[str]
    values: tuple[object, ...] = ()


@dataclass
class SharedCopy:
    """Open while a sync runs; `shown` is the share's file as the user knows it."""

    connection: sqlite3.Connection
    local: Path
    shown: Path
    team: str
    devices: dict[str, str] = field(default_factory=dict)  # device: newest stamp it wrote
    people: dict[str, Person] = field(default_factory=dict)  # device: who works on it
    digest: str = ""  # of the file as copied in ("" for a new one)
    identity: Identity | None = None  # of the file as copied in
    format: tuple[int, int] = (FORMAT_MAJOR, FORMAT_MINOR)
    last: Seen = field(default_factory=Seen)
    backup: str = ""  # the last good file, for a refusal to name
    relock: Relock = field(default_factory=Relock)  # as read: plain or encrypted
    _rows_digest: str | None = None  # format 2 kept one over every row
    held: bool = False  # a write stays open until `settle` (the team server's mirror)

    def changed_since(self, seen: Seen) -> set[Key] | None:
        """The rows written after the write `seen`; None when this file does not descend
        from it (another file, a restored backup, a file of format 2, too long ago)."""
        if self.format[0] < 3 or not seen.write:
            return None
        with self._damaged():
            row = self.connection.execute(
                "SELECT id FROM writes WHERE seq = ?", (seen.seq,)
            ).fetchone()
            if row is None or row[0] != seen.write:
                return None
            found = self.connection.execute(
                "SELECT table_name, id FROM rows WHERE seq > ?", (seen.seq,)
            ).fetchall()
        return {Key(t, i) for t, i in found}

    def texts(self, keys: Iterable[Key]) -> dict[Key, Texts]:
        by_table: dict[str, list[str]] = {}
        for key in keys:
            by_table.setdefault(key.table, []).append(key.row_id)
        found = {}
        with self._damaged():
            for table, ids in by_table.items():
                for start in range(0, len(ids), _BATCH):
                    batch = ids[start : start + _BATCH]
                    marks = ", ".join("?" for _ in batch)
                    for row_id, *texts in self.connection.execute(
                        "SELECT id, data, stamps, tombstone FROM rows "
                        f"WHERE table_name = ? AND id IN ({marks})",
                        (table, *batch),
                    ):
                        found[Key(table, row_id)] = Texts(*texts)
        return found

    def all_texts(self) -> dict[Key, Texts]:
        with self._damaged():
            found = self.connection.execute(
                "SELECT table_name, id, data, stamps, tombstone FROM rows"
            ).fetchall()
        rows = {Key(t, i): Texts(d, s, dead) for t, i, d, s, dead in found}
        if self._rows_digest is not None and self._rows_digest != _rows_digest(rows):
            raise SharedFileCorrupt(self.shown, self.backup)  # a flipped bit in a value
        return rows

    def notices_for(self, device: str) -> list[str]:
        """What other devices left for this one to know (as JSON texts)."""
        if self.format[0] < 3:
            return []
        with self._damaged():
            found = self.connection.execute(
                "SELECT text FROM notices WHERE device = ? ORDER BY seq, key", (device,)
            )
            return [str(text) for (text,) in found]

    def is_empty(self) -> bool:
        with self._damaged():
            return self.connection.execute("SELECT 1 FROM rows LIMIT 1").fetchone() is None

    def counts(self) -> dict[str, int]:
        """The rows by table."""
        with self._damaged():
            found = self.connection.execute(
                "SELECT table_name, count(*) FROM rows GROUP BY table_name"
            )
            return {str(table): int(count) for table, count in found}

    def put(
        self,
        rows: Mapping[Key, Texts],
        devices: Mapping[str, str],
        people: Mapping[str, Person],
        selected: "Selected | None" = None,
        notices: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        """Write the rows (new or changed) as the next write, with who wrote so far; the
        rows `selected` from another database file, set by set; and notices for other devices
        (by device and key), kept as long as the writes are."""
        seen = Seen(self.last.seq + 1, uuid.uuid4().hex)
        with self._damaged():
            self.connection.execute("BEGIN")
            try:
                self._written(seen, rows, devices, people, selected, notices)
            except BaseException:
                self.settle(kept=False)
                raise
            if not self.held:
                self.settle(kept=True)
        self.devices, self.people = dict(devices), dict(people)
        self.format, self.last, self._rows_digest = (FORMAT_MAJOR, FORMAT_MINOR), seen, None

    def settle(self, *, kept: bool) -> None:
        """End the write `put` began: kept, or undone (a held write the team server did not
        take); a database attached for it is detached then."""
        with self._damaged():
            if self.connection.in_transaction:
                self.connection.execute("COMMIT" if kept else "ROLLBACK")
            attached = {row[1] for row in self.connection.execute("PRAGMA database_list")}
            for name in attached - {"main", "temp"}:
                self.connection.execute(f"DETACH DATABASE {name}")

    def _written(
        self,
        seen: Seen,
        rows: Mapping[Key, Texts],
        devices: Mapping[str, str],
        people: Mapping[str, Person],
        selected: "Selected | None",
        notices: Mapping[tuple[str, str], str] | None,
    ) -> None:
        if self.format[0] < 3:
            upgrade(self.connection)
        if selected is not None:
            self.connection.execute(
                f"ATTACH DATABASE ? AS {selected.name}", (str(selected.source),)
            )
            for statement in selected.statements:
                self.connection.execute(
                    "INSERT INTO rows (table_name, id, data, stamps, tombstone, seq) "
                    f"SELECT *, {seen.seq} FROM ({statement}) ORDER BY 1, 2",
                    selected.values,
                )
        self.connection.executemany(
            UPSERT_ROW, ((*key, *texts, seen.seq) for key, texts in rows.items())
        )
        self.connection.executemany(
            "INSERT OR IGNORE INTO notices VALUES (?, ?, ?, ?)",
            ((*key, text, seen.seq) for key, text in (notices or {}).items()),
        )
        self.connection.execute("INSERT INTO writes VALUES (?, ?)", (seen.seq, seen.write))
        for table in ("writes", "notices"):
            self.connection.execute(
                f"DELETE FROM {table} WHERE seq <= ?", (seen.seq - WRITES_KEPT,)
            )
        set_meta(self.connection, self.team, devices, people)
        self.connection.execute("DELETE FROM seal")
        self.connection.execute("INSERT INTO seal VALUES (?)", (file_seal.BLANK.decode(),))

    def write_to(self, target: Path) -> str:
        """The copy as the share keeps it written to `target`: sealed, or encrypted (which
        authenticates every byte); the digest that names this write."""
        if self.relock.lock is None:
            digest = self.seal()
            shutil.copyfile(self.local, target)
            return digest
        return file_envelope.encrypt(self.local, target, self.relock.lock, self.relock.key)

    def written_in(self, target: Path, digest: str) -> bool:
        """Whether `target` holds every byte of the write `digest` names."""
        if self.relock.lock is None:
            return file_seal.digest(target) == (digest, True)
        try:
            return file_envelope.decrypt(target, None, lambda _lock: self.relock.key) == digest
        except EnvelopeDamaged:
            return False

    def seal(self) -> str:
        """Seal the copy as written; its digest."""
        with self._damaged():
            size = self.connection.execute("PRAGMA page_size").fetchone()[0]
            (page,) = self.connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'seal'"
            ).fetchone()
        return file_seal.seal(self.local, ((page - 1) * size, page * size))

    @contextmanager
    def _damaged(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise SharedFileCorrupt(self.shown, self.backup) from error


@contextmanager
def opened(
    path: Path, team: str | None, backup: str = "", unlock: Unlock | None = None
) -> Iterator[SharedCopy]:
    """The share's file, copied into kamdesk's scratch folder (decrypted with the key
    `unlock` gives, if it is encrypted) and checked. A file of a newer major format, of
    another team, not whole or not readable is refused (naming `backup`, the last good
    file, if it is damaged)."""
    with tempfile.TemporaryDirectory(dir=scratch_folder()) as folder:
        local = Path(folder) / "shared.sqlite3"
        identity, relock, encrypted = copied_in(path, local, backup, unlock)
        try:
            connection = connect(local)
        # A damaged schema can come back inside SQLite's error message, undecodable.
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            raise SharedFileCorrupt(path, backup) from error
        with closing(connection):
            # Decrypted, every byte is authentic: what a key holder's kamdesk wrote.
            digest, sealed = (encrypted, True) if encrypted else file_seal.digest(local)
            try:
                copy = checked(connection, local, path, team, sealed)
            except (sqlite3.DatabaseError, ValueError, TypeError, LookupError) as error:
                raise SharedFileCorrupt(path, backup) from error
            if copy.format[0] >= 3 and not sealed:  # a byte changed since it was written
                raise SharedFileCorrupt(path, backup)
            copy.digest, copy.identity, copy.backup = digest, identity, backup
            copy.relock = relock
            yield copy


@contextmanager
def new(path: Path, team: str, relock: Relock | None = None) -> Iterator[SharedCopy]:
    """An empty shared file of the team, made locally, to take `path`'s place (encrypted
    as `relock` says)."""
    with tempfile.TemporaryDirectory(dir=scratch_folder()) as folder:
        local = Path(folder) / "shared.sqlite3"
        with closing(connect(local)) as connection:
            made(connection, team)
            yield SharedCopy(connection, local, path, team, relock=relock or Relock())


def made(connection: sqlite3.Connection, team: str) -> None:
    """The tables of an empty shared file of the team, in a new database."""
    with connection:
        connection.execute("BEGIN")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute(
            "CREATE TABLE rows (table_name TEXT, id TEXT, data TEXT, stamps TEXT, "
            "tombstone TEXT, PRIMARY KEY (table_name, id))"
        )
        upgrade(connection)
        set_meta(connection, team, {}, {})


def connect(local: Path) -> sqlite3.Connection:
    """A scratch file nobody else opens: no journal on disk, no waiting for the disk."""
    connection = sqlite3.connect(local, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = MEMORY")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA secure_delete = ON")  # no stale seal left in a page
        connection.execute("PRAGMA cache_size = -65536")  # 64 MiB: a first sync's index fits
    except BaseException:
        connection.close()
        raise
    return connection


def upgrade(connection: sqlite3.Connection) -> None:
    """Format 2 to 3, in the caller's transaction: every row counts as written before."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(rows)")}
    if "seq" not in columns:
        connection.execute("ALTER TABLE rows ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
    connection.execute("CREATE INDEX IF NOT EXISTS rows_by_seq ON rows (seq)")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS writes (seq INTEGER PRIMARY KEY, id TEXT NOT NULL)"
    )
    connection.execute("CREATE TABLE IF NOT EXISTS seal (value TEXT NOT NULL)")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS notices (device TEXT, key TEXT, text TEXT NOT NULL, "
        "seq INTEGER NOT NULL, PRIMARY KEY (device, key))"
    )
    connection.execute("DELETE FROM meta WHERE key = 'rows_sha256'")
    connection.execute(f"PRAGMA user_version = {FORMAT_MAJOR}")


def set_meta(
    connection: sqlite3.Connection,
    team: str,
    devices: Mapping[str, str],
    people: Mapping[str, Person],
) -> None:
    meta = {
        "format": json.dumps([FORMAT_MAJOR, FORMAT_MINOR]),
        "team": team,
        "devices": json.dumps(dict(devices), sort_keys=True),
        "people": json.dumps({d: [p.name, p.initials] for d, p in people.items()}, sort_keys=True),
    }
    connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())


def checked(
    connection: sqlite3.Connection, local: Path, shown: Path, team: str | None, sealed: bool
) -> SharedCopy:
    """Refuse what is not a whole kamdesk shared file of this team (naming the file as the
    user knows it, not the local copy). A sealed file is byte for byte what SQLite wrote
    for a kamdesk; only an unsealed one (format 2) has its structure checked."""
    if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise ValueError("not a kamdesk shared file")
    if not sealed and [row[0] for row in connection.execute("PRAGMA quick_check")] != ["ok"]:
        raise ValueError("damaged")
    meta = {str(k): str(v) for k, v in connection.execute("SELECT key, value FROM meta")}
    major, minor = (int(part) for part in json.loads(meta.get("format", "[0, 0]")))
    if major > FORMAT_MAJOR:
        raise SharedFileTooNew(shown, str(major))
    found = meta.get("team", "")
    if team is not None and found != team:
        raise SharedFileForeign(shown, found)
    copy = SharedCopy(
        connection,
        local,
        shown,
        found,
        dict(json.loads(meta.get("devices", "{}"))),
        {
            device: Person(str(name), str(initials))
            for device, (name, initials) in json.loads(meta.get("people", "{}")).items()
        },
        format=(major, minor),
        _rows_digest=meta.get("rows_sha256"),
    )
    if major >= 3:
        last = connection.execute("SELECT seq, id FROM writes ORDER BY seq DESC LIMIT 1").fetchone()
        copy.last = Seen(*last) if last else Seen()
    return copy


def _rows_digest(rows: Mapping[Key, Texts]) -> str:
    """Format 2's digest: over every part of every row in key order, each part followed by
    a zero byte."""
    digest = hashlib.sha256()
    for key in sorted(rows):
        digest.update("\0".join((*key, *rows[key], "")).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
