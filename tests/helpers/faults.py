"""Faults made on purpose for the tests: a full disk, a locked keyring, a read-only folder.

- A full disk is a file size limit (RLIMIT_FSIZE), which needs no root and no small file
  system: a write past the limit fails as on a full disk (SQLite calls it an I/O error).
  ``size_limit`` is for a child process (``preexec_fn``), ``disk_full_after`` for this one.
- A locked keyring answers every question with ``KeyringLocked``.
- A read-only folder is a folder without write permission. Root may write anywhere, so as root
  a command runs under ``setpriv`` without the capabilities that pass over permissions.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from keyring.errors import KeyringLocked

from tests.helpers.memory_keyring import MemoryKeyring


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but locked: every question is refused."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")


def size_limit(room: int) -> Callable[[], None]:
    """For ``preexec_fn``: no file of the child may grow past ``room`` bytes."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, resource.RLIM_INFINITY))

    return apply


@contextmanager
def disk_full_after(room: int) -> Iterator[None]:
    """No file of this process may grow past ``room`` bytes while the block runs."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead test
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def bound_by_permissions() -> tuple[str, ...]:
    """A command prefix under which file permissions count: nothing, or as root ``setpriv``
    without the capabilities that pass over them."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("as root, a read-only folder needs setpriv (util-linux)")
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner")
