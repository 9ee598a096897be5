"""One kamdesk window per store. A second start on the same store brings the first window
forward and ends: two windows would each keep their own view of the accounts and undo
history, and each would sync and review the store behind the other's back."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kamdesk.files.location import store_path

LOCK_FILE = "kamdesk.lock"


class SingleInstance(QObject):
    # Another start on this store asked this window to come forward, with the team file it
    # was given to open (None if none).
    started_again = Signal(object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        digest = hashlib.sha256(str(store_path(data_dir).resolve()).encode()).hexdigest()
        self._name = f"kamdesk-{digest[:20]}"
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # only a dead owner (by its pid) makes it stale
        self._server: QLocalServer | None = None

    def claim(self, team_file: Path | None = None) -> bool:
        """True for the first window on this store; a later one wakes the first (handing it
        `team_file`) and gets False. A folder that cannot hold the lock file is left to the
        store to complain of."""
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if not self._lock.tryLock(200):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return True
            self._wake_the_first(team_file)
            return False
        QLocalServer.removeServer(self._name)  # left behind by a crashed first window
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._woken)
        self._server.listen(self._name)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _wake_the_first(self, team_file: Path | None) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(2000):
            socket.write(str(team_file.resolve()).encode() if team_file else b"")
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()

    def _woken(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()
        if connection is None:
            return

        def told() -> None:  # what was written is read once the other start has left
            said = bytes(connection.readAll().data()).decode(errors="replace")
            connection.deleteLater()
            self.started_again.emit(Path(said) if said else None)

        connection.disconnected.connect(told)
