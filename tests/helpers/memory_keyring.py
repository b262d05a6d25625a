"""A keyring backend in memory, so no test ever reaches the developer's real keyring."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

Backend = TypeVar("Backend", bound=KeyringBackend)


class MemoryKeyring(KeyringBackend):
    """Keeps secrets for as long as the test runs; deleting a missing one fails as real ones do."""

    priority = 1

    def __init__(self) -> None:
        # untyped upstream; untyped_calls_exclude does not reach a call through super()
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise PasswordDeleteError(username)
        del self.secrets[(service, username)]


@contextmanager
def active_keyring(backend: Backend) -> Iterator[Backend]:
    """Make ``backend`` the keyring while the block runs, then put the previous one back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
