"""The database key: a random 256-bit key in the OS keyring, or the user's passphrase.

Never a plaintext fallback and never a key in a settings file. The keyring entry is service
``rijkapp``, user name the database file's absolute path, so that every database has its own.

Fetching the key at start is on the way to the first figures, and the ``keyring`` package is
slow to load (it imports an HTTP client and scans every installed package for backends before
it answers). On Linux, when nobody chose a backend (``PYTHON_KEYRING_BACKEND``, a
``keyringrc.cfg``, or ``keyring.set_keyring`` in this process), the one it would pick is the
Secret Service; the key is then read from there directly, as keyring stores it. Whatever that
does not settle (no Secret Service, a locked keyring, no such key) goes through keyring as
before, so its answers and its questions to the user stay the same.
"""

from __future__ import annotations

import contextlib
import os
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


def _nobody_chose_a_backend() -> bool:
    """True when keyring would discover its backend itself: on Linux, with no backend named in
    the environment, in keyring's configuration file, or set in this process."""
    if not sys.platform.startswith("linux") or "PYTHON_KEYRING_BACKEND" in os.environ:
        return False
    core = sys.modules.get("keyring.core")
    if core is not None and getattr(core, "_keyring_backend", None) is not None:
        return False  # set_keyring, or an earlier question: keyring's choice stands
    config_home = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return not (Path(config_home) / "python_keyring" / "keyringrc.cfg").exists()


def _secret_service_secret(name: str) -> str | None:
    """The secret keyring keeps under ``name`` in the Secret Service's default collection, read
    directly; None where keyring has to answer (see the module's docstring)."""
    try:
        if not _nobody_chose_a_backend():
            return None
        import secretstorage

        with contextlib.closing(secretstorage.dbus_init()) as connection:
            collection = secretstorage.Collection(connection)  # the default one, as keyring's
            if collection.is_locked():
                return None  # keyring asks the user to unlock it
            for item in collection.search_items({"service": SERVICE, "username": name}):
                if item.is_locked():
                    return None
                return item.get_secret().decode("utf-8")
    except Exception:  # no Secret Service or default collection, a D-Bus error: ask keyring
        return None
    return None


def load_key(db_path: Path) -> DatabaseKey | None:
    """The key kept in the keyring for this database, or None when the keyring has none.

    A keyring that is locked, absent or does not answer raises KeyringUnavailable: the key may
    well be there, and the user is told to unlock it rather than that the key is lost.
    """
    name = account(db_path)
    try:
        secret = _secret_service_secret(name) or _keyring().get_password(SERVICE, name)
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
