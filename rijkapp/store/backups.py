"""Backups with SQLite's backup API (never a file copy of a live database).

They live in ``backups/`` beside the database, encrypted with the same key: before every
migration, at most once a day at start, and on request. The newest ten are kept. A restore
keeps the current file aside; it never deletes it.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rijkapp.domain.errors import StoreError
from rijkapp.i18n import N_
from rijkapp.store import failures
from rijkapp.store.database import Database, connect, verify
from rijkapp.store.keys import DatabaseKey

KEEP = 10
PARTIAL = ".partial"  # a backup being written; renamed to its final name once complete
_NAME = re.compile(r"^rijkapp-(\d{8}-\d{6}(?:-\d+)?)-([a-z]+)\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str  # daily, migration, manual, restore


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Backup]:
    """Backups of this database, newest first."""
    found = []
    directory = backup_dir(db_path)
    if not directory.is_dir():
        return []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match:
            stamp = match.group(1)[:15]
            found.append(Backup(path, datetime.strptime(stamp, "%Y%m%d-%H%M%S"), match.group(2)))  # noqa: DTZ007 - local time, by design
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def _copy(source_conn: object, target: Path, key: DatabaseKey) -> None:
    conn = connect(target, key)
    try:
        source_conn.backup(conn)  # type: ignore[attr-defined]
    finally:
        conn.close()


@dataclass(frozen=True)
class Copy:
    """A backup written next to its final name (``partial``), not yet a backup."""

    db: Database
    partial: Path
    target: Path


def make_backup(db: Database, key: DatabaseKey, reason: str, now: datetime) -> Path:
    """Back up the open ``db`` as of now; a failure raises BackupFailed and leaves no half file."""
    return put_in_place(copy_aside(db, key, reason, now))


def copy_aside(db: Database, key: DatabaseKey, reason: str, now: datetime) -> Copy:
    """The first half of a backup: ``db`` as of now, copied next to its final name. Only the
    copy reads ``db`` meanwhile; it may run in a thread of its own."""
    directory = backup_dir(db.path)
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = directory / f"rijkapp-{stamp}-{reason}.db"
        counter = 1
        while target.exists():
            target = directory / f"rijkapp-{stamp}-{counter}-{reason}.db"
            counter += 1
        remove_partials(directory)  # what a backup cut off earlier left (the lock keeps us alone)
        partial = target.with_suffix(PARTIAL)
        try:
            _copy(db.conn, partial, key)
            partial.chmod(0o600)
        except BaseException:
            with contextlib.suppress(OSError):
                remove_partials(directory)  # a full disk, a folder gone read-only: no half file
            raise
    except Exception as exc:
        if failures.is_environment(exc):
            raise failures.backup_failed(exc, directory) from exc
        raise
    return Copy(db, partial, target)


def put_in_place(copy: Copy) -> Path:
    """The second half: the copy becomes a backup under its final name (a half-written one never
    looks like a backup); the oldest beyond the newest ten go."""
    try:
        copy.partial.replace(copy.target)
    except Exception as exc:
        discard(copy)
        if failures.is_environment(exc):
            raise failures.backup_failed(exc, copy.target.parent) from exc
        raise
    with contextlib.suppress(OSError):  # the backup is made; an old one left over is no harm
        prune(copy.db.path, spare=copy.target)
    return copy.target


def discard(copy: Copy) -> None:
    """A copy that is not wanted after all (the import it was for was refused)."""
    with contextlib.suppress(OSError):
        remove_partials(copy.partial.parent)


def remove_partials(directory: Path) -> None:
    """Remove half-written backups (and SQLite's journal beside one) from ``directory``."""
    for path in directory.glob(f"rijkapp-*{PARTIAL}*"):
        path.unlink(missing_ok=True)


def prune(db_path: Path, keep: int = KEEP, spare: Path | None = None) -> None:
    """Keep the newest ``keep`` backups by the time in their names, and always ``spare`` (the
    one just made: with the clock set back it would be the oldest, and it holds the latest)."""
    others = [b for b in list_backups(db_path) if b.path != spare]
    for old in others[keep - (spare is not None) :]:
        old.path.unlink(missing_ok=True)


def daily_backup_due(db_path: Path, now: datetime) -> bool:
    return not any(b.made_at.date() == now.date() for b in list_backups(db_path))


def restore(db_path: Path, backup: Path, key: DatabaseKey, now: datetime) -> Path:
    """Put ``backup`` in place of the database; returns where the current file was kept.

    The database must be closed. The backup is checked first; if it does not open, nothing
    changes.
    """
    check = verify(backup, key)  # raises with a plain message when the backup is unusable
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StoreError(
                N_("The backup {path} is damaged and was not restored."), path=str(backup)
            )
        stamp = now.strftime("%Y%m%d-%H%M%S")
        aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
        if db_path.exists():
            db_path.replace(aside)
            for suffix in ("-wal", "-shm"):
                companion = db_path.with_name(db_path.name + suffix)
                if companion.exists():
                    companion.replace(aside.with_name(aside.name + suffix))
        partial = db_path.with_name(db_path.name + ".restoring")
        partial.unlink(missing_ok=True)
        _copy(check, partial, key)
        partial.replace(db_path)
    finally:
        check.close()
    return aside
