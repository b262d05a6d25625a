"""Shared test set-up: offscreen Qt, a keyring and data folders per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Before anything imports Qt: a bare `pytest` must never try to reach a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rijkapp.store.session import Session
from tests.helpers.fuzz import FUZZ_PROFILE
from tests.helpers.memory_keyring import MemoryKeyring, active_keyring
from tests.helpers.sessions import OpenData, Sessions

# Every property test: no deadline and no check on how fast examples are made. Both measure the
# machine, not the code: on two shared cores a busy moment made healthy tests fail. (A test that
# must be fast has its figure in bench/, not a timer here.)
settings.register_profile("rijkapp", deadline=None, suppress_health_check=(HealthCheck.too_slow,))
settings.load_profile("rijkapp")
# A long fuzz run by hand: pytest --hypothesis-profile=fuzz (see tests/helpers/fuzz.py).
settings.register_profile("fuzz", FUZZ_PROFILE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring that lives only as long as the test: never the developer's real one."""
    with active_keyring(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """As on a machine without a Secret Service: the user must choose a passphrase."""
    from keyring.backends import fail

    with active_keyring(fail.Keyring()):
        yield


@pytest.fixture
def make_session() -> Iterator[OpenData]:
    """Open data folders through the core (to prepare or check data); closed at the end."""
    sessions = Sessions()
    yield sessions.open
    sessions.close_all()


@pytest.fixture
def session(make_session: OpenData, data_dir: Path) -> Session:
    """A new, open SQLCipher session in ``data_dir`` (passphrase-kept), closed at the end."""
    return make_session(data_dir)
