"""Faults from outside: a full disk, a read-only folder, a locked keyring, a data file deleted or
replaced while open, a backup folder that cannot be written, a clock set back a year.

Each test checks what a user would see and keep: a plain Dutch message that names what went
wrong and what to do (never a traceback), nothing lost, nothing half-written, and the data
usable again once the fault is gone.

The full disk is a file size limit (RLIMIT_FSIZE) on a command-line run, which needs no root:
a write past the limit fails as on a full disk (SQLite reports it as an I/O error). A read-only
folder is a folder without write permission; as root (who may write anywhere) the command runs
without the capabilities that pass over permissions (``tests.helpers.faults``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends import fail

from rijkapp.domain.errors import (
    BackupFailed,
    DataFileMoved,
    KeyringUnavailable,
    WriteFailed,
)
from rijkapp.domain.records import Dossier, Profile
from rijkapp.services import data, exchange
from rijkapp.store import backups
from rijkapp.store.session import DB_NAME, Session
from tests.helpers import EXAMPLE, NOW, PASSPHRASE
from tests.helpers.faults import LockedKeyring, bound_by_permissions, size_limit
from tests.helpers.memory_keyring import MemoryKeyring, active_keyring
from tests.helpers.sessions import OpenData

ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _dossier(make_session: OpenData, data_dir: Path) -> Dossier:
    session = make_session(data_dir)
    try:
        assert session.store.db.integrity_ok()
        return session.store.dossier()
    finally:
        session.close()


def _cli(
    data_dir: Path,
    *args: str,
    preexec: Callable[[], None] | None = None,
    bound: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "rijkapp", "--data-dir", str(data_dir), "--passphrase-stdin"]
    return subprocess.run(
        [*bound, *command, *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RIJKAPP_LANG": "nl"},
        preexec_fn=preexec,
        timeout=120,
        check=False,
    )


def _big_export(tmp_path: Path, activities: int = 3000) -> Path:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    template = {
        k: v
        for k, v in document["learning_activities"][0].items()
        if k not in ("budget_id", "agreement_id", "certificates", "funding")
    }
    document["learning_activities"] += [
        {**template, "id": f"x{i}", "title": f"Cursus {i}"} for i in range(activities)
    ]
    path = tmp_path / "groot.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr


# ----------------------------------------------------------------------------- a full disk
def test_a_full_disk_during_an_import_changes_nothing_and_says_so(
    make_session: OpenData, data_dir: Path, tmp_path: Path
) -> None:
    make_session(data_dir, example=True).close()
    before = _dossier(make_session, data_dir)
    big = _big_export(tmp_path)
    room = (data_dir / DB_NAME).stat().st_size + 50_000  # room for a backup, not the import

    result = _cli(data_dir, "import", str(big), preexec=size_limit(room))

    _no_traceback(result)
    assert result.returncode == 1
    assert "Je wijziging is niet opgeslagen" in result.stderr
    assert "schijf" in result.stderr and "probeer het dan opnieuw" in result.stderr
    assert _dossier(make_session, data_dir) == before
    assert not list(data_dir.rglob("*.partial*"))
    # with room again the same import goes through
    assert _cli(data_dir, "import", str(big)).returncode == 0
    assert len(_dossier(make_session, data_dir).learning_activities) == 3001


def test_a_full_disk_during_a_backup_leaves_no_half_backup(
    make_session: OpenData, data_dir: Path
) -> None:
    session = make_session(data_dir, example=True)
    session.backup("manual", datetime.now())  # no daily backup due for the command line
    session.close()
    before = _dossier(make_session, data_dir)
    before_backups = sorted(p.name for p in backups.backup_dir(data_dir / DB_NAME).iterdir())
    room = (data_dir / DB_NAME).stat().st_size // 3

    result = _cli(data_dir, "backup", preexec=size_limit(room))

    _no_traceback(result)
    assert result.returncode == 1
    assert "De back-up is niet gemaakt" in result.stderr
    assert "Je gegevens zijn niet veranderd" in result.stderr
    after_backups = sorted(p.name for p in backups.backup_dir(data_dir / DB_NAME).iterdir())
    assert after_backups == before_backups  # no new file, not even a .partial
    assert _dossier(make_session, data_dir) == before
    assert _cli(data_dir, "backup").returncode == 0


def test_a_full_disk_during_a_talk_pdf_keeps_the_pdf_that_was_there(
    make_session: OpenData, data_dir: Path, tmp_path: Path
) -> None:
    session = make_session(data_dir)
    exchange.import_file(session, EXAMPLE, NOW)  # with talk t1
    session.close()
    target = tmp_path / "gesprek.pdf"
    assert _cli(data_dir, "talk", "pdf", "t1", str(target)).returncode == 0
    first = target.read_bytes()

    result = _cli(data_dir, "talk", "pdf", "t1", str(target), preexec=size_limit(len(first) // 2))

    _no_traceback(result)
    assert result.returncode == 1
    assert f"Het bestand {target} is niet geschreven: de schijf is vol." in result.stderr
    assert target.read_bytes() == first  # the PDF that was there, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "gesprek.pdf"]


# ----------------------------------------------------------------------------- read-only
def test_a_read_only_data_folder_is_named_and_left_alone(
    make_session: OpenData, data_dir: Path
) -> None:
    make_session(data_dir, example=True).close()
    data_dir.chmod(0o500)
    before = _files(data_dir)
    try:
        result = _cli(data_dir, "balances", bound=bound_by_permissions())
    finally:
        data_dir.chmod(0o700)
    _no_traceback(result)
    assert result.returncode == 1
    assert "Rijkapp kan niet schrijven in de map met je gegevens" in result.stderr
    assert str(data_dir) in result.stderr
    assert _files(data_dir) == before


def test_a_backup_folder_without_permission_is_named(
    make_session: OpenData, data_dir: Path
) -> None:
    session = make_session(data_dir, example=True)
    session.backup("manual", datetime.now())  # no daily backup due for the command line
    session.close()
    folder = backups.backup_dir(data_dir / DB_NAME)
    folder.chmod(0o500)
    try:
        result = _cli(data_dir, "backup", bound=bound_by_permissions())
    finally:
        folder.chmod(0o700)
    _no_traceback(result)
    assert result.returncode == 1
    assert f"De back-up is niet gemaakt: Rijkapp mag niet schrijven in {folder}" in result.stderr


# ----------------------------------------------------------------------------- the keyring
@pytest.mark.parametrize("keyring", [LockedKeyring(), fail.Keyring()], ids=["locked", "gone"])
def test_a_locked_or_absent_keyring_at_start_says_unlock_it_not_that_the_key_is_lost(
    make_session: OpenData, data_dir: Path, memory_keyring: MemoryKeyring, keyring: object
) -> None:
    session = make_session(data_dir, passphrase=None, example=True)
    name = session.store.profile().name
    session.close()
    before = _files(data_dir)
    with active_keyring(keyring), pytest.raises(KeyringUnavailable) as refused:  # type: ignore[type-var]
        make_session(data_dir, passphrase=None)
    assert "sleutelbos van deze computer is vergrendeld of reageert niet" in str(refused.value)
    assert "Ontgrendel de sleutelbos" in str(refused.value)
    assert _files(data_dir) == before
    # unlocked again: the same key opens the same data
    assert _dossier_keyring(make_session, data_dir).profile.name == name


def _dossier_keyring(make_session: OpenData, data_dir: Path) -> Dossier:
    session = make_session(data_dir, passphrase=None)
    try:
        return session.store.dossier()
    finally:
        session.close()


def test_a_keyring_locked_in_the_middle_of_a_session_does_not_stop_the_work(
    make_session: OpenData, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    session = make_session(data_dir, passphrase=None, example=True)
    with active_keyring(LockedKeyring()):
        session.store.save_profile(Profile(name="Na het vergrendelen"))
        made = data.make_backup(session, NOW)  # the key is in memory: backups go on
        session.close()
        data.restore_in_place(session, made, NOW + timedelta(minutes=1))
        again = data.reopen(session, NOW)
        try:
            assert again.store.profile().name == "Na het vergrendelen"
        finally:
            again.close()


def test_a_data_file_deleted_with_its_key_in_the_keyring_can_still_be_restored(
    make_session: OpenData, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    session = make_session(data_dir, passphrase=None)
    session.store.save_profile(Profile(name="Bewaard"))
    made = data.make_backup(session, NOW)
    session.close()
    (data_dir / DB_NAME).unlink()
    # the next start makes a new, empty file; the backups must stay readable
    empty = make_session(data_dir, passphrase=None)
    assert empty.store.profile() == Profile()
    empty.close()
    data.restore_in_place(empty, made, NOW + timedelta(minutes=1))
    assert _dossier_keyring(make_session, data_dir).profile.name == "Bewaard"


# ----------------------------------------------------------------------------- the data file
@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_data_file_deleted_or_replaced_while_open_loses_nothing(
    make_session: OpenData, data_dir: Path, tmp_path: Path, how: str
) -> None:
    session = make_session(data_dir, example=True)
    session.store.save_profile(Profile(name="Laatst opgeslagen"))
    db = data_dir / DB_NAME
    if how == "deleted":
        db.unlink()
    else:
        other = make_session(tmp_path / "ander")
        other.close()
        shutil.copy(other.db_path, tmp_path / "ander.db")
        (tmp_path / "ander.db").replace(db)
    in_place = _files(data_dir)

    with pytest.raises(DataFileMoved) as refused:
        session.store.save_profile(Profile(name="Niet meer opgeslagen"))

    message = str(refused.value)
    assert "is verwijderd of vervangen terwijl Rijkapp open was" in message
    assert "Bestand > Back-up terugzetten" in message
    rescue = [b for b in backups.list_backups(db) if b.reason == "rescue"]
    assert len(rescue) == 1 and rescue[0].path.name in message
    session.close()
    if how == "replaced":  # the file put there is not touched
        assert (data_dir / DB_NAME).read_bytes() == in_place[DB_NAME]
    # the rescue holds everything saved before the file went
    data.restore_backup(data_dir, rescue[0].path, PASSPHRASE, NOW)
    assert _dossier(make_session, data_dir).profile.name == "Laatst opgeslagen"


def test_a_data_file_deleted_while_open_is_kept_at_close_when_nothing_was_written(
    make_session: OpenData, data_dir: Path
) -> None:
    session = make_session(data_dir, example=True)
    session.store.save_profile(Profile(name="Nog in het geheugen"))
    (data_dir / DB_NAME).unlink()
    session.close()
    (rescue,) = [b for b in backups.list_backups(data_dir / DB_NAME) if b.reason == "rescue"]
    data.restore_backup(data_dir, rescue.path, PASSPHRASE, NOW)
    assert _dossier(make_session, data_dir).profile.name == "Nog in het geheugen"


# ----------------------------------------------------------------------------- the backup folder
def test_a_backup_folder_that_cannot_be_written(make_session: OpenData, data_dir: Path) -> None:
    session = make_session(data_dir, example=True)
    folder = backups.backup_dir(session.db_path)
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("geen map")  # where the folder should be, something else stands
    with pytest.raises(BackupFailed) as refused:
        data.make_backup(session, NOW)
    assert "De back-up is niet gemaakt" in str(refused.value)
    # an import makes a backup first: without one it does not start
    before = session.store.dossier()
    with pytest.raises(BackupFailed):
        exchange.import_file(session, EXAMPLE, NOW)
    assert session.store.dossier() == before
    session.close()
    # the daily backup at start fails too, but the data opens, with a warning to show
    later = make_session(data_dir, now=NOW + timedelta(days=1))
    assert later.store.dossier() == before
    assert [w.render("nl") for w in later.warnings] == [str(refused.value)]


def test_a_failed_write_is_a_plain_message_and_the_store_goes_on(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    session.store.save_profile(Profile(name="Eerst"))
    real = session.store.db.conn

    class FullDisk:
        def execute(self, sql: str, *args: object) -> object:
            if sql.startswith("COMMIT"):
                real.execute("ROLLBACK")  # as SQLite does itself on a full disk
                raise sqlcipher.OperationalError("database or disk is full")
            return real.execute(sql, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(session.store.db, "conn", FullDisk())
    with pytest.raises(WriteFailed) as refused:
        session.store.save_profile(Profile(name="Later"))
    assert str(refused.value).startswith("Je wijziging is niet opgeslagen: de schijf is vol.")
    monkeypatch.undo()
    assert session.store.profile().name == "Eerst"
    session.store.save_profile(Profile(name="Later"))
    assert session.store.profile().name == "Later"


# ----------------------------------------------------------------------------- the clock
def test_a_clock_set_back_a_year_keeps_the_new_backups_and_warns(
    make_session: OpenData, data_dir: Path
) -> None:
    session = make_session(data_dir, example=True)
    for minute in range(12):
        session.backup("manual", NOW + timedelta(minutes=minute))
    session.close()
    year_ago = NOW - timedelta(days=365)

    back = make_session(data_dir, now=year_ago)
    (warning,) = back.warnings
    assert "De klok van deze computer staat op 28 november 2025" in warning.render("nl")
    # each new backup is the oldest by its name, and still kept: it holds the latest data
    assert [b.reason for b in backups.list_backups(data_dir / DB_NAME)][-1] == "daily"
    result = exchange.import_file(back, EXAMPLE, year_ago)
    assert result.backup.exists()  # the backup an import makes first
    assert len(backups.list_backups(data_dir / DB_NAME)) == backups.KEEP
