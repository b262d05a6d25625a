"""One Rijkapp per data directory: a second instance is told the app is already open."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from rijkapp.domain.errors import AlreadyOpen
from rijkapp.i18n import N_


class InstanceLock:
    """An exclusive, advisory lock on ``rijkapp.lock`` in the data directory.

    The operating system releases it when the process ends, also after a crash or a kill, so a
    stale lock can never keep the user out.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "rijkapp.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyOpen(
                N_(
                    "Rijkapp is already open with this data ({path}). "
                    "Use that window, or close it first."
                ),
                path=str(self.path.parent),
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
            self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build

    def _lock(fd: int) -> None:
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:

    def _lock(fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
