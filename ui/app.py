"""The ``rijkapp`` entry point: the application, its language, its crash handler, its start.

Start-up stays lean: the window is shown first, and once it has painted, the data (SQLCipher,
keyring, the rule book) is opened on the data thread; meanwhile the GUI thread makes the
Overzicht, the only page made at start (ui/pages/registry.py), and loads babel. Heavy libraries
(reportlab, keyring, sqlite-utils, holidays, the core's services) are never imported here.

``--smoke`` quits at the window's first paint; ``--smoke=ready`` once the Overzicht shows its
data (a new, empty data folder gets the example employee first).
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from rijkapp import i18n
from rijkapp.services.changes import EVERYTHING, Area, Changes
from ui.context import AppContext
from ui.crash import CrashHandler
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.startup import EXIT_OK, EXIT_PROBLEM, Startup
from ui.theme import apply_theme
from ui.translators import Translators, normalise

if TYPE_CHECKING:
    from rijkapp.services.changes import Store
    from rijkapp.services.data import Session

UI_SETTINGS = "rijkapp-ui.json"  # the window language, readable before the data is unlocked
SMOKE_TIMEOUT_MS = 30_000
OPEN_UNPAINTED_MS = 500  # a window that is not painted by then (started minimized) opens anyway
SMOKE_PAINT, SMOKE_READY = "paint", "ready"


@dataclass
class Options:
    data_dir: Path | None = None
    temporary: bool = False
    smoke: str | None = None  # SMOKE_PAINT or SMOKE_READY: quit then (for tests and bench)
    language: str | None = None
    error_dialogs: bool = True
    passphrase: str | None = None  # for tests and temporary data; never from the command line


def parse_args(argv: Sequence[str]) -> tuple[Options, list[str], bool]:
    """Our options, the arguments left for Qt, and whether ``--version`` was asked."""
    parser = argparse.ArgumentParser(prog="rijkapp", description="Rijkapp – CAO Rijk companion")
    parser.add_argument("--data-dir", type=Path, help="the folder with your data")
    parser.add_argument(
        "--temp-datadir",
        action="store_true",
        help="use a fresh temporary data folder, removed at exit",
    )
    parser.add_argument(
        "--smoke",
        nargs="?",
        const=SMOKE_PAINT,
        choices=(SMOKE_PAINT, SMOKE_READY),
        help="start, show and paint the main window, then quit; --smoke=ready: quit once the "
        "overview shows its data (for tests)",
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language: nl or en")
    parser.add_argument(
        "--no-error-dialogs",
        action="store_true",
        help="report problems on standard error instead of in dialogs",
    )
    parser.add_argument("--version", action="store_true", help="show versions and quit")
    args, rest = parser.parse_known_args(list(argv))
    options = Options(
        data_dir=args.data_dir,
        temporary=args.temp_datadir,
        smoke=args.smoke,
        language=args.lang,
        error_dialogs=not args.no_error_dialogs,
    )
    return options, rest, args.version


def read_ui_language(data_dir: Path) -> str | None:
    try:
        data = json.loads((data_dir / UI_SETTINGS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in i18n.LANGUAGES else None


def write_ui_language(data_dir: Path, language: str) -> None:
    path = data_dir / UI_SETTINGS
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps({"language": language}), encoding="utf-8")
    partial.replace(path)


class FirstPaint(QObject):
    """``painted`` once, just after the first paint event of the widget it watches."""

    painted = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # once the paint is done and shown
        return False


class Rijkapp(QObject):
    """Wires the window, the data thread, the language and the crash handler together."""

    def __init__(
        self,
        app: QApplication,
        options: Options,
        *,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.options = options
        self._temporary_dir: Path | None = None
        if options.temporary or (options.data_dir is None and options.smoke):
            self._temporary_dir = Path(tempfile.mkdtemp(prefix="rijkapp-tmp-"))
            self.data_dir = self._temporary_dir
            if options.passphrase is None:
                # Throwaway data: a random passphrase keeps it encrypted and out of the keyring.
                options.passphrase = secrets.token_urlsafe(24)
        elif options.data_dir is not None:
            self.data_dir = options.data_dir
        else:
            from rijkapp.paths import default_data_dir

            self.data_dir = default_data_dir()
        self.exit_code = EXIT_OK
        # Temporary data is removed at exit; its crash logs go to the system's temp folder.
        self.crash = CrashHandler(
            lambda: None if self._temporary_dir else self.data_dir,
            show_dialogs=options.error_dialogs,
        )
        self.translators = Translators()
        self.operations = Operations()
        self.context = AppContext(self.operations, today=today, now=now)
        self.set_language(self._start_language(), persist=False)
        self.window = MainWindow(self.context)
        self.window.set_language_checked(self.context.language)
        self.window.languageRequested.connect(self.set_language)
        self.operations.unhandled.connect(self.unhandled)
        self.startup = Startup(
            self.context,
            self.window,
            self.data_dir,
            passphrase=options.passphrase,
            show_dialogs=options.error_dialogs,
            parent=self,
        )
        self.startup.ready.connect(self._ready)
        self.startup.stopped.connect(self.stop)
        self._smoke_timer: QTimer | None = None
        self._first_paint = FirstPaint(self)
        self._first_paint.painted.connect(self._painted)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.timeout.connect(self._open_data)
        self._data_asked = False
        self._closed = False
        # Only main() runs the event loop; tests drive this class inside pytest-qt's loop,
        # where QApplication.exit() would end every later wait.
        self.owns_event_loop = False

    # ---------------------------------------------------------------- language
    def _start_language(self) -> str:
        if self.options.language:
            return normalise(self.options.language)
        return read_ui_language(self.data_dir) or i18n.language_from_environment()

    @Slot(str)
    def set_language(self, language: str, persist: bool = True) -> None:
        language = self.translators.apply(language)
        self.context.language = language
        if hasattr(self, "window"):
            self.window.set_language_checked(language)
        self.context.languageChanged.emit(language)
        if persist and self.context.is_open:
            data_dir = self.data_dir

            def remember(session: Session) -> Changes:
                from rijkapp.services import settings as settings_service

                write_ui_language(data_dir, language)
                return settings_service.set_language(session.store, language)

            self.context.with_session(
                remember, None, self.unhandled, Changes.of(Area.SETTINGS), own=True
            )

    # ---------------------------------------------------------------- running
    def start(self) -> None:
        self.crash.install()
        self.window.show_loading()
        self.window.installEventFilter(self._first_paint)
        self.window.show()
        if self.options.smoke:
            self._smoke_timer = QTimer(self)
            self._smoke_timer.setSingleShot(True)
            self._smoke_timer.timeout.connect(self._smoke_timeout)
            self._smoke_timer.start(SMOKE_TIMEOUT_MS)
        self._open_timer.start(OPEN_UNPAINTED_MS)

    def _painted(self) -> None:
        if self.options.smoke == SMOKE_PAINT:
            self._smoke_done()
            return
        self._open_data()
        # While the data thread fetches the key and opens the data, the first page is made (and
        # its modules imported), so that it only has to be filled when the data is there.
        _ = self.window.overview

    def _open_data(self) -> None:
        """Open the data once the window is on screen: nothing to wait for before it shows."""
        self._open_timer.stop()
        if not self._data_asked:
            self._data_asked = True
            self.startup.start()

    def _ready(self, has_profile: bool) -> None:
        self.context.query(_stored_language, self._stored_language)
        if self.options.smoke and not has_profile:
            today = self.context.today()

            def example(store: Store) -> Changes:
                from rijkapp.services.example import fill_example

                return fill_example(store, today)

            self.context.write(
                example, lambda _changes: self._show_data(True, told=True), self.unhandled
            )
            return
        self._show_data(has_profile)

    def _stored_language(self, stored: str | None) -> None:
        if stored and not self.options.language and stored != self.context.language:
            self.set_language(stored, persist=False)

    def _show_data(self, has_profile: bool, *, told: bool = False) -> None:
        """The workspace or the welcome; ``told``: the pages heard of the data already."""
        self.context.own_has_profile = has_profile or self.context.own_has_profile
        if not told:  # the pages made so far load now; a page made later loads when made
            self.context.changed.emit(EVERYTHING)
        if self.options.smoke == SMOKE_READY:
            self.window.overview.loaded.connect(self._smoke_ready)
        if has_profile:
            self.window.show_workspace("overview")
        else:
            self.window.show_welcome()

    def _smoke_ready(self) -> None:
        self.window.overview.loaded.disconnect(self._smoke_ready)
        self.window.repaint()
        self.window.grab()  # paints every visible widget once, as a screen would
        self._smoke_done()

    def _smoke_done(self) -> None:
        # Which catalogues were loaded and what the first page is called prove the language;
        # what is on show says how far the start got (the opening page, or the Overzicht).
        window = self.window
        stack = window.pages_stack if window.in_workspace() else window.shell
        shown = stack.currentWidget()
        print(
            f"SMOKE OK platform={QApplication.platformName()} language={self.translators.language}"
            f" catalogues={','.join(self.translators.loaded)}"
            f" page={window.navigation.currentItem().text()}"
            f" shown={shown.objectName() if shown is not None else ''}",
            flush=True,
        )
        self.stop(EXIT_PROBLEM if self.crash.crashed else EXIT_OK)

    def _smoke_timeout(self) -> None:
        print(
            "SMOKE FAILED: the main window did not paint or show its data in time", file=sys.stderr
        )
        self.stop(EXIT_PROBLEM)

    @Slot(object)
    def unhandled(self, error: BaseException) -> None:
        from rijkapp.domain.errors import RijkappError

        if isinstance(error, RijkappError):
            self.window.show_error(error)
            return
        self.crash.report(error)
        if self.options.smoke or not self.options.error_dialogs:
            self.stop(EXIT_PROBLEM)

    @Slot(int)
    def stop(self, code: int) -> None:
        self.exit_code = code
        if self._smoke_timer is not None:
            self._smoke_timer.stop()
        if self.owns_event_loop:
            self.app.exit(code)

    def close(self) -> None:
        """Close the data, stop the thread and remove temporary data. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.window.ask_before_closing = False
        self.context.shutdown()
        self.crash.uninstall()
        self.translators.remove_all()
        if self._temporary_dir is not None:
            shutil.rmtree(self._temporary_dir, ignore_errors=True)


def _stored_language(store: Store) -> str | None:
    from rijkapp.services import settings as settings_service

    return settings_service.stored_language(store)


def main(argv: Sequence[str] | None = None) -> int:
    options, qt_args, version = parse_args(sys.argv[1:] if argv is None else argv)
    if version:
        from rijkapp.versions import version_text

        print(version_text())
        return EXIT_OK
    app = QApplication([sys.argv[0] if sys.argv else "rijkapp", *qt_args])
    app.setApplicationName("Rijkapp")
    app.setOrganizationName("Rijkapp")
    app.setDesktopFileName("rijkapp")
    app.setWindowIcon(app_icon())
    apply_theme(app)
    controller = Rijkapp(app, options)
    app.aboutToQuit.connect(controller.close)
    controller.owns_event_loop = True
    controller.start()
    code = app.exec()
    controller.close()
    return code if code else controller.exit_code


if __name__ == "__main__":
    sys.exit(main())
