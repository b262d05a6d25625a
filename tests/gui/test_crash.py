"""A bug becomes a log file and a plain message: never a traceback in the user's face."""

from __future__ import annotations

import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.crash import CrashHandler


def _broken() -> None:
    raise ZeroDivisionError("secret detail of a bug")


def _exception() -> BaseException:
    try:
        _broken()
    except ZeroDivisionError as exc:
        return exc
    raise AssertionError("unreachable")


def test_crash_writes_a_log_and_shows_a_plain_message(qtbot: QtBot, tmp_path: Path) -> None:
    handler = CrashHandler(
        lambda: tmp_path, show_dialogs=True, now=lambda: datetime(2026, 11, 28, 10, 30, 5)
    )
    shown: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown["name"] = box.objectName()
        shown["text"] = box.text() + box.informativeText() + box.detailedText()
        box.accept()

    QTimer.singleShot(0, read_and_close)
    path = handler.report(_exception())

    assert path == tmp_path / "logs" / "crash-20261128-103005.log"
    log = path.read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError" in log and "_broken" in log
    assert "ZeroDivisionError: secret detail" not in log  # a message may hold user data
    assert "Rijkapp" in log and "PySide6" in log and "Python" in log  # versions
    assert shown["name"] == "crashMessage"
    assert str(path) in shown["text"]
    for leak in ("Traceback", "ZeroDivisionError", "secret detail", 'File "'):
        assert leak not in shown["text"]
    assert handler.crashed


def test_hooks_catch_uncaught_exceptions(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = CrashHandler(lambda: tmp_path, show_dialogs=False)
    told: list[str] = []
    handler.reported.connect(told.append)
    handler.install()
    try:
        assert sys.excepthook == handler._excepthook
        exc = _exception()
        sys.excepthook(type(exc), exc, exc.__traceback__)
        thread = threading.Thread(target=_broken)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(told) == 2)  # the thread's report reaches the GUI thread
        assert len(list((tmp_path / "logs").glob("crash-*.log"))) == 2
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler._excepthook
    err = capsys.readouterr().err
    assert "logs" in err and "crash-" in err
    assert "Traceback" not in err and "secret detail" not in err


def test_no_data_folder_falls_back_to_temp(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    handler = CrashHandler(lambda: None, show_dialogs=False)
    path = handler.write_log(_exception())
    assert path.parent == tmp_path / "rijkapp-logs"
    assert path.exists()
