"""A certificate's bytes never lie on disk as plain bytes: not in the database file, its
write-ahead log or the backups, all encrypted by SQLCipher."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from rijkapp.domain.records import LearningActivity, LearningStatus
from rijkapp.services import exchange, learning
from rijkapp.store.session import DB_NAME
from tests.helpers import NOW
from tests.helpers.sessions import OpenData

# Distinctive and random: no 32 bytes of it turn up anywhere by chance.
PAYLOAD = os.urandom(4096)


def _files(data_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*") if p.is_file()
    }


def _leaks(files: dict[str, bytes]) -> list[str]:
    """The files that hold any 32-byte piece of the payload as it is."""
    pieces = [PAYLOAD[i : i + 32] for i in range(0, len(PAYLOAD), 512)]
    return [name for name, data in files.items() if any(piece in data for piece in pieces)]


def test_certificate_bytes_are_absent_from_the_database_the_wal_and_the_backups(
    make_session: OpenData, data_dir: Path, tmp_path: Path
) -> None:
    session = make_session(data_dir)
    activity = LearningActivity(
        "a1",
        "EHBO",
        "training",
        "",
        None,
        date(2026, 5, 1),
        Decimal("8"),
        Decimal("0.00"),
        LearningStatus.DONE,
        None,
    )
    learning.save_activity(session.store, activity)
    source = tmp_path / "ehbo.pdf"
    source.write_bytes(PAYLOAD)
    assert _leaks({"the file picked": source.read_bytes()}) == ["the file picked"]
    learning.add_certificate(session.store, "a1", source, valid_until=date(2028, 4, 30))
    session.backup("manual", NOW)
    export = tmp_path / "export.json"
    exchange.export_file(session, export, NOW)
    exchange.import_file(session, export, NOW)  # makes an "import" backup too
    open_files = _files(data_dir)
    assert f"{DB_NAME}-wal" in open_files  # the write-ahead log is there while the data is open
    assert sum(1 for name in open_files if name.startswith("backups/")) == 2
    assert _leaks(open_files) == []
    session.close()
    assert _leaks(_files(data_dir)) == []
    # ... and the bytes are whole inside.
    again = make_session(data_dir)
    (stored,) = again.store.dossier().learning_activities
    assert stored.certificates[0].data == PAYLOAD
