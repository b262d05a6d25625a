"""Moving around: every page is reachable from the navigation by keyboard, and the page keys and
the mouse wheel scroll the page instead of jumping elsewhere. (Names and Tab order of every
control are in test_accessibility_walk.py.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QListWidget, QScrollArea, QStackedWidget, QTabBar
from pytestqt.qtbot import QtBot

from tests.helpers.gui import StartApp, child, wait_idle
from tests.helpers.sessions import OpenData
from ui.main_window import PAGES, WORKSPACE


def test_arrow_keys_reach_every_page(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    window = app.window
    assert window.shell.currentIndex() == WORKSPACE
    navigation = child(window, QListWidget, "navigation")
    stack = child(window, QStackedWidget, "pageStack")
    navigation.setFocus()
    assert navigation.hasFocus() or not window.isActiveWindow()
    assert navigation.accessibleName()

    seen = [window.current_page_key()]
    for _ in range(len(PAGES) - 1):
        qtbot.keyClick(navigation, Qt.Key.Key_Down)
        seen.append(window.current_page_key())
        assert stack.currentWidget() is window.pages[seen[-1]]
    assert seen == [key for key, _icon, _page in PAGES]
    qtbot.keyClick(navigation, Qt.Key.Key_Home)
    assert window.current_page_key() == "overview"
    qtbot.keyClick(navigation, Qt.Key.Key_End)
    assert window.current_page_key() == "profiel"
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        qtbot.keyClick(navigation, key)  # seven pages have nothing to page through
        assert window.current_page_key() == "profiel"

    for row in range(navigation.count()):
        item = navigation.item(row)
        assert item.text()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text()
        assert not item.icon().isNull()


def test_shortcuts_go_to_pages(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    window = app.window
    for index, (key, _icon, _page) in enumerate(PAGES):
        window.page_actions[index].trigger()
        assert window.current_page_key() == key


def test_page_keys_in_the_navigation_scroll_the_page(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    window = app.window
    window.resize(1366, 768)
    window.show_page("ikb")
    wait_idle(qtbot, app)
    navigation = child(window, QListWidget, "navigation")
    bar = child(window.pages["ikb"], QScrollArea, "pageScroll").verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the page is taller than the window
    assert bar.value() == 0
    qtbot.keyClick(navigation, Qt.Key.Key_PageDown)
    assert window.current_page_key() == "ikb"
    assert bar.value() == bar.pageStep()
    qtbot.keyClick(navigation, Qt.Key.Key_PageUp)
    assert bar.value() == 0


def test_the_wheel_over_the_tabs_leaves_the_tab_alone(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    window = app.window
    window.resize(1366, 768)
    window.show_page("verlof")
    wait_idle(qtbot, app)
    page = window.pages["verlof"]
    tab_bar = child(page, QTabBar, "verlofTabBar")
    tab_bar.setCurrentIndex(1)  # the year planner: taller than the window
    inside = QPointF(tab_bar.rect().center())
    wheel = QWheelEvent(
        inside,
        QPointF(tab_bar.mapToGlobal(inside.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: further down the page
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(tab_bar, wheel)
    assert tab_bar.currentIndex() == 1
    # Left to the widgets around it: Qt hands a real wheel event on to the page's scroll area
    # (an event sent from a test is not handed on, so the test stops here).
    assert not wheel.isAccepted()
