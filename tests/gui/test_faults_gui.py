"""Faults while the window is open: what the user sees, what stays, and that Rijkapp goes on.

A full disk is a file size limit set on this process for the one write that must fail and lifted
right after it (the window and its data thread live in this process). A read-only data folder is
a whole ``rijkapp`` process, run without the right to write there (``tests.helpers.faults``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rijkapp.domain.records import (
    Certificate,
    LearningActivity,
    LearningKind,
    LearningStatus,
    LeaveEntry,
)
from rijkapp.services import data
from rijkapp.services.edits import Edit
from rijkapp.store import backups
from rijkapp.store.session import DB_NAME
from tests.helpers import NOW, PASSPHRASE, TODAY
from tests.helpers.faults import LockedKeyring, bound_by_permissions, disk_full_after
from tests.helpers.gui import StartApp, wait_idle
from tests.helpers.memory_keyring import MemoryKeyring, active_keyring
from tests.helpers.sessions import OpenData
from ui.undo import EditCommand

if TYPE_CHECKING:
    from ui.app import Rijkapp

ROOT = Path(__file__).resolve().parents[2]


def _notice(app: Rijkapp) -> str:
    return app.window.notice.message()


def _problem(app: Rijkapp, qtbot: QtBot) -> str:
    qtbot.waitUntil(lambda: bool(app.window.findChildren(QMessageBox, "problemMessage")))
    box = app.window.findChildren(QMessageBox, "problemMessage")[0]
    text = box.text()
    box.accept()
    return text


def _activity_with_certificate(size: int) -> LearningActivity:
    return LearningActivity(
        "groot",
        "Cursus met een groot certificaat",
        LearningKind.CURSUS,
        "Rijksacademie",
        date(2026, 3, 1),
        date(2026, 3, 2),
        Decimal(8),
        Decimal("0.00"),
        LearningStatus.DONE,
        None,
        certificates=(
            Certificate("certificaat.pdf", "application/pdf", os.urandom(size), id="c1"),
        ),
    )


def _push(app: Rijkapp, edit: Edit, done: str) -> None:
    app.context.undo_stack.push(EditCommand(app.context, edit, "Opslaan", done))


@pytest.fixture
def example_app(start_app: StartApp, make_session: OpenData, data_dir: Path) -> Rijkapp:
    make_session(data_dir, example=True).close()
    return start_app(data_dir)


def test_a_save_on_a_full_disk_says_so_keeps_the_data_and_can_be_done_again(
    example_app: Rijkapp, qtbot: QtBot, data_dir: Path
) -> None:
    app = example_app
    wait_idle(qtbot, app)
    big = _activity_with_certificate(2 * 1024 * 1024)
    largest = max(p.stat().st_size for p in data_dir.rglob("*") if p.is_file())
    with disk_full_after(largest + 100_000):
        _push(app, Edit(None, big), "Opgeslagen.")
        wait_idle(qtbot, app)
    message = _notice(app)
    assert message.startswith("Je wijziging is niet opgeslagen:")
    assert "probeer het dan opnieuw" in message
    assert app.context.undo_stack.count() == 0  # nothing to undo: nothing was saved

    _push(app, Edit(None, big), "Opgeslagen.")  # room again: the same save goes through
    wait_idle(qtbot, app)
    assert _notice(app) == "Opgeslagen."
    app.close()
    session = data.open_data(data_dir, now=NOW, passphrase=PASSPHRASE)
    try:
        assert session.store.db.integrity_ok()
        saved = {a.id: a for a in session.store.records("learning_activities")}
        assert saved["groot"].certificates[0].data == big.certificates[0].data
    finally:
        session.close()


def test_a_backup_on_a_full_disk_is_a_message_and_leaves_no_half_file(
    example_app: Rijkapp, qtbot: QtBot, data_dir: Path
) -> None:
    app = example_app
    wait_idle(qtbot, app)
    folder = backups.backup_dir(data_dir / DB_NAME)
    before = sorted(folder.iterdir()) if folder.exists() else []
    with disk_full_after((data_dir / DB_NAME).stat().st_size // 3):
        app.window.make_backup()
        wait_idle(qtbot, app)
    assert _problem(app, qtbot).startswith("De back-up is niet gemaakt:")
    assert not app.crash.crashed
    assert (sorted(folder.iterdir()) if folder.exists() else []) == before
    app.window.make_backup()  # room again
    wait_idle(qtbot, app)
    assert "Back-up gemaakt" in _notice(app)


def test_a_backup_folder_that_cannot_be_written_is_a_message_not_a_crash(
    example_app: Rijkapp, qtbot: QtBot, data_dir: Path
) -> None:
    app = example_app
    folder = backups.backup_dir(data_dir / DB_NAME)
    for old in folder.glob("*"):
        old.unlink()
    folder.rmdir()
    folder.write_text("geen map")  # where the folder should be, something else stands
    app.window.make_backup()
    wait_idle(qtbot, app)
    assert _problem(app, qtbot).startswith("De back-up is niet gemaakt:")
    assert not app.crash.crashed
    _push(app, Edit(None, LeaveEntry("v9", TODAY, TODAY, Decimal(1))), "Verlof opgeslagen.")
    wait_idle(qtbot, app)
    assert _notice(app) == "Verlof opgeslagen."  # the rest goes on


def test_an_export_to_a_folder_that_cannot_be_written_is_a_message_not_a_crash(
    example_app: Rijkapp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = example_app
    wait_idle(qtbot, app)
    (tmp_path / "usb").write_text("geen map: de stick is eruit")
    app.window.export_to(tmp_path / "usb" / "export.json")
    wait_idle(qtbot, app)
    assert _problem(app, qtbot).startswith(f"Het bestand {tmp_path / 'usb' / 'export.json'}")
    assert not app.crash.crashed


def test_the_data_file_deleted_while_the_window_is_open_loses_nothing(
    example_app: Rijkapp, qtbot: QtBot, data_dir: Path
) -> None:
    app = example_app
    wait_idle(qtbot, app)
    (data_dir / DB_NAME).unlink()
    _push(app, Edit(None, LeaveEntry("v9", TODAY, TODAY, Decimal(1))), "Verlof opgeslagen.")
    wait_idle(qtbot, app)
    message = _notice(app)
    assert "is verwijderd of vervangen terwijl Rijkapp open was" in message
    assert "Bestand > Back-up terugzetten" in message
    assert app.context.undo_stack.count() == 0
    app.close()  # closes cleanly
    (rescue,) = [b for b in backups.list_backups(data_dir / DB_NAME) if b.reason == "rescue"]
    assert rescue.path.name in message
    data.restore_backup(data_dir, rescue.path, PASSPHRASE, NOW)
    session = data.open_data(data_dir, now=NOW, passphrase=PASSPHRASE)
    try:
        assert session.store.profile().name == "Sanne de Vries"
    finally:
        session.close()


def test_a_locked_keyring_at_start_is_explained_and_rijkapp_stops_cleanly(
    start_app: StartApp, make_session: OpenData, data_dir: Path, qtbot: QtBot
) -> None:
    make_session(data_dir, passphrase=None, example=True).close()
    with active_keyring(LockedKeyring()):
        app = start_app(data_dir, passphrase=None, error_dialogs=True, wait=False)
        qtbot.waitUntil(lambda: app.startup.message_box is not None, timeout=20_000)
    box = app.startup.message_box
    assert box is not None
    assert "sleutelbos van deze computer is vergrendeld" in box.text()
    with qtbot.waitSignal(app.startup.stopped) as stopped:
        box.accept()
    assert stopped.args == [1]
    assert not app.crash.crashed


def test_a_keyring_locked_during_the_session_does_not_stop_a_restore(
    start_app: StartApp, make_session: OpenData, data_dir: Path, qtbot: QtBot
) -> None:
    make_session(data_dir, passphrase=None, example=True).close()
    app = start_app(data_dir, passphrase=None)
    wait_idle(qtbot, app)
    with active_keyring(LockedKeyring()):
        app.window.make_backup()
        wait_idle(qtbot, app)
        app.window.restore_backup()
        qtbot.waitUntil(
            lambda: app.window.restore_dialog is not None and app.window.restore_dialog.isVisible()
        )
        assert app.window.restore_dialog is not None
        app.window.restore_dialog.accept()
        qtbot.waitUntil(lambda: "apart" in _notice(app), timeout=20_000)
        wait_idle(qtbot, app)
    assert not app.window.findChildren(QMessageBox, "problemMessage")
    assert app.window.overview.data is not None
    assert app.window.overview.data.profile.name == "Sanne de Vries"


def test_a_clock_set_back_a_year_is_pointed_out_and_the_backup_kept(
    start_app: StartApp, make_session: OpenData, data_dir: Path, qtbot: QtBot
) -> None:
    session = make_session(data_dir, example=True)
    session.backup("manual", NOW)
    session.close()
    year_ago = NOW - timedelta(days=365)
    app = start_app(data_dir, today=year_ago.date(), now=year_ago)
    qtbot.waitUntil(lambda: "De klok van deze computer staat op" in _notice(app))
    wait_idle(qtbot, app)
    made = backups.list_backups(data_dir / DB_NAME)
    assert [b.made_at for b in made if b.reason == "daily"] == [year_ago]


def test_a_read_only_data_folder_is_named_and_rijkapp_stops_cleanly(
    make_session: OpenData, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    make_session(data_dir, passphrase=None, example=True).close()
    data_dir.chmod(0o500)
    try:
        result = subprocess.run(
            [
                *bound_by_permissions(),
                sys.executable,
                "-m",
                "ui.app",
                "--data-dir",
                str(data_dir),
                "--no-error-dialogs",
                "--lang",
                "nl",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
            check=False,
        )
    finally:
        data_dir.chmod(0o700)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert "Rijkapp kan niet schrijven in de map met je gegevens" in result.stderr
