"""When the disk says no: why a write failed, in words a user understands, and what to do.

SQLite and the operating system report a full disk, a folder Rijkapp may not write in, or a
disk that is gone as ``OperationalError`` or ``OSError`` with an English text. The store turns
them into a :class:`~rijkapp.domain.errors.StoreError` with a Dutch (or English) message that
names what failed and what to do, so that no such error reaches a user as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from rijkapp.domain.errors import BackupFailed, WriteFailed
from rijkapp.files import cause
from rijkapp.i18n import N_


def is_environment(exc: BaseException) -> bool:
    """True for the failures that come from the disk or the folder, not from a bug."""
    if isinstance(exc, OSError):
        return True
    try:
        from sqlcipher3 import dbapi2 as sqlcipher
    except ImportError:  # pragma: no cover - the store needs sqlcipher3 anyway
        return False
    return isinstance(exc, sqlcipher.OperationalError)


def write_failed(exc: BaseException, db_path: Path) -> WriteFailed:
    why, todo = cause(exc, db_path.parent)
    return WriteFailed(
        N_("Your change was not saved: {cause}. Your data is as it was before. {todo}"),
        cause=why,
        todo=todo,
    )


def backup_failed(exc: BaseException, folder: Path) -> BackupFailed:
    why, todo = cause(exc, folder)
    return BackupFailed(
        N_("The backup was not made: {cause}. Your data has not changed. {todo}"),
        cause=why,
        todo=todo,
    )
