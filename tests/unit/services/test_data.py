"""The data folder as the app opens, backs up and restores it, without the store in sight."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from rijkapp.domain.errors import AlreadyOpen
from rijkapp.domain.records import Profile
from rijkapp.services import data
from rijkapp.services.data import Session
from tests.helpers import NOW, PASSPHRASE, TODAY
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.sessions import OpenData


def test_a_new_folder_with_a_keyring_needs_no_passphrase(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    assert data.look_at(data_dir) == data.Folder(
        needs_passphrase=False, key_mode=None, exists=False, has_backups=False
    )


def test_a_new_folder_without_a_keyring_needs_a_passphrase(
    data_dir: Path, no_keyring: None
) -> None:
    assert data.look_at(data_dir).needs_passphrase


def test_a_passphrase_folder_says_so_and_shows_its_backups(session: Session) -> None:
    assert not data.look_at(session.data_dir).has_backups
    made = data.make_backup(session, NOW)
    folder = data.look_at(session.data_dir)
    assert folder == data.Folder(
        needs_passphrase=True, key_mode="passphrase", exists=True, has_backups=True
    )
    (backup,) = data.backups(session.data_dir)
    assert (backup.path, backup.made_at, backup.reason) == (made, NOW, "manual")


def test_backups_are_listed_newest_first(session: Session) -> None:
    data.make_backup(session, NOW)
    data.make_backup(session, NOW + timedelta(minutes=5))
    found = data.backups(session.data_dir)
    assert [b.made_at for b in found] == [NOW + timedelta(minutes=5), NOW]


def test_restoring_puts_the_backup_back_and_keeps_the_current_file_aside(
    make_session: OpenData, data_dir: Path
) -> None:
    session = make_session(data_dir)
    session.store.save_profile(Profile(name="Voor de back-up"))
    backup = data.make_backup(session, NOW)
    session.store.save_profile(Profile(name="Na de back-up"))
    session.close()

    aside = data.restore_backup(data_dir, backup, PASSPHRASE, NOW + timedelta(minutes=1))

    assert aside.exists() and aside.parent == data_dir
    assert make_session(data_dir).store.profile().name == "Voor de back-up"


def test_no_restore_while_the_data_is_open_elsewhere(session: Session) -> None:
    backup = data.make_backup(session, NOW)
    with pytest.raises(AlreadyOpen):
        data.restore_backup(session.data_dir, backup, PASSPHRASE, NOW)


def test_data_that_was_open_is_restored_with_its_own_key_and_reopened(
    make_session: OpenData, data_dir: Path
) -> None:
    session = make_session(data_dir)
    session.store.save_profile(Profile(name="Eerst"))
    backup = data.make_backup(session, NOW)
    session.store.save_profile(Profile(name="Later"))
    session.close()

    data.restore_in_place(session, backup, NOW + timedelta(minutes=1))

    again = data.reopen(session, NOW)
    try:
        assert again.store.profile().name == "Eerst"
    finally:
        again.close()


def test_data_kept_in_the_keyring_reopens_after_a_restore_while_the_keyring_is_locked(
    make_session: OpenData, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    from keyring.backends import fail

    from tests.helpers.memory_keyring import active_keyring

    session = make_session(data_dir, passphrase=None)
    session.store.save_profile(Profile(name="Eerst"))
    backup = data.make_backup(session, NOW)
    session.close()
    with active_keyring(fail.Keyring()):  # locked while the data was closed for the restore
        data.restore_in_place(session, backup, NOW + timedelta(minutes=1))
        again = data.reopen(session, NOW)
        try:
            assert again.store.profile().name == "Eerst"
        finally:
            again.close()


def test_the_example_lives_in_a_folder_of_its_own_that_goes_with_it() -> None:
    example = data.open_example(TODAY, NOW)
    try:
        assert data.has_profile(example)
        assert example.store.profile().name == "Sanne de Vries"
    finally:
        data.close_example(example)
    assert not example.data_dir.exists()
