"""A ring around whatever has the keyboard focus, the same for every kind of control.

The style's own focus marks are faint (a 1-pixel line in a blue close to the main button's),
and each kind of control has its own. :class:`FocusRing` draws one ring just outside the control
that has the focus: 2 pixels in the theme's focus colour, with a gap of 2 pixels of the
background between ring and control. The ring has 3:1 against the background it is drawn on, and
the gap keeps it apart from the control itself, also from a dark blue button (both checked in
``tests/unit/test_contrast.py`` and, on rendered pixels, ``tests/gui/test_contrast_rendered.py``).

The ring surrounds the chosen tab of a tab bar and the current row of a list (the navigation),
and a check box or radio button as far as its text goes. It shows when the focus came from the
keyboard or from the program; a mouse click on a button does not ring it (a click in a text field
does). It is a child widget of the nearest parent with room for it, follows the control when it
moves or scrolls, and takes no mouse clicks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, SignalInstance
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QTabBar,
    QTextEdit,
    QWidget,
)

WIDTH = 2  # the ring's line
GAP = 2  # background between the control and the ring
OUTSET = WIDTH + GAP
RADIUS = 4

# Where a click gives the focus, the ring shows too: the user is about to type.
TYPED_INTO = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)
WATCHED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """The ring itself: a transparent widget that paints a rounded frame at its edge."""

    def __init__(self, colour: Callable[[], QColor], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.colour = colour
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.colour(), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        inset = WIDTH / 2
        painter.drawRoundedRect(
            self.rect().toRectF().adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS
        )
        painter.end()


class FocusRings(QObject):
    """Moves one :class:`FocusRing` to the widget with the focus, and keeps it there."""

    def __init__(self, app: QApplication, colour: Callable[[], QColor]) -> None:
        super().__init__(app)
        self.setObjectName("focusRings")
        self.colour = colour
        self.ring: FocusRing | None = None
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._connected: list[SignalInstance] = []
        app.focusChanged.connect(self._focus_changed)

    # ---------------------------------------------------------------- following the focus
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        clicked = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        if new is not None and clicked and not isinstance(new, TYPED_INTO):
            new = None
        self.follow(new)

    def follow(self, widget: QWidget | None) -> None:
        """Ring ``widget`` (None: ring nothing)."""
        self._release()
        if widget is None or not self._wants_ring(widget):
            self._hide()
            return
        self.target = widget
        widget.destroyed.connect(self._target_destroyed)
        self._connected = self._signals(widget)
        for signal in self._connected:
            signal.connect(self.place)
        self.place()

    @staticmethod
    def _wants_ring(widget: QWidget) -> bool:
        return not (
            widget.isWindow()
            or isinstance(widget, QMenu | QMenuBar | FocusRing)
            or widget.focusPolicy() == Qt.FocusPolicy.NoFocus
        )

    def _release(self) -> None:
        target = self.target
        self.target = None
        if target is not None and shiboken6.isValid(target):
            for signal in self._connected:
                with contextlib.suppress(RuntimeError):  # its model went first
                    signal.disconnect(self.place)
            target.destroyed.disconnect(self._target_destroyed)
        self._connected = []
        for watched in self._watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []

    @staticmethod
    def _signals(target: QWidget) -> list[SignalInstance]:
        """What moves the ringed part inside the target: another tab, row or scroll position."""
        signals: list[SignalInstance] = []
        if isinstance(target, QTabBar):
            signals.append(target.currentChanged)
        if isinstance(target, QListView):
            model = target.selectionModel()
            if model is not None:
                signals.append(model.currentChanged)
            signals.append(target.verticalScrollBar().valueChanged)
        return signals

    def _target_destroyed(self) -> None:
        self.target = None
        self._watched = []
        self._hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in WATCHED and self.target is not None:
            self.place()
        return False

    # ---------------------------------------------------------------- placing the ring
    def place(self, *_args: object) -> None:
        """Put the ring around the target where it is now."""
        target = self.target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self._hide()
            return
        area, origin = self.area(target)
        host = self._host(target, area)
        watched = [target]
        parent = target.parentWidget()
        while parent is not None and parent is not host:
            watched.append(parent)
            parent = parent.parentWidget()
        if watched != self._watched:
            for old in self._watched:
                if shiboken6.isValid(old):
                    old.removeEventFilter(self)
            for new in watched:
                new.installEventFilter(self)
            self._watched = watched
        ring = self._ring(host)
        ring.colour = self.colour
        top_left = origin.mapTo(host, area.topLeft()) if origin is not host else area.topLeft()
        ring.setGeometry(QRect(top_left, area.size()).adjusted(-OUTSET, -OUTSET, OUTSET, OUTSET))
        ring.raise_()
        ring.show()
        ring.update()

    @staticmethod
    def area(target: QWidget) -> tuple[QRect, QWidget]:
        """The part of ``target`` to ring, in the coordinates of the widget returned with it."""
        if isinstance(target, QTabBar) and target.currentIndex() >= 0:
            return target.tabRect(target.currentIndex()), target
        if isinstance(target, QListView) and target.currentIndex().isValid():
            item = target.visualRect(target.currentIndex())
            if target.viewport().rect().contains(item):
                return item, target.viewport()
        if isinstance(target, QCheckBox | QRadioButton) or (
            isinstance(target, QAbstractButton) and target.property("role") == "link"
        ):
            # as far as the text goes, when a layout makes the button wider than that
            width = min(target.width(), target.sizeHint().width())
            return QRect(0, 0, width, target.height()), target
        return target.rect(), target

    @staticmethod
    def _host(target: QWidget, area: QRect) -> QWidget:
        """The nearest parent that has room for the ring all round (else the window)."""
        host = target.parentWidget()
        while host is not None:
            if isinstance(host, QSplitter):  # it would take the ring for one of its panes
                host = host.parentWidget()
                continue
            offset = target.mapTo(host, QPoint(0, 0))
            if host.rect().contains(
                area.translated(offset).adjusted(-OUTSET, -OUTSET, OUTSET, OUTSET)
            ):
                return host
            if host.isWindow() or host.parentWidget() is None:
                return host
            host = host.parentWidget()
        return target

    def _ring(self, host: QWidget) -> FocusRing:
        ring = self.ring
        if ring is None or not shiboken6.isValid(ring):
            ring = FocusRing(self.colour, host)
            ring.destroyed.connect(self._ring_destroyed)
            self.ring = ring
        elif ring.parentWidget() is not host:
            ring.setParent(host)
        return ring

    def _ring_destroyed(self) -> None:
        self.ring = None

    def _hide(self) -> None:
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.hide()


def install_focus_ring(app: QApplication, colour: Callable[[], QColor]) -> FocusRings:
    """The application's one focus ring, made the first time this is called."""
    found = app.findChild(FocusRings, "focusRings")
    if found is not None:
        found.colour = colour
        return found
    return FocusRings(app, colour)


def focus_rings(app: QApplication) -> FocusRings | None:
    """The focus ring installed on ``app``, if any."""
    return app.findChild(FocusRings, "focusRings")
