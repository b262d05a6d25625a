"""Open, key, check and migrate the encrypted database file.

A file that does not open is never written to: the key is tried and the contents checked
before anything (journal mode, migrations) can change a byte.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rijkapp.domain.errors import (
    DatabaseTooNew,
    DataFileMoved,
    NotARijkappDatabase,
    StoreError,
    WrongKeyOrDamaged,
)
from rijkapp.i18n import N_
from rijkapp.store import failures, schema
from rijkapp.store.keys import DatabaseKey

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def connect(path: Path, key: DatabaseKey) -> Any:
    """A raw SQLCipher connection with the key applied (nothing checked or written yet)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    with contextlib.suppress(sqlcipher.DatabaseError):
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to report
    conn.execute(key.pragma())
    return conn


def _looks_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == PLAIN_SQLITE_HEADER


def verify(path: Path, key: DatabaseKey) -> Any:
    """Open ``path`` with ``key`` and check it is a Rijkapp database, touching nothing.

    Returns the open connection. Raises a StoreError with a plain message otherwise.
    """
    from sqlcipher3 import dbapi2 as sqlcipher

    if path.exists() and path.stat().st_size > 0 and _looks_plain_sqlite(path):
        raise NotARijkappDatabase(
            N_("{path} is an unencrypted SQLite file, not a Rijkapp data file."), path=str(path)
        )
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher.DatabaseError:
        conn.close()
        raise WrongKeyOrDamaged(
            N_(
                "The data file {path} cannot be opened: the key does not fit or the file is "
                "damaged. The file has not been changed."
            ),
            path=str(path),
        ) from None
    if application_id != schema.APPLICATION_ID and not (application_id == 0 and version == 0):
        conn.close()
        raise NotARijkappDatabase(
            N_("{path} is not a Rijkapp data file. The file has not been changed."), path=str(path)
        )
    if version > schema.LATEST_VERSION:
        conn.close()
        raise DatabaseTooNew(
            N_(
                "This data file was written by a newer version of Rijkapp (schema {found}; this "
                "version knows up to {known}). Update Rijkapp to open it. The file has not been "
                "changed."
            ),
            found=version,
            known=schema.LATEST_VERSION,
        )
    return conn


class Database:
    """An open, checked, migrated Rijkapp database."""

    def __init__(self, path: Path, conn: Any) -> None:
        self.path = path
        self.conn = conn
        self._identity = _identity(path)
        # What to raise when the file was deleted or replaced under us; the session sets one
        # that first keeps what this connection still has in a backup.
        self.when_moved: Callable[[], StoreError] = lambda: DataFileMoved(
            N_(
                "The data file {path} was deleted or replaced while Rijkapp was open, so your "
                "change was not saved. Close Rijkapp and start it again."
            ),
            path=str(path),
        )

    @classmethod
    def open(
        cls,
        path: Path,
        key: DatabaseKey,
        *,
        before_migration: Callable[[Database], object] | None = None,
    ) -> Database:
        """Open (or create, when ``path`` does not exist) and bring the schema up to date.

        ``before_migration`` is called with the database still at its old version, before the
        first migration of an existing file: that is where the backup is made.
        """
        conn = verify(path, key)
        db = cls(path, conn)
        conn.execute("PRAGMA journal_mode = WAL")
        db._identity = _identity(path)  # a new file exists from here on
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        version = db.version
        if version < schema.LATEST_VERSION:
            if version > 0 and before_migration is not None:
                before_migration(db)
            db._migrate(version)
        return db

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, version: int) -> None:
        for number in range(version + 1, schema.LATEST_VERSION + 1):
            with self.transaction():
                for statement in schema.statements(schema.MIGRATIONS[number - 1]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                self.conn.execute(f"PRAGMA user_version = {number}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One transaction: all of it is written, or none of it. Nested calls join the outer one."""
        if self.conn.in_transaction:
            yield self.conn
            return
        if not self.in_place():
            raise self.when_moved()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self._roll_back()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._roll_back()
                raise
        except Exception as exc:
            if failures.is_environment(exc):
                raise failures.write_failed(exc, self.path) from exc
            raise

    def _roll_back(self) -> None:
        # SQLite may have rolled back itself (a full disk, an I/O error): then there is nothing
        # left to roll back, and the first error is the one to report.
        if self.conn.in_transaction:
            with contextlib.suppress(Exception):
                self.conn.execute("ROLLBACK")

    def in_place(self) -> bool:
        """False once the file was deleted, or replaced by another, after it was opened."""
        return _identity(self.path) == self._identity

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), or None when there is none."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino
