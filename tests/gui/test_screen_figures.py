"""Every figure, message and screen a user sees, compared with what the app showed before.

The whole app runs offscreen in Dutch on a fixed day, once on the example profile
("Voorbeeldprofiel verkennen") and once on a dossier imported from ``tests/data/example.json``.
Every page is shown in turn, each tab opened, every "show more" opened, and every "Hoe is dit
berekend?" explanation opened (for IKB also each month's); what they show (see
``screen_texts``) is compared with ``tests/data/golden/screens-<dossier>-<day>.json``.

When a change to what is shown is intended, rewrite the files and review their diff::

    RIJKAPP_UPDATE_GOLDEN=1 bash scripts/test.sh -k test_screen_figures

(the test is then skipped: nothing was compared).
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.screen_texts import Snapshot, page_snapshot, snapshot, visible_widgets
from tests.helpers import PASSPHRASE
from tests.helpers.gui import wait_idle
from tests.helpers.sessions import OpenData

if TYPE_CHECKING:
    from ui.app import Rijkapp

DATA = Path(__file__).parent.parent / "data"
GOLDEN = DATA / "golden"
DAYS = (date(2026, 11, 28), date(2025, 3, 15))
EXPLAIN = "Hoe is dit berekend?"
EXPLAIN_MONTH = "Hoe is deze maand berekend?"
SHOWN_DIFF_LINES = 40

StartOn = Callable[[Path, date], "Rijkapp"]


@pytest.fixture
def start(qtbot: QtBot, qapp: QApplication) -> Iterator[StartOn]:
    """The whole application on ``data_dir`` with ``today`` as the day (as ``start_app``)."""
    from ui.app import Options, Rijkapp

    started: list[Rijkapp] = []

    def run(data_dir: Path, today: date) -> Rijkapp:
        options = Options(data_dir=data_dir, passphrase=PASSPHRASE, language="nl")
        app = Rijkapp(qapp, options, today=lambda: today)
        started.append(app)
        app.window.resize(1280, 900)
        app.window.show_loading()
        app.window.show()
        app.startup.start()
        qtbot.waitUntil(lambda: app.window.shell.currentIndex() != 0, timeout=10_000)
        return app

    yield run
    for app in started:
        app.close()
        app.window.close()
        app.window.deleteLater()
    qapp.processEvents()


def _open_dialogs() -> list[QDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible()
    ]


def _heading(dialog: QDialog) -> str:
    """The dialog's title and its first text: what the explanation is about."""
    first = next((w.text() for w in visible_widgets(dialog) if isinstance(w, QLabel)), "")
    return f"{dialog.windowTitle()}: {first}"


def _explained_by(button: QAbstractButton, settle: Callable[[], None]) -> dict[str, Snapshot]:
    button.click()
    settle()
    shown = {}
    for dialog in _open_dialogs():
        shown[_heading(dialog)] = snapshot(dialog)
        dialog.reject()
    settle()
    return shown


def _explanations(page: QWidget, settle: Callable[[], None]) -> dict[str, Snapshot]:
    """Every explanation the page offers: one per "Hoe is dit berekend?" button, and one per
    row of the table whose selection the "Hoe is deze maand berekend?" button explains."""
    found: dict[str, Snapshot] = {}

    def add(more: dict[str, Snapshot]) -> None:
        for title, shown in more.items():
            key, number = title, 1
            while key in found and found[key] != shown:
                number += 1
                key = f"{title} #{number}"
            found[key] = shown

    buttons = [w for w in visible_widgets(page) if isinstance(w, QAbstractButton)]
    for button in buttons:
        if button.text() == EXPLAIN and button.isEnabled():
            add(_explained_by(button, settle))
    month_buttons = [b for b in buttons if b.text() == EXPLAIN_MONTH]
    views = [w for w in visible_widgets(page) if isinstance(w, QAbstractItemView)]
    for month_button in month_buttons:
        for view in views:
            for row in range(view.model().rowCount()):
                view.clearSelection()
                view.selectionModel().select(
                    view.model().index(row, 0),
                    view.selectionModel().SelectionFlag.ClearAndSelect
                    | view.selectionModel().SelectionFlag.Rows,
                )
                if month_button.isEnabled():
                    add(_explained_by(month_button, settle))
            view.clearSelection()
    return found


def screens(app: Rijkapp, qtbot: QtBot) -> Snapshot:
    """What the window and each of its pages show."""
    window = app.window

    def settle() -> None:
        QApplication.processEvents()
        wait_idle(qtbot, app)
        QApplication.processEvents()

    pages: dict[str, Snapshot] = {}
    for key, page in window.pages.items():
        window.show_page(key)
        settle()
        shown = page_snapshot(page, settle)
        explanations = _explanations(page, settle)
        if explanations:
            shown["explanations"] = explanations
        pages[key] = shown
    return {
        "window": snapshot(window, skip=tuple(window.pages.values())),
        "pages": pages,
    }


def _compare(name: str, shown: Snapshot) -> None:
    path = GOLDEN / f"{name}.json"
    text = json.dumps(shown, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if os.environ.get("RIJKAPP_UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        pytest.skip(f"{path.name} rewritten; review its diff")
    assert path.exists(), f"{path} is missing: make it with RIJKAPP_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = list(
            difflib.unified_diff(
                expected.splitlines(), text.splitlines(), "before", "now", lineterm="", n=2
            )
        )
        shown_diff = "\n".join(diff[:SHOWN_DIFF_LINES])
        more = len(diff) - SHOWN_DIFF_LINES
        pytest.fail(
            f"What the screens show differs from {path.name}:\n{shown_diff}"
            + (f"\n… and {more} more lines" if more > 0 else ""),
            pytrace=False,
        )


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_example_profile_shows_the_same(
    start: StartOn, qtbot: QtBot, tmp_path: Path, today: date
) -> None:
    from ui.main_window import WORKSPACE

    app = start(tmp_path / "data", today)
    app.window.explore_example()
    qtbot.waitUntil(lambda: app.window.shell.currentIndex() == WORKSPACE, timeout=10_000)
    wait_idle(qtbot, app)
    _compare(f"screens-example-{today.isoformat()}", screens(app, qtbot))


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_an_imported_dossier_shows_the_same(
    start: StartOn,
    make_session: OpenData,
    qtbot: QtBot,
    tmp_path: Path,
    today: date,
) -> None:
    from rijkapp.services.exchange import import_file

    session = make_session(tmp_path / "data")
    import_file(session, DATA / "example.json", datetime(2026, 11, 28, 9, 0))
    session.close()
    app = start(tmp_path / "data", today)
    wait_idle(qtbot, app)
    _compare(f"screens-imported-{today.isoformat()}", screens(app, qtbot))
