"""Fixtures for the GUI tests: offscreen Qt, a keyring in memory, the app on a temporary folder.

Never construct a QApplication here: pytest-qt's ``qapp`` is the only one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from gui_support import PASSPHRASE, TODAY, MemoryKeyring
from keyring.backends import fail

# The offscreen platform says this for every dialog it shows; it is about the platform, not us.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """As on a machine without a Secret Service: the user must choose a passphrase."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def dutch_core() -> Iterator[None]:
    from rijkapp import i18n

    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def make_session() -> Callable[..., Any]:
    """Open a data folder directly through the core (to prepare or check what the app did)."""
    opened: list[Any] = []

    def make(data_dir: Path, *, passphrase: str | None = PASSPHRASE, example: bool = False) -> Any:
        from rijkapp.services.example import fill_example
        from rijkapp.store.session import open_session

        session = open_session(data_dir, now=datetime(2026, 11, 28, 9, 0), passphrase=passphrase)
        if example:
            fill_example(session.store, TODAY)
        opened.append(session)
        return session

    yield make
    for session in opened:
        with contextlib.suppress(Exception):  # already closed by the test
            session.close()


@pytest.fixture
def start_app(qtbot: Any, qapp: Any) -> Iterator[Callable[..., Any]]:
    """Start the whole application (window, data thread, start-up flow) on ``data_dir``."""
    from ui.app import Options, Rijkapp

    started: list[Any] = []

    def start(
        data_dir: Path,
        *,
        passphrase: str | None = PASSPHRASE,
        language: str = "nl",
        error_dialogs: bool = False,
        wait: bool = True,
    ) -> Any:
        options = Options(
            data_dir=data_dir, passphrase=passphrase, language=language, error_dialogs=error_dialogs
        )
        app = Rijkapp(qapp, options, today=lambda: TODAY)
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
