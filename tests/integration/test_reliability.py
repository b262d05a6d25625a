"""Nothing is lost: kills mid-write, damaged files, wrong keys, and no plaintext on disk."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rijkapp.domain.errors import WrongKeyOrDamaged
from rijkapp.domain.records import Profile
from rijkapp.services import exchange
from rijkapp.store import backups
from rijkapp.store.database import Database
from rijkapp.store.keys import passphrase_key
from rijkapp.store.session import DB_NAME, Session
from tests.helpers import EXAMPLE, NOW, PASSPHRASE
from tests.helpers.sessions import OpenData

ROOT = Path(__file__).resolve().parents[2]
TRIALS = int(os.environ.get("RIJKAPP_CRASH_TRIALS", "25"))


def _count(data_dir: Path) -> tuple[int, bool]:
    db = Database.open(data_dir / DB_NAME, passphrase_key(PASSPHRASE))
    try:
        count = db.conn.execute("SELECT count(*) FROM leave").fetchone()[0]
        return count, db.integrity_ok()
    finally:
        db.close()


@pytest.mark.slow
def test_sigkill_during_writes_never_loses_a_commit(make_session: OpenData, data_dir: Path) -> None:
    make_session(data_dir).close()
    rng = random.Random(20261128)
    committed = 0
    outcomes = []
    for trial in range(TRIALS):
        child = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "integration" / "crash_writer.py"),
                str(data_dir),
                PASSPHRASE,
                str(committed),
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None
        wanted = rng.randint(1, 40)
        last_begin = last_done = committed
        deadline = time.monotonic() + 30
        while last_done - committed < wanted and time.monotonic() < deadline:
            line = child.stdout.readline()
            kind, number = line.split()
            if kind == "begin":
                last_begin = int(number)
            else:
                last_done = int(number)
        time.sleep(rng.random() * 0.02)  # land the kill anywhere inside the next write
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        child.stdout.close()
        for line in rest.splitlines():
            kind, number = line.split()
            if kind == "begin":
                last_begin = int(number)
            else:
                last_done = int(number)
        count, intact = _count(data_dir)
        outcomes.append((trial, last_done, count, last_begin, intact))
        assert intact, f"trial {trial}: integrity_check failed"
        assert last_done <= count <= last_begin, (
            f"trial {trial}: {count} rows, done {last_done}, begun {last_begin}"
        )
        committed = count
    print(
        f"\ncrash test: {TRIALS} kills, {committed} rows committed, all intact:",
        [(t, c) for t, _, c, _, _ in outcomes],
    )


def test_no_personal_value_in_the_bytes_of_database_wal_or_backups(
    data_dir: Path, session: Session
) -> None:
    exchange.import_file(session, EXAMPLE, NOW)
    session.store.save_profile(
        Profile(name="Geheimhouding Testpersoon", organisation="Ministerie van Geheimen")
    )
    session.backup("manual", NOW)
    # look while the WAL is still there (before close checkpoints it)
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    secrets = [
        b"Geheimhouding",
        b"Ministerie van Geheimen",
        b"Rijksacademie",
        b"B. Jansen",
        b"4500",
        b"zomervakantie",
    ]
    for path in files:
        data = path.read_bytes()
        leaked = [s for s in secrets if s in data]
        assert leaked == [], f"{path.name} contains {leaked}"


def test_a_damaged_file_is_reported_untouched_and_restorable(
    make_session: OpenData, data_dir: Path
) -> None:
    session = make_session(data_dir)
    session.store.save_profile(Profile(name="Herstel Mij"))
    backup = session.backup("manual", NOW)
    key = session.key
    session.close()
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[0:4096] = os.urandom(4096)  # page 1 overwritten
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    with pytest.raises(WrongKeyOrDamaged, match="beschadigd"):
        make_session(data_dir)
    assert db.read_bytes() == before
    assert [b.path for b in backups.list_backups(db)] == [backup]  # the restore offer has a backup
    aside = backups.restore(db, backup, key, NOW)
    assert aside.read_bytes() == before  # the damaged file is kept, never deleted
    session = make_session(data_dir)
    assert session.store.profile().name == "Herstel Mij"
    assert session.store.db.integrity_ok()


def test_damage_further_into_the_file_is_caught_too(make_session: OpenData, data_dir: Path) -> None:
    session = make_session(data_dir)
    exchange.import_file(session, EXAMPLE, NOW)
    session.close()
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    db.write_bytes(bytes(data))
    with pytest.raises(Exception) as caught:
        s = make_session(data_dir)
        try:
            s.store.dossier()
            assert not s.store.db.integrity_ok()
            raise WrongKeyOrDamaged("damaged")
        finally:
            s.close()  # inside the check: a close that fails on the damage counts as caught
    assert "Traceback" not in str(caught.value)


def test_restoring_a_damaged_backup_changes_nothing(make_session: OpenData, data_dir: Path) -> None:
    session = make_session(data_dir)
    backup = session.backup("manual", NOW)
    key = session.key
    session.close()
    backup.write_bytes(os.urandom(backup.stat().st_size))
    db = data_dir / DB_NAME
    before = db.read_bytes()
    with pytest.raises(WrongKeyOrDamaged):
        backups.restore(db, backup, key, NOW)
    assert db.read_bytes() == before
