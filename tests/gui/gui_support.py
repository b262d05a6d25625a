"""What the GUI tests share besides fixtures: the fixed day, the passphrase, a memory keyring."""

from __future__ import annotations

from datetime import date
from typing import Any

from keyring.backend import KeyringBackend

TODAY = date(2026, 11, 28)
PASSPHRASE = "test-passphrase"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives only as long as the test: never the developer's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def wait_idle(qtbot: Any, app: Any) -> None:
    """Wait until the data thread has answered everything asked so far."""
    qtbot.waitUntil(lambda: not app.operations.busy, timeout=10_000)
