"""One Pregão per data folder.

The first start holds a QLockFile (`pregao.lock`) in the data folder and listens on a local
socket named after the folder. A second start with the same folder cannot take the lock: it
asks the first, over that socket, to bring its window forward, says so on stderr and exits
(ALREADY_RUNNING), before its engine opens anything. So two processes never write one
journal, and "Start fresh" can never move aside a database another Pregão has open.

A lock left by a Pregão that crashed is stale (its process is gone) and is taken over. A
folder where no lock file can be made (read-only, full) does not stop the start: the
database check then names that problem.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)

LOCK_NAME = "pregao.lock"
ALREADY_RUNNING = 3
SHOW = b"show\n"
CONNECT_MS = 2000


class SingleInstance:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        key = hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]
        self.server_name = f"pregao-{key}"
        self._lock = QLockFile(str(folder / LOCK_NAME))
        # 0: never stale by age, only when its process is gone (QLockFile checks the PID).
        self._lock.setStaleLockTime(0)
        self._server = None

    def acquire(self) -> bool:
        """True: this is the only Pregão on the folder (or no lock can be made there)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if self._lock.tryLock(100):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def ask_first_to_show(self) -> bool:
        """Ask the Pregão holding the lock to bring its window forward; True if it heard."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(SHOW)
        sent = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return sent

    def listen(self, show: Callable[[], None]) -> None:
        """Bring the window forward (`show`) whenever another start asks."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.server_name)  # a socket file left by a crash
        server = QLocalServer()
        if not server.listen(self.server_name):
            log.warning("Another start of Pregão cannot reach this window: %s",
                        server.errorString())
            return

        def connected() -> None:
            while server.hasPendingConnections():
                peer = server.nextPendingConnection()
                peer.readyRead.connect(lambda p=peer: _read(p))
                peer.disconnected.connect(peer.deleteLater)

        def _read(peer) -> None:
            if bytes(peer.readAll()).startswith(SHOW.strip()):
                log.info("Pregão was started again with this data folder: window brought "
                         "forward")
                show()

        server.newConnection.connect(connected)
        self._server = server
        log.info("Listening for other starts of Pregão on %s", self.folder)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def already_running_message(folder: Path, shown: bool) -> str:
    forward = ("its window was brought forward" if shown
               else "switch to its window")
    return f"pregao: Pregão is already running with the data folder {folder}; {forward}."
