"""Open the user's data directory: the lock, the key, the database, the daily backup."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rijkapp.domain.errors import DataFileMoved, DataFolderNotWritable, KeyUnavailable, StoreError
from rijkapp.i18n import N_
from rijkapp.message import Day, Message
from rijkapp.store import backups, keys
from rijkapp.store.database import Database
from rijkapp.store.keys import DatabaseKey
from rijkapp.store.lock import InstanceLock
from rijkapp.store.repository import Store

DB_NAME = "rijkapp.db"
STATE_NAME = "rijkapp-store.json"  # how the key is kept (never the key itself)


@dataclass
class Session:
    data_dir: Path
    store: Store
    key: DatabaseKey = field(repr=False)
    lock: InstanceLock
    key_mode: str  # "keyring" or "passphrase"
    # What the user should know but that did not stop the data from opening (a daily backup that
    # could not be made, a clock behind the newest backup), to be shown once it is open.
    warnings: list[Message] = field(default_factory=list)
    _scratch: Path | None = field(default=None, init=False, repr=False)
    _rescue: Path | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.store.db.when_moved = self._moved

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    def backup(self, reason: str, now: datetime) -> Path:
        return backups.make_backup(self.store.db, self.key, reason, now)

    def backup_aside(self, reason: str, now: datetime) -> backups.Copy:
        """A backup copied next to its final name, to be put in place (``backups.put_in_place``)
        or discarded; nothing else may use the data while it is copied."""
        return backups.copy_aside(self.store.db, self.key, reason, now)

    def scratch_dir(self) -> Path:
        """A private temporary folder (only the user may enter it) for files taken out of the
        data to be opened by another program, such as a certificate. It goes, with everything
        in it, when the session closes."""
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="rijkapp-"))
        return self._scratch

    def _moved(self) -> StoreError:
        """The data file was deleted or replaced under us: keep what this connection still has
        (everything saved until now) in a backup, once, and say where it is."""
        try:
            if self._rescue is None:
                self._rescue = self.backup("rescue", datetime.now())  # noqa: DTZ005 - local names
        except StoreError as failed:
            return DataFileMoved(
                N_(
                    "The data file {path} was deleted or replaced while Rijkapp was open, so "
                    "your change was not saved, and no backup could be made ({problem}). Export "
                    "your data now (File > Export to JSON) to keep it, then close Rijkapp."
                ),
                path=str(self.db_path),
                problem=failed.sentence,
            )
        return DataFileMoved(
            N_(
                "The data file {path} was deleted or replaced while Rijkapp was open, so your "
                "change was not saved. Everything saved before is kept in the backup {backup}. "
                "Close Rijkapp, start it again and restore that backup (File > Restore a backup)."
            ),
            path=str(self.db_path),
            backup=self._rescue.name,
        )

    def close(self) -> None:
        if self.store.db.conn is not None and not self.store.db.in_place():
            with contextlib.suppress(StoreError):
                self._moved()  # what was saved stays in a backup, also when nobody wrote since
        self.store.db.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        self.lock.release()


def key_mode(data_dir: Path) -> str | None:
    """``keyring`` or ``passphrase`` for an existing data directory, None for a new one."""
    try:
        state = json.loads((data_dir / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # absent, or not ours to read: as for a new directory
        return None
    mode = state.get("key") if isinstance(state, dict) else None
    return str(mode) if mode in ("keyring", "passphrase") else None


def needs_passphrase(data_dir: Path) -> bool:
    """True when opening this directory needs a passphrase from the user."""
    db_exists = (data_dir / DB_NAME).exists()
    mode = key_mode(data_dir)
    if db_exists:
        # A missing keyring key cannot be replaced by a passphrase: opening then says so.
        return mode == "passphrase"
    return not keys.keyring_usable()


def resolve_key(data_dir: Path, passphrase: str | None) -> tuple[DatabaseKey, str, bool]:
    """The key for this directory: (key, mode, is_new)."""
    db_path = data_dir / DB_NAME
    if db_path.exists():
        mode = key_mode(data_dir) or "keyring"
        if mode == "keyring":
            stored = keys.load_key(db_path)  # a locked keyring says so itself
            if stored is not None:
                return stored, mode, False
            # The key was random and lived only in the keyring: no passphrase can replace it.
            raise KeyUnavailable(
                N_(
                    "The key of {path} is not in this computer's keyring. Was the data "
                    "moved from another computer? Use an export (JSON) to move data."
                ),
                path=str(db_path),
            )
        if passphrase is None:
            raise KeyUnavailable(N_("This data file is protected with a passphrase. Enter it."))
        return keys.passphrase_key(passphrase), "passphrase", False
    if passphrase is not None:
        return keys.passphrase_key(passphrase), "passphrase", True
    if not keys.keyring_usable():
        raise KeyUnavailable(
            N_(
                "No keyring is available on this computer to keep the key safe. Choose a "
                "passphrase to protect your data."
            )
        )
    # The data file is gone but its key is still there: keep it, or the backups (made with it)
    # could never be restored again.
    return keys.load_key(db_path) or keys.new_raw_key(), "keyring", True


def _not_writable(data_dir: Path) -> DataFolderNotWritable:
    return DataFolderNotWritable(
        N_(
            "Rijkapp cannot write in the folder with your data ({path}). Give yourself "
            "permission to write in that folder (and make sure it is not full), then start "
            "Rijkapp again. Nothing was changed."
        ),
        path=str(data_dir),
    )


def _lock(data_dir: Path) -> InstanceLock:
    """The instance lock, once it is sure Rijkapp may write in ``data_dir``."""
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        writable = os.access(data_dir, os.W_OK | os.X_OK)
        db_path = data_dir / DB_NAME
        if db_path.exists():
            writable = writable and os.access(db_path, os.R_OK | os.W_OK)
        if not writable:
            raise PermissionError(data_dir)
        lock = InstanceLock(data_dir)
        lock.acquire()
    except OSError:
        raise _not_writable(data_dir) from None
    return lock


def _clock_behind(db_path: Path, now: datetime) -> Message | None:
    """A warning when today lies before the day of the newest backup: the clock is wrong."""
    found = backups.list_backups(db_path)
    if not found or found[0].made_at.date() <= now.date():
        return None
    return Message(
        N_(
            "The clock of this computer says {today}, before the day of your newest backup "
            "({newest}). Check the date and time of this computer: Rijkapp works out your "
            "balances from today's date."
        ),
        today=Day(now.date()),
        newest=Day(found[0].made_at.date()),
    )


def open_session(
    data_dir: Path,
    *,
    now: datetime,
    passphrase: str | None = None,
    daily_backup: bool = True,
    key: DatabaseKey | None = None,
) -> Session:
    """Lock, key and open the data directory (creating it when new).

    ``key``: the key it was open with a moment ago (reopening after a restore), so that a
    keyring locked in the meantime cannot keep the user out of their data.
    """
    lock = _lock(data_dir)
    try:
        if key is not None:
            mode, is_new = key_mode(data_dir) or "keyring", False
        else:
            key, mode, is_new = resolve_key(data_dir, passphrase)
        db_path = data_dir / DB_NAME
        if is_new:
            _set_aside_companions(db_path, now)
        if is_new and mode == "keyring":
            keys.save_key(db_path, key)  # first the key is safe, then the file exists
        db = Database.open(
            db_path,
            key,
            before_migration=lambda old: backups.make_backup(old, key, "migration", now),
        )
        db_path.chmod(0o600)  # encrypted, and still nobody else's business
        if is_new:
            _write_state(data_dir, mode)
        session = Session(data_dir, Store(db), key, lock, mode)
        behind = _clock_behind(db_path, now)
        if behind is not None:
            session.warnings.append(behind)
        if daily_backup and not is_new and backups.daily_backup_due(db_path, now):
            try:
                session.backup("daily", now)
            except StoreError as failed:  # no reason to keep the user out of their data
                session.warnings.append(failed.sentence)
        return session
    except BaseException:
        lock.release()
        raise


def _set_aside_companions(db_path: Path, now: datetime) -> None:
    """A WAL left by a data file that is gone would be read into the new file: keep it aside."""
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            companion.replace(companion.with_name(f"{companion.name}.orphan-{now:%Y%m%d-%H%M%S}"))


def _write_state(data_dir: Path, mode: str) -> None:
    """How the key is kept, written whole or not at all (a kill here leaves no torn file)."""
    state = data_dir / STATE_NAME
    partial = state.with_name(state.name + ".partial")
    partial.write_text(json.dumps({"key": mode}), encoding="utf-8")
    partial.replace(state)
