"""The start makes only the page on show, loads no library that only other pages use, and opens
the data once the window is on screen (or soon after, when it is never painted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers import PASSPHRASE
from tests.helpers.gui import StartApp, wait_idle
from tests.helpers.sessions import OpenData
from ui.app import Options, Rijkapp
from ui.main_window import WORKSPACE

ROOT = Path(__file__).resolve().parents[2]
# Charts (IKB, Leren), the PDF of a talk and its preview: none of them is on the Overzicht;
# nor is babel needed for its figures and dates (rijkapp.cldr writes those).
LATER = ("PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "reportlab", "pypdf", "babel")


def test_only_the_overview_is_made_at_start(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    window = app.window
    assert window.shell.currentIndex() == WORKSPACE
    wait_idle(qtbot, app)
    assert list(window.pages.made()) == ["overview"]
    assert window.pages_stack.count() == 1
    assert window.overview.data is not None and window.overview.data.has_profile

    window.show_page("leren")
    assert list(window.pages.made()) == ["overview", "leren"]
    assert window.pages_stack.currentWidget() is window.pages["leren"]
    wait_idle(qtbot, app)
    assert window.pages["leren"].isVisible()


def _start_in_a_new_process(smoke: str, report: str) -> str:
    """The output of a whole start (``--smoke=...`` on temporary data), then of ``report``,
    Python code run once it is over."""
    code = (
        "import linecache, sys, ui.app; "
        f"code = ui.app.main(['--temp-datadir', '--smoke={smoke}', '--no-error-dialogs']); "
        f"{report}; "
        "sys.exit(code)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_start_up_to_the_filled_overview_imports_no_chart_or_pdf_library() -> None:
    output = _start_in_a_new_process(
        "ready",
        f"print('LOADED', ','.join(m for m in {LATER!r} if m in sys.modules)); "
        "print('SOURCES KEPT', len(linecache.cache))",
    )
    assert "shown=overviewPage" in output  # it did get as far as the filled Overzicht
    assert "LOADED \n" in output
    # PySide6 reads the source of every module imported after it; none of it stays in memory.
    kept = int(output.split("SOURCES KEPT ")[1].split()[0])
    assert kept < 10, f"the source of {kept} modules is kept in memory"


def test_a_start_that_ends_at_the_first_paint_loads_none_of_the_data_code() -> None:
    # The window paints before the data is opened: neither the store, nor the keyring, nor the
    # talk services (which the window's File menu uses) are needed for it, nor to close it.
    data_code = ("rijkapp.services.data", "rijkapp.store.repository", "rijkapp.services.talks")
    output = _start_in_a_new_process(
        "paint",
        f"print('LOADED', ','.join(m for m in {(*data_code, 'keyring')!r} if m in sys.modules))",
    )
    assert "shown=loadingPage" in output
    assert "LOADED \n" in output


def test_a_window_that_is_not_painted_still_opens_its_data(
    qapp: QApplication, qtbot: QtBot, make_session: OpenData, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = Rijkapp(qapp, Options(data_dir=tmp_path / "data", passphrase=PASSPHRASE, language="nl"))
    try:
        app.start()
        app.window.hide()  # before its first paint: started minimized, say
        qtbot.waitUntil(lambda: app.window.shell.currentIndex() == WORKSPACE, timeout=10_000)
        assert app.context.is_open
    finally:
        app.close()
        app.window.close()
        app.window.deleteLater()
