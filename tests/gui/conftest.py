"""Fixtures for the GUI tests: offscreen Qt, a keyring in memory, the app on a temporary folder.

Never construct a QApplication here: pytest-qt's ``qapp`` is the only one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers import PASSPHRASE, TODAY
from tests.helpers.gui import StartApp
from tests.helpers.memory_keyring import MemoryKeyring

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from ui.app import Rijkapp

# The offscreen platform says this for every dialog it shows; it is about the platform, not us.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def keyring_in_memory(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """The app under test keeps its keys in memory, never in the developer's keyring."""
    return memory_keyring


@pytest.fixture
def start_app(qtbot: QtBot, qapp: QApplication) -> Iterator[StartApp]:
    """Start the whole application (window, data thread, start-up flow) on ``data_dir``."""
    from ui.app import Options, Rijkapp

    started: list[Rijkapp] = []

    def start(
        data_dir: Path,
        *,
        passphrase: str | None = PASSPHRASE,
        language: str | None = "nl",
        error_dialogs: bool = False,
        wait: bool = True,
        today: date = TODAY,
        now: datetime | None = None,
    ) -> Rijkapp:
        options = Options(
            data_dir=data_dir, passphrase=passphrase, language=language, error_dialogs=error_dialogs
        )
        app = Rijkapp(qapp, options, today=lambda: today, now=None if now is None else lambda: now)
        # Not qtbot.addWidget: pytest-qt closes those before fixtures end, while the data
        # thread would still be running. The window is closed below, after the data.
        started.append(app)
        app.window.show_loading()
        app.window.show()
        app.startup.start()
        if wait:
            qtbot.waitUntil(lambda: app.window.shell.currentIndex() != 0, timeout=10_000)
        return app

    yield start
    for app in started:
        app.close()
        app.window.close()
        app.window.deleteLater()
    qapp.processEvents()
