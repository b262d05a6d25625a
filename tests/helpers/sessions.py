"""Real data folders for tests: opened through the core as the app opens them, always closed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from rijkapp.store.session import Session, open_session
from tests.helpers import NOW, PASSPHRASE, TODAY


class OpenData(Protocol):
    """Open (or create) the data in ``data_dir``; with ``example`` filled with the example."""

    def __call__(
        self,
        data_dir: Path,
        *,
        passphrase: str | None = PASSPHRASE,
        example: bool = False,
        now: datetime = NOW,
    ) -> Session: ...


class Sessions:
    """Opens data folders and, at the end of a test, closes every one that is still open."""

    def __init__(self) -> None:
        self._opened: list[Session] = []

    def open(
        self,
        data_dir: Path,
        *,
        passphrase: str | None = PASSPHRASE,
        example: bool = False,
        now: datetime = NOW,
    ) -> Session:
        session = open_session(data_dir, now=now, passphrase=passphrase)
        self._opened.append(session)
        if example:
            from rijkapp.services.example import fill_example

            fill_example(session.store, TODAY)
        return session

    def close_all(self) -> None:
        """Close what the test left open; closing a closed session again does nothing."""
        for session in reversed(self._opened):
            session.close()
        self._opened.clear()
