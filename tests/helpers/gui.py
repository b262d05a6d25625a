"""What the GUI tests share besides fixtures: waiting until the data thread is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.app import Rijkapp


def wait_idle(qtbot: QtBot, app: Rijkapp) -> None:
    """Wait until the data thread has answered everything asked so far."""
    qtbot.waitUntil(lambda: not app.operations.busy, timeout=10_000)
