"""Bestand, Beeld and Help: export, import, backups, language, the change log and About."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from rijkapp.store.backups import list_backups
from rijkapp.store.session import DB_NAME
from tests.helpers import PASSPHRASE
from tests.helpers.gui import StartApp, child, wait_idle
from tests.helpers.sessions import OpenData
from ui.formatting import language as window_language

if TYPE_CHECKING:
    from ui.app import Rijkapp

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def example_app(start_app: StartApp, make_session: OpenData, tmp_path: Path) -> Rijkapp:
    make_session(tmp_path / "data", example=True).close()
    return start_app(tmp_path / "data")


def _status(app: Rijkapp) -> str:
    return app.window.notice.message()


def _shown_name(app: Rijkapp) -> str | None:
    """The name on the Overzicht page; None until its data has come."""
    shown = app.window.overview.data
    return None if shown is None else shown.profile.name


def test_export_then_import(example_app: Rijkapp, qtbot: QtBot, tmp_path: Path) -> None:
    app = example_app
    target = tmp_path / "export.json"
    app.window.export_to(target)
    wait_idle(qtbot, app)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "rijkapp"
    assert document["profile"]["name"] == "Sanne de Vries"
    assert target.name in _status(app)

    document["profile"]["name"] = "Sanne Jansen"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), encoding="utf-8")
    app.window.import_from(changed)
    wait_idle(qtbot, app)
    qtbot.waitUntil(lambda: _shown_name(app) == "Sanne Jansen")
    wait_idle(qtbot, app)
    assert child(app.window, QLabel, "headerPerson").text().startswith("Sanne Jansen")
    assert next(b.reason for b in list_backups(tmp_path / "data" / DB_NAME)) == "import"


def test_refused_import_says_why_and_changes_nothing(
    example_app: Rijkapp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = example_app
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "rijkapp", "version": 1, "employment": [{"id": 3}]}', encoding="utf-8"
    )
    app.window.import_from(bad)
    qtbot.waitUntil(
        lambda: (
            app.window.findChild(type(app.window), "x") is None
            and bool(app.window.findChildren(QMessageBox, "problemMessage"))
        ),
        timeout=10_000,
    )
    box = app.window.findChildren(QMessageBox, "problemMessage")[0]
    assert "Traceback" not in box.text()
    box.accept()
    assert _shown_name(app) == "Sanne de Vries"


def test_backup_and_restore(example_app: Rijkapp, qtbot: QtBot, tmp_path: Path) -> None:
    app = example_app
    app.window.make_backup()
    wait_idle(qtbot, app)
    made = [b for b in list_backups(tmp_path / "data" / DB_NAME) if b.reason == "manual"]
    assert len(made) == 1
    assert made[0].path.name in _status(app)

    app.window.restore_backup()
    qtbot.waitUntil(
        lambda: app.window.restore_dialog is not None and app.window.restore_dialog.isVisible(),
        timeout=10_000,
    )
    dialog = app.window.restore_dialog
    assert dialog is not None
    assert dialog.list.count() >= 1
    dialog.accept()
    qtbot.waitUntil(lambda: "aside" in _status(app) or "apart" in _status(app), timeout=10_000)
    wait_idle(qtbot, app)
    assert list((tmp_path / "data").glob(f"{DB_NAME}.before-restore-*"))
    assert _shown_name(app) == "Sanne de Vries"


def test_audit_and_about(example_app: Rijkapp, qtbot: QtBot) -> None:
    app = example_app
    app.window.show_audit()
    wait_idle(qtbot, app)
    assert app.window.audit_dialog.model.rowCount() > 5
    app.window.audit_dialog.reject()
    app.window.show_about()
    wait_idle(qtbot, app)
    about = app.window.about_dialog
    assert "PySide6" in about.table.text() and "Rijkapp" in about.table.text()
    about.reject()


def test_language_is_kept_in_the_data(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    assert app.context.language == "nl"
    app.window.language_actions["en"].trigger()
    wait_idle(qtbot, app)
    assert app.context.language == "en"
    assert window_language() == "en"  # the core's values and messages follow
    assert app.window.language_actions["en"].isChecked()
    app.close()
    stored = make_session(tmp_path / "data", passphrase=PASSPHRASE)
    assert stored.store.settings()["language"] == "en"
    stored.close()
    again = start_app(tmp_path / "data", language=None)
    wait_idle(qtbot, again)
    assert again.context.language == "en"


def _lrelease() -> str | None:
    candidates = [
        Path(sys.executable).parent / "pyside6-lrelease",
        shutil.which("pyside6-lrelease"),
    ]
    return next((str(c) for c in candidates if c and Path(c).exists()), None)


def test_window_speaks_dutch_and_english(
    start_app: StartApp,
    make_session: OpenData,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "compiled"
    compiled.mkdir()
    for language in ("nl", "en"):
        subprocess.run(
            [
                lrelease,
                str(ROOT / "translations" / f"rijkapp_{language}.ts"),
                "-qm",
                str(compiled / f"rijkapp_{language}.qm"),
            ],
            check=True,
            capture_output=True,
        )
    monkeypatch.setattr("ui.translators.compiled_dir", lambda: compiled)
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data", language="nl")
    wait_idle(qtbot, app)
    navigation = app.window.navigation
    assert navigation.item(0).text() == "Overzicht"
    assert app.window.profiel.save_button.text() == "&Opslaan"
    assert child(app.window, QLabel, "careerTileTitle").text().startswith("Loopbaan")
    app.window.language_actions["en"].trigger()
    wait_idle(qtbot, app)
    assert navigation.item(0).text() == "Overview"
    assert child(app.window, QLabel, "careerTileValue").text() == "17 August 2051"
    app.window.language_actions["nl"].trigger()
    wait_idle(qtbot, app)
    assert navigation.item(6).text() == "Profiel"
