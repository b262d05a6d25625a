"""Open the user's data directory: the lock, the key, the database, the daily backup."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rijkapp.domain.errors import KeyUnavailable
from rijkapp.i18n import N_
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
    _scratch: Path | None = field(default=None, init=False, repr=False)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    def backup(self, reason: str, now: datetime) -> Path:
        return backups.make_backup(self.store.db, self.key, reason, now)

    def scratch_dir(self) -> Path:
        """A private temporary folder (only the user may enter it) for files taken out of the
        data to be opened by another program, such as a certificate. It goes, with everything
        in it, when the session closes."""
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="rijkapp-"))
        return self._scratch

    def close(self) -> None:
        self.store.db.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        self.lock.release()


def key_mode(data_dir: Path) -> str | None:
    """``keyring`` or ``passphrase`` for an existing data directory, None for a new one."""
    state = data_dir / STATE_NAME
    if not state.exists():
        return None
    mode = json.loads(state.read_text(encoding="utf-8")).get("key")
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
            stored = keys.load_key(db_path)
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
    return keys.new_raw_key(), "keyring", True


def open_session(
    data_dir: Path,
    *,
    now: datetime,
    passphrase: str | None = None,
    daily_backup: bool = True,
) -> Session:
    """Lock, key and open the data directory (creating it when new)."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        key, mode, is_new = resolve_key(data_dir, passphrase)
        db_path = data_dir / DB_NAME
        if is_new and mode == "keyring":
            keys.save_key(db_path, key)  # first the key is safe, then the file exists
        db = Database.open(
            db_path,
            key,
            before_migration=lambda old: backups.make_backup(old, key, "migration", now),
        )
        db_path.chmod(0o600)  # encrypted, and still nobody else's business
        if is_new:
            (data_dir / STATE_NAME).write_text(json.dumps({"key": mode}), encoding="utf-8")
        session = Session(data_dir, Store(db), key, lock, mode)
        if daily_backup and not is_new and backups.daily_backup_due(db_path, now):
            session.backup("daily", now)
        return session
    except BaseException:
        lock.release()
        raise
