"""What the GUI tests share besides fixtures: starting the app, waiting for it, finding widgets."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from tests.helpers import PASSPHRASE, TODAY

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from pytestqt.qtbot import QtBot

    from ui.app import Rijkapp

Child = TypeVar("Child", bound="QObject")


class StartApp(Protocol):
    """The ``start_app`` fixture: the whole application on ``data_dir``, closed at the end."""

    def __call__(
        self,
        data_dir: Path,
        *,
        passphrase: str | None = PASSPHRASE,
        language: str | None = "nl",
        error_dialogs: bool = False,
        wait: bool = True,
        today: date = TODAY,
        now: datetime | None = None,
    ) -> Rijkapp: ...


def wait_idle(qtbot: QtBot, app: Rijkapp) -> None:
    """Wait until the data thread has answered everything asked so far."""
    qtbot.waitUntil(lambda: not app.operations.busy, timeout=10_000)


def child(parent: QObject, kind: type[Child], name: str) -> Child:
    """The ``kind`` named ``name`` inside ``parent``; the test fails when there is none."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found
