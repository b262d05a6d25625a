"""Every page fits a small window: 1024 by 640, with the example profile, in Dutch and English.

With the real theme (its paddings decide what fits), each page and each tab of Verlof is shown
in a 1024 x 640 window. The test fails on a horizontal scroll bar anywhere on the page, on a
one-line label narrower than its text, on a wrapped label lower than its lines and on a button
narrower than it asks to be: what a user would see as sideways scrolling or cut-off words. A
wide window (1366 by 768) gets the same checks. The window itself opens within the screen.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from tests.helpers.gui import StartApp, wait_idle
from tests.helpers.theme import theme_applied
from ui.app import Rijkapp
from ui.main_window import PAGES, WINDOW_FRAME, WORKSPACE
from ui.pages.verlof import VerlofPage
from ui.widgets.record_table import NARROWEST, shrink_to_fit

SMALL = QSize(1024, 640)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    with theme_applied(qapp, dark=False):
        yield


def _example(start_app: StartApp, qtbot: QtBot, data_dir: Path, language: str) -> Rijkapp:
    app = start_app(data_dir, language=language)
    app.window.explore_example()
    qtbot.waitUntil(lambda: app.window.shell.currentIndex() == WORKSPACE, timeout=10_000)
    wait_idle(qtbot, app)
    app.window.resize(SMALL)
    qtbot.waitUntil(lambda: app.window.size() == SMALL)
    return app


def _visible(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow() and widget.window() is root.window():
            yield widget


def _one_line(label: QLabel) -> bool:
    text = label.text()
    return (
        bool(text)
        and not label.wordWrap()
        and "\n" not in text
        and label.textFormat() != Qt.TextFormat.RichText
        and "<" not in text
    )


def _shown(text: str) -> str:
    """A label's text as drawn: the "&" before a shortcut letter is not shown."""
    return re.sub(r"&(.)", r"\1", text)


def _button_needs(button: QPushButton) -> int:
    """What the style asks for; a button made a fixed size on purpose (a small "◀") needs its
    text and some padding."""
    if button.minimumWidth() == button.maximumWidth():
        return button.fontMetrics().horizontalAdvance(_shown(button.text())) + 16
    return button.sizeHint().width()


def _problems(page: QWidget) -> list[str]:
    """What a user would see as sideways scrolling or cut-off text on ``page``."""
    problems = []
    for widget in _visible(page):
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{name} scrolls sideways")
        if isinstance(widget, QLabel) and _one_line(widget):
            needed = widget.fontMetrics().horizontalAdvance(_shown(widget.text()))
            margins = widget.contentsMargins()
            room = widget.width() - margins.left() - margins.right() - 2 * widget.margin()
            if room < needed:
                problems.append(f"{name} {widget.text()!r}: {room} of {needed} px")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed_height = widget.heightForWidth(widget.width())
            if widget.height() < needed_height:
                problems.append(
                    f"{name} {widget.text()[:40]!r}: {widget.height()} of {needed_height} px high"
                )
        if isinstance(widget, QPushButton) and widget.width() < _button_needs(widget):
            problems.append(
                f"{name} {widget.text()!r}: {widget.width()} of {_button_needs(widget)} px"
            )
    return problems


def _settled_problems(qtbot: QtBot, page: QWidget) -> list[str]:
    """The problems left once the layouts have settled after the page was filled (a page made
    on its first show settles a moment later still): what a user sees."""
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not _problems(page), timeout=2_000)
    return _problems(page)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.usefixtures("themed")
def test_every_page_fits_1024_by_640_without_scrolling_sideways_or_cut_text(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    app = _example(start_app, qtbot, tmp_path / "data", language)
    window = app.window
    problems: dict[str, list[str]] = {}
    for key, _icon, _page in PAGES:
        window.show_page(key)
        page = window.pages[key]
        tabs = page.tabs.count() if isinstance(page, VerlofPage) else 1
        for tab in range(tabs):
            if isinstance(page, VerlofPage):
                page.tabs.setCurrentIndex(tab)
            wait_idle(qtbot, app)
            found = _settled_problems(qtbot, page)
            if found:
                problems[f"{key} tab {tab}"] = found
    assert problems == {}


@pytest.mark.usefixtures("themed")
def test_in_a_wide_window_no_card_cuts_off_its_last_lines(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path
) -> None:
    """At 1366 by 768 a page's body is a little wider than its capped column: the column's
    cards must get the height their text needs at the column's own width."""
    app = _example(start_app, qtbot, tmp_path / "data", "en")
    window = app.window
    window.resize(QSize(1366, 768))
    qtbot.waitUntil(lambda: window.size() == QSize(1366, 768))
    problems: dict[str, list[str]] = {}
    for key, _icon, _page in PAGES:
        window.show_page(key)
        wait_idle(qtbot, app)
        found = _settled_problems(qtbot, window.pages[key])
        if found:
            problems[key] = found
    assert problems == {}


def test_the_checks_find_a_page_that_scrolls_sideways_and_a_cut_button(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path, themed: None
) -> None:
    app = _example(start_app, qtbot, tmp_path / "data", "en")
    page = app.window.pages["verlof"]
    assert isinstance(page, VerlofPage)
    app.window.show_page("verlof")
    wide = QLabel("wide")
    wide.setMinimumWidth(1400)
    page.frame.body.addWidget(wide)
    button = page.findChild(QAbstractButton, "addLeaveButton")
    assert isinstance(button, QPushButton)
    button.setMaximumWidth(30)
    found = ""

    def detected() -> bool:
        nonlocal found
        found = " ".join(_problems(page))
        return "pageScroll" in found and "addLeaveButton" in found

    qtbot.waitUntil(detected, timeout=5_000)
    assert "scrolls sideways" in found


def test_the_window_opens_within_the_available_screen(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = start_app(tmp_path / "data")
    screen = app.window.screen()
    room = screen.availableGeometry().size() - WINDOW_FRAME
    opened = app.window.size()
    assert opened.width() <= max(room.width(), app.window.minimumWidth())
    assert opened.height() <= max(room.height(), app.window.minimumHeight())
    assert app.window.minimumSize().boundedTo(SMALL) == app.window.minimumSize()


def test_the_widest_columns_give_way_first_and_all_fit() -> None:
    natural = [120, 300, 80, 0, 200]  # the 0 is a hidden column
    widths = shrink_to_fit(natural, 480)
    assert sum(widths) <= 480
    assert widths[2] == 80 and widths[3] == 0  # narrow columns keep their width
    assert widths[1] == widths[4] < 200  # the widest are cut to one width
    assert shrink_to_fit([400, 400], 10) == [NARROWEST, NARROWEST]
