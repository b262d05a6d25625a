"""The database key: a random 256-bit key in the OS keyring, or the user's passphrase.

Never a plaintext fallback and never a key in a settings file. The keyring entry is service
``rijkapp``, user name the database file's absolute path, so that every database has its own.
"""

from __future__ import annotations

import contextlib
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from rijkapp.domain.errors import KeyringUnavailable
from rijkapp.i18n import N_

SERVICE = "rijkapp"


@dataclass(frozen=True, repr=False)
class DatabaseKey:
    """A key as SQLCipher takes it: raw (hex) or a passphrase that SQLCipher derives a key from."""

    secret: str
    raw: bool

    def pragma(self) -> str:
        if self.raw:
            return f"PRAGMA key = \"x'{self.secret}'\""
        escaped = self.secret.replace("'", "''")
        return f"PRAGMA key = '{escaped}'"

    def __repr__(self) -> str:  # never print a key, not even in a traceback
        return f"DatabaseKey(raw={self.raw})"


def new_raw_key() -> DatabaseKey:
    return DatabaseKey(secrets.token_hex(32), raw=True)


def passphrase_key(passphrase: str) -> DatabaseKey:
    return DatabaseKey(passphrase, raw=False)


def account(db_path: Path) -> str:
    return str(db_path.resolve())


def _keyring() -> ModuleType:
    """The keyring package, without the part of its macOS backend that cannot work elsewhere.

    Choosing a backend imports every installed one; the macOS one then looks for Apple's
    frameworks with ``ctypes.util.find_library``, which on Linux runs ``ldconfig`` and a compiler
    several times, only to fail. Off macOS its system interface is marked missing up front,
    which is what that search finds out (the backend is then left out, as it was).
    """
    if sys.platform != "darwin":
        sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]
    import keyring

    return keyring


def keyring_usable() -> bool:
    """True when a real keyring backend answers (not the ``fail`` backend, not plaintext)."""
    try:
        keyring = _keyring()
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        if "plaintext" in type(backend).__name__.lower():
            return False
        # Ask once: a locked or absent Secret Service fails here rather than on first use.
        keyring.get_password(SERVICE, "__probe__")
    except Exception:
        return False
    return True


def load_key(db_path: Path) -> DatabaseKey | None:
    """The key kept in the keyring for this database, or None when the keyring has none.

    A keyring that is locked, absent or does not answer raises KeyringUnavailable: the key may
    well be there, and the user is told to unlock it rather than that the key is lost.
    """
    try:
        secret = _keyring().get_password(SERVICE, account(db_path))
    except Exception:
        raise KeyringUnavailable(
            N_(
                "The keyring of this computer is locked or does not answer, so the key of "
                "{path} cannot be fetched. Unlock the keyring (usually by logging in again), "
                "then start Rijkapp again. Your data has not changed."
            ),
            path=str(db_path),
        ) from None
    return DatabaseKey(secret, raw=True) if secret else None


def save_key(db_path: Path, key: DatabaseKey) -> None:
    if not key.raw:
        raise ValueError("only raw keys go into the keyring")
    _keyring().set_password(SERVICE, account(db_path), key.secret)


def forget_key(db_path: Path) -> None:
    keyring = _keyring()
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(SERVICE, account(db_path))
