"""The last line of defence: a bug becomes a log file and a calm message, never a traceback.

Errors a user can do something about (``RijkappError``) are shown where they happen. Everything
else ends up here: uncaught exceptions on the GUI thread (``sys.excepthook``, which PySide6 also
calls for exceptions in slots), on other threads (``threading.excepthook``) and failed jobs of
the data thread that nobody handled.
"""

from __future__ import annotations

import contextlib
import platform
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.text import arg

# The hooks this handler takes over, as Python declares them: sys.excepthook, threading.excepthook.
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadExceptHook = Callable[[threading.ExceptHookArgs], object]


def _now() -> datetime:
    return datetime.now()  # noqa: DTZ005 - the log is read by a person in the same time zone


def crash_report(error: BaseException, when: datetime) -> str:
    """The text of a crash log: what broke, where, and on which versions. No user data: the
    exceptions' messages are left out (see :func:`_chain`)."""
    from rijkapp.versions import versions

    lines = [
        "Rijkapp crash report",
        f"Time: {when.isoformat(timespec='seconds')}",
        f"Platform: {platform.platform()}",
        f"Qt runtime: {qVersion()}",
        f"Qt platform plugin: {QApplication.platformName() if QApplication.instance() else '-'}",
        "",
        "Versions:",
    ]
    try:
        lines += [f"  {name}: {version}" for name, version in versions()]
    except Exception as exc:
        lines.append(f"  (versions unavailable: {exc!r})")
    lines += ["", "Traceback (each exception by its type; messages are left out):"]
    for link in _chain(error):
        lines += traceback.format_list(traceback.extract_tb(link.__traceback__))
        lines.append(f"{type(link).__module__}.{type(link).__qualname__}")
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def _chain(error: BaseException) -> list[BaseException]:
    """``error`` and what led to it, the first cause first (as Python prints them).

    Only where each happened and its type go into the log, never its message: a message can
    hold what the user typed or keeps (a name, an amount, a note), and the log, which the user
    is asked to send, holds nothing about them."""
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in found):
        found.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return found[::-1]


class CrashHandler(QObject):
    """Writes ``<data dir>/logs/crash-<time>.log`` and tells the user in plain words."""

    _tell = Signal(str)  # crosses to the GUI thread when a worker thread crashed
    reported = Signal(str)  # the log's path, after the user has been told

    def __init__(
        self,
        log_dir: Callable[[], Path | None],
        *,
        show_dialogs: bool = True,
        now: Callable[[], datetime] = _now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log_dir = log_dir
        self.show_dialogs = show_dialogs
        self._now = now
        self._previous: tuple[ExceptHook, ThreadExceptHook] | None = None
        self._telling = False
        self.crashed = False
        self._tell.connect(self._tell_user)

    # ---------------------------------------------------------------- hooks
    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._threading_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc.with_traceback(tb))

    def _threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_value.with_traceback(args.exc_traceback))

    # ---------------------------------------------------------------- reporting
    def write_log(self, error: BaseException) -> Path:
        when = self._now()
        text = crash_report(error, when)
        stamp = when.strftime("%Y%m%d-%H%M%S")
        candidates = []
        with contextlib.suppress(Exception):
            base = self._log_dir()
            if base is not None:
                candidates.append(base / "logs")
        candidates.append(Path(tempfile.gettempdir()) / "rijkapp-logs")
        for directory in candidates:
            try:
                directory.mkdir(mode=0o700, parents=True, exist_ok=True)
                path = directory / f"crash-{stamp}.log"
                counter = 1
                while path.exists():
                    path = directory / f"crash-{stamp}-{counter}.log"
                    counter += 1
                path.write_text(text, encoding="utf-8")
                return path
            except OSError:
                continue
        return Path("-")

    def report(self, error: BaseException) -> Path:
        """Log ``error`` and tell the user; from any thread."""
        self.crashed = True
        path = self.write_log(error)
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            self._tell_user(str(path))
        else:
            self._tell.emit(str(path))  # queued to the GUI thread
        return path

    def message(self, log_path: str) -> str:
        return arg(
            self.tr(
                "Something went wrong. Rijkapp could not finish what you were doing. "
                "What was saved before is safe.\n\n"
                "The report is in %1. If it keeps happening, you can send this file to the "
                "makers of Rijkapp; it holds no data about you."
            ),
            log_path,
        )

    @Slot(str)
    def _tell_user(self, log_path: str) -> None:
        text = self.message(log_path)
        if not self.show_dialogs or self._telling or QApplication.instance() is None:
            print(text, file=sys.stderr)
            self.reported.emit(log_path)
            return
        self._telling = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setObjectName("crashMessage")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Rijkapp"))
            box.setText(text)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            self.reported.emit(log_path)
            box.exec()
        finally:
            self._telling = False
