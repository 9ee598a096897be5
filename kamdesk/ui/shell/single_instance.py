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
    started_again = Signal()  # another start on this store asked this window to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        digest = hashlib.sha256(str(store_path(data_dir).resolve()).encode()).hexdigest()
        self._name = f"kamdesk-{digest[:20]}"
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # only a dead owner (by its pid) makes it stale
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True for the first window on this store; a later one wakes the first and gets
        False. A folder that cannot hold the lock file is left to the store to complain of."""
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if not self._lock.tryLock(200):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return True
            self._wake_the_first()
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

    def _wake_the_first(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(2000):
            socket.write(b"forward")
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()

    def _woken(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()
        if connection is not None:
            connection.disconnected.connect(connection.deleteLater)
        self.started_again.emit()
