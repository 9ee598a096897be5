"""One transaction per use case, with SQLite's errors turned into typed store errors.

A process writes to its store one transaction at a time: writers on the GUI thread and on
the worker threads queue on one lock instead of racing for SQLite's, whose busy timeout is
then left to order this process against other programs (the command line, a backup)."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.domain.people import Person
from kamdesk.store.database import READS_ONLY, attached, translated_errors


class _Writer:
    """The store's one writer in this process; a write opened inside another on the same
    thread would wait for itself forever, so it is refused as the bug it is."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None

    def __enter__(self) -> None:
        if self._owner == threading.get_ident():
            raise RuntimeError("a write transaction was opened inside another one")
        self._lock.acquire()
        self._owner = threading.get_ident()

    def __exit__(self, *_: object) -> None:
        self._owner = None
        self._lock.release()


_writers: dict[Path, _Writer] = {}
_writers_guard = threading.Lock()


def _writer_of(path: Path) -> _Writer:
    with _writers_guard:
        return _writers.setdefault(path.resolve(), _Writer())


class Transactions:
    def __init__(
        self, path: Path, engine: Engine, person: Callable[[], Person] = lambda: Person("")
    ) -> None:
        self.path = path
        self.person = person  # who works on the store: histories, the lease, colleagues see it
        self._writer = _writer_of(path)
        self._engine = engine
        self._writes = sessionmaker(engine, expire_on_commit=False)
        self._reads = sessionmaker(
            engine.execution_options(**{READS_ONLY: True}), expire_on_commit=False
        )

    def user(self) -> str:
        return self.person().name

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Commit when the block ends, roll back everything when it raises."""
        with self._writer, translated_errors(self.path), self._writes.begin() as session:
            yield session

    @contextmanager
    def write_beside(self, other: Path) -> Iterator[Session]:
        """A write (see `write`) with another SQLite file attached as `BESIDE`, for
        statements reading it set by set; detached once the transaction has ended."""
        with (
            self._writer,
            translated_errors(self.path),
            self._engine.connect() as connection,
            attached(connection, other),
            Session(connection, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent snapshot that never waits for a writer; a write in it is refused."""
        with translated_errors(self.path), self._reads.begin() as session:
            yield session
