"""Opening the data: passphrases, a second window, and a file that will not open."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rijkapp.store.session import DB_NAME, key_mode
from tests.helpers import PASSPHRASE
from tests.helpers.gui import StartApp, wait_idle
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.sessions import OpenData
from ui.main_window import WELCOME, WORKSPACE

if TYPE_CHECKING:
    from ui.app import Rijkapp
    from ui.dialogs.passphrase import PassphraseDialog

GOOD = "een lange zin als wachtwoord"


def _dialog(app: Rijkapp) -> PassphraseDialog | None:
    dialog = app.startup.passphrase_dialog
    return dialog if dialog is not None and dialog.isVisible() else None


def test_new_data_without_keyring_asks_a_passphrase_twice(
    no_keyring: None, start_app: StartApp, qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    app = start_app(data_dir, passphrase=None, wait=False)
    qtbot.waitUntil(lambda: _dialog(app) is not None, timeout=10_000)
    dialog = _dialog(app)
    assert dialog is not None
    assert dialog.objectName() == "passphraseDialog"
    assert dialog.repeat_edit.isVisible()
    dialog.passphrase_edit.setText("kort")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text()
    dialog.passphrase_edit.setText(GOOD)
    dialog.repeat_edit.setText(GOOD + "!")
    assert not dialog.ok_button.isEnabled()
    dialog.repeat_edit.setText(GOOD)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.shell.currentIndex() == WELCOME, timeout=10_000)
    assert key_mode(data_dir) == "passphrase"

    app.close()
    again = start_app(data_dir, passphrase=None, wait=False)
    qtbot.waitUntil(lambda: _dialog(again) is not None, timeout=10_000)
    dialog = _dialog(again)
    assert dialog is not None
    assert not dialog.repeat_edit.isVisible()  # existing data: once is enough
    dialog.passphrase_edit.setText("dit is hem niet")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.passphrase_edit.text() == ""  # cleared for the next try
    assert "Traceback" not in dialog.error.text()
    dialog.passphrase_edit.setText(GOOD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.window.shell.currentIndex() == WELCOME, timeout=10_000)


def test_keyring_keeps_the_key_without_asking(
    start_app: StartApp, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    app = start_app(data_dir, passphrase=None)
    assert app.window.shell.currentIndex() == WELCOME
    assert key_mode(data_dir) == "keyring"
    assert memory_keyring.secrets  # the key went to the keyring, not to a file


def test_second_window_on_the_same_data_stops(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    held = make_session(data_dir)  # another Rijkapp has it open
    app = start_app(data_dir, wait=False)
    qtbot.waitUntil(lambda: app.exit_code == 1, timeout=10_000)
    held.close()


def test_damaged_file_offers_a_backup_and_keeps_the_damaged_file(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    session = make_session(data_dir, example=True)
    session.backup("manual", datetime(2026, 11, 27, 17, 0))
    session.close()
    db = data_dir / DB_NAME
    damaged = bytearray(db.read_bytes())
    damaged[:4096] = bytes(4096)  # the header and first page: nothing opens any more
    db.write_bytes(bytes(damaged))

    app = start_app(data_dir, error_dialogs=True, wait=False)
    qtbot.waitUntil(
        lambda: app.startup.restore_dialog is not None and app.startup.restore_dialog.isVisible(),
        timeout=10_000,
    )
    dialog = app.startup.restore_dialog
    assert dialog is not None
    assert dialog.problem_label.text()
    assert "Traceback" not in dialog.problem_label.text()
    assert dialog.list.count() == 1
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.shell.currentIndex() == WORKSPACE, timeout=10_000)
    wait_idle(qtbot, app)
    kept = list(data_dir.glob(f"{DB_NAME}.before-restore-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes()[:4096] == bytes(4096)  # the damaged file, untouched, aside
    shown = app.window.overview.data
    assert shown is not None and shown.profile.name == "Sanne de Vries"


def test_damaged_file_without_backups_stops_with_a_message(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    make_session(data_dir).close()
    (data_dir / DB_NAME).write_bytes(b"this is no database at all" * 200)
    app = start_app(data_dir, passphrase=PASSPHRASE, wait=False)
    qtbot.waitUntil(lambda: app.exit_code == 1, timeout=10_000)
    assert (data_dir / DB_NAME).read_bytes().startswith(b"this is no database")
