"""The keyring the tests use behaves as the real backends where the core relies on it."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.errors import PasswordDeleteError

from rijkapp.store import keys
from tests.helpers.memory_keyring import MemoryKeyring


def test_deleting_a_missing_key_fails_as_in_a_real_keyring(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(PasswordDeleteError):
        keyring.delete_password(keys.SERVICE, "nobody")


def test_forgetting_a_key_twice_is_quiet(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    db = tmp_path / "rijkapp.db"
    keys.save_key(db, keys.new_raw_key())
    assert keys.load_key(db) is not None
    keys.forget_key(db)
    keys.forget_key(db)  # the core expects PasswordDeleteError here, and ignores it
    assert keys.load_key(db) is None
    assert memory_keyring.secrets == {}
