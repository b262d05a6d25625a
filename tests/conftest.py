"""Shared test set-up: offscreen Qt, Dutch core messages, a fixed 'today'."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

# Before anything imports Qt: a bare `pytest` must never try to reach a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rijkapp import i18n

TODAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 10, 0, 0)
PASSPHRASE = "correct horse battery staple"
# A copy of the shared example document, so a fresh clone tests the same thing.
EXAMPLE = Path(__file__).resolve().parent / "data" / "example.json"


@pytest.fixture(autouse=True)
def dutch() -> Iterator[None]:
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
