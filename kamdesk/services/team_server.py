"""A sync's link to the team server: the laptop's mirror brought up to the server's last
write (only what was written since), and the sync's own write sent in one transaction that
the server takes only on top of the write the sync merged with. The merge in between is the
shared file's own (`services/sync_merge.py`): one merge, two ways to reach the team."""

import dataclasses
import hashlib
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection

from kamdesk.domain.errors import TeamServerForeign
from kamdesk.domain.people import Person
from kamdesk.domain.sync.team_server import Head, TeamServer
from kamdesk.files import server_mirror, shared_file, team_keyring
from kamdesk.files.crash_points import crash_point
from kamdesk.files.shared_copy import Seen, SharedCopy
from kamdesk.files.shared_lock import Unlock
from kamdesk.services.sync_report import SyncProgress, SyncStep
from kamdesk.store import team_server
from kamdesk.store.team_server import Row, server_engine, translated


class ServerPasswords:
    """Team server passwords: typed this session, or kept in the system keyring where the
    user asked for that; never in kamdesk's settings. Without either, PostgreSQL's own
    password file or $PGPASSWORD serve."""

    def __init__(self) -> None:
        self._typed: dict[str, str] = {}  # by the server's address

    def set(self, server: TeamServer, password: str, *, remember: bool) -> bool:
        """The password for this session, and kept (or forgotten) as `remember` says;
        False where it was to be kept but there is no keyring (kept for this session)."""
        self._typed[server.url] = password
        kept = team_keyring.keep_server_password(server.url, password if remember else "")
        return kept or not remember

    def given(self, server: TeamServer) -> TeamServer:
        """The server with its password, where one is known."""
        if server.password:
            return server
        password = self._typed.get(server.url) or team_keyring.server_password(server.url)
        return dataclasses.replace(server, password=password) if password else server

    def kept(self, server: TeamServer) -> bool:
        return bool(team_keyring.server_password(server.url))


def mirror_of(store: Path, server: TeamServer) -> Path:
    """Where this store keeps its mirror of the server: beside it, one per server."""
    name = hashlib.sha256(server.url.encode()).hexdigest()[:16]
    return store.with_name("team-server") / f"{name}.sqlite3"


class ServerLink:
    def __init__(self, server: TeamServer, mirror: Path) -> None:
        self.server = server
        self._mirror = mirror
        self._engine = server_engine(server)
        self._pulled: tuple[dict[str, str], dict[str, Person]] = ({}, {})

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def mirrored(self, team: str | None, progress: SyncProgress) -> Iterator[SharedCopy]:
        """The mirror, up to the server's last write; refused where the server belongs to
        another team than `team` (None: any)."""
        with server_mirror.mirrored(self._mirror) as copy:
            self._brought_up(copy, team, progress)
            self._pulled = (dict(copy.devices), dict(copy.people))
            yield copy

    def forget_mirror(self) -> None:
        server_mirror.forget(self._mirror)

    def _brought_up(self, copy: SharedCopy, team: str | None, progress: SyncProgress) -> None:
        with (
            translated(self.server),
            self._engine.connect().execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            ) as connection,
            connection.begin(),
        ):
            head = team_server.checked(connection, self.server)
            if team is not None and head.team != team:
                raise TeamServerForeign(self.server.shown, head.team)
            anew = copy.team != head.team or copy.last.seq > head.seq
            if not anew and copy.last.seq:  # a server restored or made anew since
                anew = team_server.write_id(connection, copy.last.seq) != copy.last.write
            if not anew and copy.last.seq == head.seq:
                return
            since = 0 if anew else copy.last.seq
            devices = {d: (s, p) for d, s, p in team_server.devices_after(connection, since)}
            server_mirror.received(
                copy,
                head.team,
                Seen(head.seq, head.write),
                _counted(team_server.rows_after(connection, since), progress),
                team_server.writes_after(connection, since),
                team_server.notices_after(connection, since),
                devices,
                anew=anew,
            )

    def publish(self, copy: SharedCopy) -> bool:
        """The copy's held write sent to the server and kept in the mirror; False (the
        write undone in the mirror) when a colleague wrote to the server since it was read."""
        devices, people = self._pulled
        changed = [
            (device, stamp, copy.people.get(device, Person("")))
            for device, stamp in copy.devices.items()
            if devices.get(device) != stamp or people.get(device) != copy.people.get(device)
        ]
        try:
            with translated(self.server), self._engine.begin() as connection:
                taken = team_server.write(
                    connection,
                    self.server,
                    copy.last.seq - 1,  # a write is numbered one after the one it follows
                    (copy.last.seq, copy.last.write),
                    server_mirror.written(copy),
                    server_mirror.written_notices(copy),
                    changed,
                )
                crash_point("copied")
        except BaseException:
            copy.settle(kept=False)
            raise
        crash_point("replaced")
        copy.settle(kept=taken)
        return taken


def _counted(batches: Iterable[list[Row]], progress: SyncProgress) -> Iterator[list[Row]]:
    received = 0
    for batch in batches:
        received += len(batch)
        progress(SyncStep.READING, received)
        yield batch


def init_server(server: TeamServer, team: str = "") -> Head:
    """The server's schema made or upgraded, for `team` (or a new team): what the IT
    department runs once, as the database's owner."""
    return _on(server, lambda connection: team_server.init(connection, server, team))


def check_server(server: TeamServer) -> Head:
    """The server's team and last write, where it is ready for this kamdesk."""
    return _on(server, lambda connection: team_server.checked(connection, server))


def import_file(path: Path, server: TeamServer, unlock: Unlock) -> int:
    """The team's shared file moved onto a server nobody wrote to yet, as one write: every
    row with its stamps and tombstone, who works on which device, the notices; the team
    stays the file's, so its laptops sync on with the server. The number of rows moved."""
    with shared_file.opened(path, None, unlock) as copy:
        devices = [(d, s, copy.people.get(d, Person(""))) for d, s in copy.devices.items()]

        def moved(connection: Connection) -> Head:
            team_server.take_team(connection, server, copy.team)
            team_server.write(
                connection,
                server,
                0,
                (1, uuid.uuid4().hex),
                server_mirror.written(copy, every=True),
                server_mirror.written_notices(copy, every=True),
                devices,
            )
            return team_server.head(connection, server)

        _on(server, moved)
        return sum(copy.counts().values())


def _on(server: TeamServer, work: Callable[[Connection], Head]) -> Head:
    engine = server_engine(server)
    try:
        with translated(server), engine.begin() as connection:
            return work(connection)
    finally:
        engine.dispose()
