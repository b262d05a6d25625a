"""The encrypted store on a real SQLCipher file: keys, migrations, transactions, audit, backups."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import keyring
import pytest

from rijkapp.domain.errors import (
    AlreadyOpen,
    BackupFailed,
    DatabaseTooNew,
    KeyUnavailable,
    NotARijkappDatabase,
    WrongKeyOrDamaged,
)
from rijkapp.domain.records import (
    BudgetOwner,
    Certificate,
    Employment,
    Informant,
    LearningKind,
    LearningStatus,
    LeaveEntry,
    Profile,
    TalkStatus,
)
from rijkapp.services import exchange
from rijkapp.store import backups, keys, schema
from rijkapp.store.database import Database, verify
from rijkapp.store.session import DB_NAME, Session
from tests.helpers import EXAMPLE, NOW, PASSPHRASE
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.sessions import OpenData


def employment(id_: str = "e1", salary: str = "4500.00") -> Employment:
    return Employment(id_, date(2025, 1, 1), Decimal("36"), 11, 5, Decimal(salary), Decimal("0.00"))


def test_new_store_keeps_a_random_key_in_the_keyring(
    make_session: OpenData, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    session = make_session(data_dir, passphrase=None)
    session.store.save_profile(Profile(name="Fatima El Amrani"))
    session.close()
    (((service, account), secret),) = memory_keyring.secrets.items()
    assert service == "rijkapp"
    assert account == str((data_dir / DB_NAME).resolve())
    assert len(secret) == 64 and int(secret, 16) >= 0  # 256 bits, hex
    assert secret not in (data_dir / "rijkapp-store.json").read_text()
    assert make_session(data_dir, passphrase=None).store.profile().name == "Fatima El Amrani"


def test_no_keyring_and_no_passphrase_asks_for_a_passphrase(
    make_session: OpenData, data_dir: Path
) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyUnavailable, match="wachtwoordzin"):
            make_session(data_dir, passphrase=None)
    finally:
        keyring.set_keyring(previous)
    assert not (data_dir / DB_NAME).exists()  # never a plaintext fallback


def test_plain_sqlite_cannot_read_the_file(make_session: OpenData, data_dir: Path) -> None:
    session = make_session(data_dir)
    session.store.save_profile(Profile(name="Jan Pietersen"))
    session.close()
    with (
        closing(sqlite3.connect(data_dir / DB_NAME)) as conn,
        pytest.raises(sqlite3.DatabaseError, match="file is not a database"),
    ):
        conn.execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_is_refused_and_the_file_untouched(
    make_session: OpenData, data_dir: Path
) -> None:
    make_session(data_dir).close()
    db = data_dir / DB_NAME
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    with pytest.raises(WrongKeyOrDamaged, match="sleutel past niet"):
        make_session(data_dir, passphrase="fout")
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before
    assert not (data_dir / (DB_NAME + "-wal")).exists()  # the good close left no WAL behind


def test_unencrypted_sqlite_file_is_not_a_rijkapp_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotARijkappDatabase):
        Database.open(path, keys.passphrase_key(PASSPHRASE))
    assert path.read_bytes() == before


def test_a_database_from_a_newer_rijkapp_is_refused(make_session: OpenData, data_dir: Path) -> None:
    session = make_session(data_dir)
    session.store.conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    session.close()
    with pytest.raises(DatabaseTooNew, match="nieuwere versie van Rijkapp"):
        make_session(data_dir)


def test_second_instance_is_told_the_app_is_open(make_session: OpenData, data_dir: Path) -> None:
    first = make_session(data_dir)
    with pytest.raises(AlreadyOpen, match="al geopend"):
        make_session(data_dir)
    first.close()
    make_session(data_dir).close()  # free again after closing


def test_pragmas_wal_full_sync_foreign_keys(session: Session) -> None:
    conn = session.store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_money_is_stored_as_integer_cents_and_hours_as_exact_text(session: Session) -> None:
    session.store.save(employment(salary="4012.50"))
    session.store.save(LeaveEntry("l1", date(2026, 2, 13), date(2026, 2, 13), Decimal("3.6")))
    salary, salary_type = session.store.conn.execute(
        "SELECT salary_fulltime_cents, typeof(salary_fulltime_cents) FROM employment"
    ).fetchone()
    hours, hours_type = session.store.conn.execute(
        "SELECT hours, typeof(hours) FROM leave"
    ).fetchone()
    assert (salary, salary_type) == (401250, "integer")
    assert (hours, hours_type) == ("3.6", "text")
    reals = session.store.conn.execute(
        "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
        "WHERE m.type = 'table' AND p.type = 'REAL'"
    ).fetchall()
    assert reals == []
    assert session.store.records("employment")[0].monthly_salary_fulltime == Decimal("4012.50")


def test_every_change_is_audited(session: Session) -> None:
    store = session.store
    store.save(employment())
    store.save(employment(salary="4600.00"))
    store.save(employment(salary="4600.00"))  # no change, no audit line
    store.delete(Employment, "e1")
    entries = [(e.table, e.record_id, e.action) for e in reversed(store.audit())]
    assert entries == [
        ("employment", "e1", "insert"),
        ("employment", "e1", "update"),
        ("employment", "e1", "delete"),
    ]
    update = next(e for e in store.audit() if e.action == "update")
    assert update.changes == {"salary_fulltime_cents": [450000, 460000]}


def test_a_failed_write_leaves_nothing_half_done(session: Session) -> None:
    store = session.store
    with pytest.raises(RuntimeError), store.db.transaction():
        store.save(employment("e1"))
        store.save(employment("e2"))
        raise RuntimeError("power cut")
    assert store.records("employment") == ()
    assert store.audit() == []


def test_migration_from_an_old_schema_with_a_backup_first(
    make_session: OpenData, tmp_path: Path
) -> None:
    """tests/data/schema-v1.db was written by schema version 1 (before PAS/end date/submitted)."""
    fixture = Path(__file__).resolve().parents[1] / "data" / "schema-v1.db"
    data = tmp_path / "old"
    data.mkdir()
    (data / DB_NAME).write_bytes(fixture.read_bytes())
    (data / "rijkapp-store.json").write_text('{"key": "passphrase"}')
    session = make_session(data, passphrase="rijkapp-fixture")
    assert session.store.db.version == schema.LATEST_VERSION
    dossier = session.store.dossier()
    assert dossier.profile.name == "Oud Schema"
    assert dossier.employment[0].end_date is None
    assert dossier.ikb_choices[0].submitted is False
    made = backups.list_backups(data / DB_NAME)
    assert [b.reason for b in made] == ["migration"]
    session.close()
    Database.open(
        made[0].path, keys.passphrase_key("rijkapp-fixture"), before_migration=None
    ).close()


def test_backups_keep_the_newest_ten_and_daily_only_once(
    make_session: OpenData, data_dir: Path
) -> None:
    session = make_session(data_dir)
    for minute in range(12):
        session.backup("manual", NOW + timedelta(minutes=minute))
    found = backups.list_backups(data_dir / DB_NAME)
    assert len(found) == 10
    assert found[0].made_at == NOW + timedelta(minutes=11)
    session.close()
    # at start: a daily backup when none was made today
    later = NOW + timedelta(days=1)
    make_session(data_dir, now=later).close()
    make_session(data_dir, now=later + timedelta(hours=1)).close()
    daily = [b for b in backups.list_backups(data_dir / DB_NAME) if b.reason == "daily"]
    assert len(daily) == 1


def test_a_backup_cut_off_by_a_kill_is_cleared_by_the_next(
    session: Session, data_dir: Path
) -> None:
    folder = backups.backup_dir(data_dir / DB_NAME)
    folder.mkdir()
    # What a kill in the middle of a backup leaves: the half file and SQLite's journal beside it.
    half = folder / "rijkapp-20261127-090000-manual.partial"
    half.write_bytes(os.urandom(4096))
    (folder / f"{half.name}-journal").write_bytes(os.urandom(512))
    made = session.backup("manual", NOW)
    assert sorted(p.name for p in folder.iterdir()) == [made.name]


def test_a_backup_that_fails_leaves_no_half_file(
    session: Session, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_source: object, target: Path, _key: object) -> None:
        target.write_bytes(b"half a backup")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_copy", disk_full)
    with pytest.raises(BackupFailed, match="de schijf is vol"):
        session.backup("manual", NOW)
    assert list(backups.backup_dir(data_dir / DB_NAME).iterdir()) == []


def test_restore_keeps_the_current_file_aside(make_session: OpenData, data_dir: Path) -> None:
    session = make_session(data_dir)
    session.store.save_profile(Profile(name="Voor de back-up"))
    backup = session.backup("manual", NOW)
    session.store.save_profile(Profile(name="Na de back-up"))
    key = session.key
    session.close()
    aside = backups.restore(data_dir / DB_NAME, backup, key, NOW + timedelta(minutes=1))
    assert aside.exists()
    assert make_session(data_dir).store.profile().name == "Voor de back-up"
    with closing(Database.open(aside, key)) as kept:
        assert kept.conn.execute("SELECT name FROM profile").fetchone()[0] == "Na de back-up"


def test_profile_round_trips_every_field(session: Session) -> None:
    profile = Profile(
        "Anouk Bakker",
        date(1975, 2, 28),
        date(2001, 9, 1),
        "Ministerie van Financiën",
        "Belastingdienst",
        "Teamleider",
        date(2019, 5, 1),
        "K. de Boer",
        "en",
        True,
    )
    session.store.save_profile(profile)
    assert session.store.profile() == profile
    session.store.save_profile(replace(profile, manager="M. Visser"))
    assert session.store.profile().manager == "M. Visser"


def test_a_lost_keyring_key_is_explained_and_no_passphrase_is_tried(
    make_session: OpenData, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    from rijkapp.store.session import needs_passphrase

    make_session(data_dir, passphrase=None).close()
    memory_keyring.secrets.clear()  # e.g. the data folder was copied to another computer
    db = data_dir / DB_NAME
    before = db.read_bytes()
    assert not needs_passphrase(data_dir)  # asking for one would only lead to a wrong key
    for passphrase in (None, "anything"):
        with pytest.raises(KeyUnavailable, match="sleutelbos van deze computer"):
            make_session(data_dir, passphrase=passphrase)
    assert db.read_bytes() == before


RECORD_TABLES = (
    "profile",
    "employment",
    "work_schedule",
    "leave_balances",
    "leave",
    "ikb_choices",
    "development_budgets",
    "learning_activities",
    "talks",
    "talk_agreements",
    "learning_certificates",
)


def test_migration_from_schema_2_makes_room_for_fields_rijkapp_does_not_know(
    make_session: OpenData, tmp_path: Path
) -> None:
    """tests/data/schema-v2.db was written by schema version 2 (before unknown fields were kept)."""
    fixture = Path(__file__).resolve().parents[1] / "data" / "schema-v2.db"
    data = tmp_path / "old"
    data.mkdir()
    (data / DB_NAME).write_bytes(fixture.read_bytes())
    (data / "rijkapp-store.json").write_text('{"key": "passphrase"}')
    session = make_session(data, passphrase="rijkapp-fixture")
    conn = session.store.conn
    assert session.store.db.version == schema.LATEST_VERSION
    for table in RECORD_TABLES:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        assert "extra" in columns, table
    dossier = session.store.dossier()
    assert (dossier.profile.name, dossier.profile.chose_pas) == ("Tweede Schema", True)
    assert dossier.employment[0].end_date == date(2026, 9, 30)
    assert (dossier.ikb_choices[0].submitted, dossier.ikb_choices[0].note) == (True, "ingevoerd")
    assert dossier.leave[0].hours == Decimal("3.6")
    assert dossier.talks[0].agreements[0].text == "Evaluatie afronden"
    assert [r.extra for r in (dossier.profile, dossier.leave[0], dossier.talks[0])] == [(), (), ()]
    made = backups.list_backups(data / DB_NAME)
    assert [b.reason for b in made] == ["migration"]
    session.close()
    with closing(Database.open(made[0].path, keys.passphrase_key("rijkapp-fixture"))) as old:
        assert old.version == schema.LATEST_VERSION  # opening the backup brings it up to date too


def test_migration_from_schema_3_moves_the_certificate_into_its_own_table(
    make_session: OpenData, tmp_path: Path
) -> None:
    """tests/data/schema-v3.db was written by schema version 3 (one certificate per activity,
    in three columns of it; any status text)."""
    fixture = Path(__file__).resolve().parents[1] / "data" / "schema-v3.db"
    data = tmp_path / "old"
    data.mkdir()
    (data / DB_NAME).write_bytes(fixture.read_bytes())
    (data / "rijkapp-store.json").write_text('{"key": "passphrase"}')
    session = make_session(data, passphrase="rijkapp-fixture")
    assert session.store.db.version == schema.LATEST_VERSION
    dossier = session.store.dossier()
    assert dossier.profile.name == "Derde Schema"
    (budget,) = dossier.development_budgets
    assert (budget.name, budget.amount, budget.owner) == (
        "Teambudget",
        Decimal("1500.00"),
        BudgetOwner.ORGANISATIE,
    )
    course, talks = dossier.learning_activities
    assert (course.title, course.kind, course.status, course.budget_id) == (
        "Schrijven voor het web",
        LearningKind.CURSUS,
        LearningStatus.DONE,
        "d1",
    )
    assert (course.reason, course.funding, course.self_study_hours) == (None, (), Decimal(0))
    assert course.certificates == (
        Certificate("bewijs.pdf", "application/pdf", b"%PDF-1.4\n\x00\xffRIJKAPP", id="c1"),
    )
    # A status this version does not know became planned; the word is kept and exported again.
    assert talks.status is LearningStatus.PLANNED and talks.certificates == ()
    assert dict(talks.extra) == {"x_tool": "1", "status_before": '"afgerond"'}
    made = backups.list_backups(data / DB_NAME)
    assert [b.reason for b in made] == ["migration"]
    session.close()
    with closing(verify(made[0].path, keys.passphrase_key("rijkapp-fixture"))) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 3  # as it was, untouched
        assert old.execute("SELECT certificate_filename FROM learning_activities").fetchall() == [
            ("bewijs.pdf",),
            (None,),
        ]


def test_migration_from_schema_4_gives_talks_the_statuses_of_the_cycle(
    make_session: OpenData, tmp_path: Path
) -> None:
    """tests/data/schema-v4.db was written by schema version 4 (talk status any text, with
    draft as the default; informants by name only; nothing chosen for a PDF)."""
    fixture = Path(__file__).resolve().parents[1] / "data" / "schema-v4.db"
    data = tmp_path / "old"
    data.mkdir()
    (data / DB_NAME).write_bytes(fixture.read_bytes())
    (data / "rijkapp-store.json").write_text('{"key": "passphrase"}')
    session = make_session(data, passphrase="rijkapp-fixture")
    assert session.store.db.version == schema.LATEST_VERSION
    planned, evaluated = session.store.talks()
    assert (planned.status, planned.informants, planned.in_pdf) == (
        TalkStatus.CONCEPT,
        (Informant("C. Smit"),),
        (),
    )
    assert planned.topic("resultaten") == "Op koers"
    assert planned.agreements[0].text == "Evaluatie afronden"
    assert (planned.manager_remarks, planned.manager_name, planned.review_date) == (None,) * 3
    assert planned.extra == ()
    # A word this version does not know became concept; the word is kept and exported again.
    assert evaluated.status is TalkStatus.CONCEPT
    assert dict(evaluated.extra) == {"status_before": '"final"'}
    made = backups.list_backups(data / DB_NAME)
    assert [b.reason for b in made] == ["migration"]
    session.close()
    with closing(verify(made[0].path, keys.passphrase_key("rijkapp-fixture"))) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 4  # as it was, untouched
        assert old.execute("SELECT status FROM talks ORDER BY id").fetchall() == [
            ("draft",),
            ("final",),
        ]


def _import_with_unknown_fields(
    make_session: OpenData, data_dir: Path, tmp_path: Path
) -> tuple[dict[str, Any], Session]:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["profile"]["x_pronouns"] = "zij/haar"
    doc["employment"][0]["x_contract"] = {"kind": "vast", "since": 2010}
    doc["leave"][0]["x_colour"] = "#ff8800"
    doc["talks"][0]["agreements"][0]["x_link"] = "https://example.org/afspraak"
    path = tmp_path / "unknown.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    session = make_session(data_dir)
    exchange.import_file(session, path, NOW)
    return doc, session


def test_fields_an_import_did_not_know_are_stored_and_exported_again(
    make_session: OpenData, data_dir: Path, tmp_path: Path
) -> None:
    doc, session = _import_with_unknown_fields(make_session, data_dir, tmp_path)
    session.close()
    session = make_session(data_dir)  # what the file holds, not what the import kept in memory
    exported = json.loads(exchange.export_text(session, NOW))
    exported.pop("exported_at")
    doc.pop("exported_at")
    assert exported == doc


def test_edits_in_the_app_keep_the_fields_an_import_did_not_know(
    make_session: OpenData, data_dir: Path, tmp_path: Path
) -> None:
    _, session = _import_with_unknown_fields(make_session, data_dir, tmp_path)
    store = session.store
    # A record read from the store and changed carries its unknown fields along ...
    entry = store.records("leave")[0]
    assert store.save(replace(entry, note="zomer"))
    assert store.records("leave")[0].extra == entry.extra == (("x_colour", '"#ff8800"'),)
    # ... records built afresh from a form know nothing of them, and the stored ones stay.
    job = store.records("employment")[0]
    fresh = Employment(
        job.id, job.valid_from, job.hours_per_week, job.scale, 6, job.monthly_salary_fulltime
    )
    assert fresh == replace(job, step=6)  # unknown fields take no part in comparing records
    assert store.save(fresh)
    profile = store.profile()
    assert store.save_profile(replace(profile, manager="C. Smit", extra=()))
    talk = store.talks()[0]
    plain = tuple(replace(a, extra=()) for a in talk.agreements)
    assert store.save(replace(talk, agreements=plain, manager="C. Smit"))
    # Undoing a delete puts back the record as it was read, unknown fields and all.
    store.delete(LeaveEntry, entry.id)
    store.save(entry)
    exported = json.loads(exchange.export_text(session, NOW))
    (restored,) = (e for e in exported["leave"] if e["id"] == entry.id)
    assert (restored["note"], restored["x_colour"]) == ("zomervakantie", "#ff8800")
    assert exported["employment"][0]["step"] == 6
    assert exported["employment"][0]["x_contract"] == {"kind": "vast", "since": 2010}
    assert exported["profile"]["manager"] == "C. Smit"
    assert exported["profile"]["x_pronouns"] == "zij/haar"
    assert exported["talks"][0]["manager"] == "C. Smit"
    assert exported["talks"][0]["agreements"][0]["x_link"] == "https://example.org/afspraak"
