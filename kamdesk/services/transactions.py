"""One transaction per use case, with SQLite's errors turned into typed store errors."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.store.database import translated_errors


class Transactions:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """Commit when the block ends, roll back everything when it raises."""
        with translated_errors(self.path), self._sessions.begin() as session:
            yield session
