"""The data folder as a whole: open it, back it up, restore a backup, explore the example.

What the GUI (and the command line) do with the user's data folder, so that neither reaches into
the store: the instance lock, the key and the database file stay behind these calls. They run
on the caller's data thread; the GUI then works with the open ``Session`` through the services.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rijkapp.store import backups as store_backups
from rijkapp.store.backups import Backup
from rijkapp.store.lock import InstanceLock
from rijkapp.store.session import (
    DB_NAME,
    Session,
    key_mode,
    needs_passphrase,
    open_session,
    resolve_key,
)

__all__ = [
    "Backup",
    "Folder",
    "Session",
    "backups",
    "close_example",
    "has_profile",
    "look_at",
    "make_backup",
    "open_data",
    "open_example",
    "reopen",
    "restore_backup",
    "restore_in_place",
]


@dataclass(frozen=True)
class Folder:
    """What start-up needs to know about a data folder before it opens it."""

    needs_passphrase: bool
    key_mode: str | None  # "keyring" or "passphrase"; None for a new folder
    exists: bool  # a database file is there
    has_backups: bool


def look_at(data_dir: Path) -> Folder:
    """How the data in ``data_dir`` is kept, without opening it."""
    return Folder(
        needs_passphrase=needs_passphrase(data_dir),
        key_mode=key_mode(data_dir),
        exists=(data_dir / DB_NAME).exists(),
        has_backups=bool(backups(data_dir)),
    )


def open_data(
    data_dir: Path, *, now: datetime, passphrase: str | None = None, daily_backup: bool = True
) -> Session:
    """Lock, key and open the data folder (creating it when new), with the daily backup."""
    return open_session(data_dir, now=now, passphrase=passphrase, daily_backup=daily_backup)


def has_profile(session: Session) -> bool:
    return session.store.has_profile()


def backups(data_dir: Path) -> list[Backup]:
    """The backups of the data in ``data_dir``, newest first."""
    return store_backups.list_backups(data_dir / DB_NAME)


def make_backup(session: Session, now: datetime) -> Path:
    """A backup the user asked for; returns its file."""
    return session.backup("manual", now)


def restore_backup(data_dir: Path, backup: Path, passphrase: str | None, now: datetime) -> Path:
    """Put ``backup`` in place of the (closed) data; returns where the current file was kept."""
    with InstanceLock(data_dir):
        key, _mode, _new = resolve_key(data_dir, passphrase)
        return store_backups.restore(data_dir / DB_NAME, backup, key, now)


def reopen(closed: Session, now: datetime) -> Session:
    """Open the data of ``closed`` again with the key it was open with (after a restore): the
    keyring is not asked again, so a keyring locked meanwhile cannot keep the user out."""
    return open_session(closed.data_dir, now=now, key=closed.key, daily_backup=False)


def restore_in_place(closed: Session, backup: Path, now: datetime) -> Path:
    """``restore_backup`` for data that was open until just now, with the key it was open with."""
    return store_backups.restore(closed.db_path, backup, closed.key, now)


def open_example(today: date, now: datetime) -> Session:
    """The example employee, made up, in a temporary folder of its own."""
    from rijkapp.services.example import fill_example

    directory = Path(tempfile.mkdtemp(prefix="rijkapp-voorbeeld-"))
    try:
        # Throwaway data: a random passphrase keeps it out of the keyring and encrypted.
        session = open_session(
            directory, now=now, passphrase=secrets.token_urlsafe(24), daily_backup=False
        )
        fill_example(session.store, today)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return session


def close_example(session: Session) -> None:
    """Close the example and remove its folder: nothing of it is kept."""
    session.close()
    shutil.rmtree(session.data_dir, ignore_errors=True)
