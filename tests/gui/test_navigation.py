"""Keyboard-only use: every page is reachable from the navigation, and everything has a name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QWidget,
)
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


def _inside_qt_compound(widget: QWidget) -> bool:
    """Parts Qt builds inside its own controls (a date field's editor, a clear button)."""
    parent = widget.parent()
    while parent is not None:
        if any(
            parent.inherits(name)
            for name in ("QAbstractSpinBox", "QCalendarWidget", "QAbstractItemView", "QLineEdit")
        ):
            return True
        parent = parent.parent()
    return widget.objectName().startswith("qt_")


def test_every_control_has_a_name(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    wait_idle(qtbot, app)
    page = app.window.profiel
    for widget in page.findChildren(QLineEdit) + page.findChildren(QAbstractButton):
        if _inside_qt_compound(widget):
            continue
        assert widget.objectName(), widget
        assert widget.accessibleName() or widget.text(), widget.objectName()
    for field in page.field_widgets.values():
        assert field.accessibleName(), field.objectName()
