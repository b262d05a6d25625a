"""Files the user asked for (a talk PDF, an export, a calendar): written whole, or not at all.

And, for every write that fails (these, and the store's), why in words a user understands: the
operating system and SQLite say "No space left on device" or "disk I/O error" in English.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from rijkapp.domain.errors import FileNotWritten
from rijkapp.i18n import N_
from rijkapp.message import Message

_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_whole(target: Path, data: bytes) -> None:
    """Write ``data`` next to ``target`` first, on the disk, then move it in place: a file that
    was there stays until the new one is complete, and a failure leaves no half file."""
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        why, todo = cause(exc, target.parent)
        raise FileNotWritten(
            N_("The file {path} was not written: {cause}. {todo}"),
            path=str(target),
            cause=why,
            todo=todo,
        ) from exc


def cause(exc: BaseException, folder: Path) -> tuple[Message, Message]:
    """Why writing in ``folder`` failed, and what the user can do about it."""
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if number in _FULL or "full" in text:
        return Message(N_("the disk is full")), Message(
            N_("Make room on the disk, then try again.")
        )
    if number in _DENIED or "readonly" in text or "permission" in text or _closed(folder):
        return (
            Message(N_("Rijkapp may not write in {folder}"), folder=str(folder)),
            Message(N_("Give yourself permission to write in that folder, then try again.")),
        )
    # SQLite says no more than "disk I/O error" (a full disk under a size limit looks so too).
    return (
        Message(N_("writing to the disk failed")),
        Message(N_("Check the disk (is it still connected, is there room?), then try again.")),
    )


def _closed(folder: Path) -> bool:
    """A folder that is there but that Rijkapp may not write in (SQLite only says it cannot
    open a file there)."""
    return folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK)
