"""Walk a screen with the keyboard only, as a screen-reader user would, and say what is wrong.

``walk(screen, scope, start)`` finds the controls of a page or dialog (``findChildren``, without
the parts Qt builds inside its own controls), presses Tab from ``start`` until the focus comes
back, then Shift+Tab the same way, and returns a :class:`Walk`: the stops in order and the
problems found:

- a control without an accessible name, or two controls on one screen with the same name;
- a control that Tab never reaches;
- a widget that keeps Tab (the focus stays where it was), or Tab going round in a loop that never
  comes back to where it started;
- Tab going back up in the same column, against the reading order;
- Shift+Tab not going back the way Tab came.

A new page or dialog is covered by walking it; nothing here knows the screens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QRadioButton,
    QTabBar,
    QWidget,
)

# Qt's own compound controls: what they hold inside is theirs, reached through the control.
QT_COMPOUNDS = (
    "QAbstractSpinBox",
    "QCalendarWidget",
    "QAbstractItemView",
    "QLineEdit",
    "QComboBox",
)
STUCK_PRESSES = 5  # presses on a widget that keeps Tab before the walk gives up on it


def inside_qt_compound(widget: QWidget) -> bool:
    """Parts Qt builds inside its own controls (a date field's editor, a clear button)."""
    parent = widget.parentWidget()
    while parent is not None:
        if any(parent.inherits(name) for name in QT_COMPOUNDS):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def _buddy_text(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").strip()
    return ""


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``.

    Qt derives a name from a button's text or a label's buddy. A list of choices is the
    exception: Qt reads its chosen value as its name ("2026, combo box"), and the label comes
    from the accessible name set on it or the label that names it, so that is what counts here.
    A tab bar is read the same way (the current tab as its name).
    """
    if isinstance(widget, QTabBar) or (isinstance(widget, QComboBox) and not widget.isEditable()):
        return widget.accessibleName().strip() or _buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return widget.accessibleName().strip()
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget | None) -> str:
    """A widget as a problem report names it: its class, object name and accessible name."""
    if widget is None:
        return "nothing"
    name = widget.objectName() or "(no objectName)"
    return f"{type(widget).__name__} {name} {accessible_name(widget)!r}"


def controls(scope: QWidget) -> list[QWidget]:
    """The controls of ``scope`` the keyboard should reach: shown, enabled, taking Tab focus."""
    return [
        widget
        for widget in scope.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not inside_qt_compound(widget)
        and widget.window() is scope.window()
    ]


def where(widget: QWidget) -> QRect:
    """Where ``widget`` is in its window, to compare the Tab order with the reading order."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def goes_back_up(first: QWidget, second: QWidget) -> bool:
    """Whether ``second`` sits wholly above ``first`` in the same column: reading goes down."""
    a, b = where(first), where(second)
    same_column = b.left() < a.right() and a.left() < b.right()
    return same_column and b.bottom() < a.top()


def first_control(scope: QWidget) -> QWidget | None:
    """The control a reader meets first: the highest, then the leftmost."""
    found = controls(scope)
    if not found:
        return None
    return min(found, key=lambda widget: (where(widget).top(), where(widget).left()))


def _radio_group(widget: QWidget) -> tuple[QWidget, ...]:
    """The radio buttons Tab treats as one stop with ``widget`` (arrows move between them)."""
    if not isinstance(widget, QRadioButton):
        return (widget,)
    group = widget.group()
    if group is not None:
        return tuple(group.buttons())
    parent = widget.parentWidget()
    if not widget.autoExclusive() or parent is None:
        return (widget,)
    return tuple(b for b in parent.findChildren(QRadioButton) if b.parentWidget() is parent)


def _owner(focused: QWidget, candidates: list[QWidget]) -> QWidget:
    """The control ``focused`` belongs to: itself, or the compound control around it."""
    widget: QWidget | None = focused
    while widget is not None:
        if widget in candidates:
            return widget
        widget = widget.parentWidget()
    return focused


@dataclass
class Walk:
    """What one walk over a screen found."""

    screen: str
    stops: list[QWidget] = field(default_factory=list)  # in Tab order, from the start
    problems: list[str] = field(default_factory=list)


def _go_round(
    start: QWidget, candidates: list[QWidget], backwards: bool, walk: Walk
) -> list[QWidget]:
    """Press Tab (or Shift+Tab) until the focus is back on ``start``; the stops, ``start`` first."""
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    label = "Shift+Tab" if backwards else "Tab"
    stops = [start]
    kept = 0
    for _ in range(3 * len(candidates) + 20):
        before = QApplication.focusWidget()
        assert before is not None, f"{walk.screen}: nothing has the keyboard focus"
        QTest.keyClick(before, Qt.Key.Key_Tab, modifier)
        after = QApplication.focusWidget()
        if after is None:
            walk.problems.append(f"{walk.screen}: {label} on {describe(before)} leaves no focus")
            return stops
        if after is before and len(set(candidates)) == 1:
            return stops  # the only control on the screen: there is nowhere else to go
        if after is before:
            # Say so once, and press on a few times to see the rest of the screen.
            if not kept:
                walk.problems.append(f"{walk.screen}: {describe(before)} keeps {label}")
            kept += 1
            if kept > STUCK_PRESSES:
                return stops
            continue
        kept = 0
        owner = _owner(after, candidates)
        if owner is start:
            return stops
        if owner in stops:
            loop = " -> ".join(describe(widget) for widget in stops[stops.index(owner) :])
            walk.problems.append(
                f"{walk.screen}: {label} goes round and never comes back to the start: {loop}"
            )
            return stops
        stops.append(owner)
    walk.problems.append(f"{walk.screen}: {label} never comes back to {describe(start)}")
    return stops


def walk(screen: str, scope: QWidget, start: QWidget) -> Walk:
    """Walk ``scope`` by Tab and Shift+Tab from ``start`` (which must be able to take focus)."""
    result = Walk(screen)
    candidates = [*controls(scope), start]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    focused = QApplication.focusWidget()
    if focused is None or _owner(focused, candidates) is not start:
        result.problems.append(f"{screen}: the focus cannot be put on {describe(start)}")
        return result
    forward = _go_round(start, candidates, False, result)
    result.stops = forward
    start.setFocus(Qt.FocusReason.BacktabFocusReason)
    backward = _go_round(start, candidates, True, result)
    if not result.problems and backward[1:] != forward[1:][::-1]:
        result.problems.append(
            f"{screen}: Shift+Tab does not go back the way Tab came: "
            + ", ".join(describe(widget) for widget in backward[1:][::-1])
        )
    for first, second in pairwise(forward[1:]):
        if goes_back_up(first, second):
            result.problems.append(
                f"{screen}: Tab goes back up from {describe(first)} to {describe(second)}, "
                "against the reading order"
            )
    reached = {member for stop in forward + backward for member in _radio_group(stop)}
    for widget in candidates:
        if widget not in reached:
            result.problems.append(f"{screen}: Tab never reaches {describe(widget)}")
    result.problems += _name_problems(screen, candidates)
    return result


def unnamed_parts(widget: QWidget) -> list[QWidget]:
    """The drawings a screen reader meets inside ``widget`` (a chart's picture) without a name.

    A part that holds widgets of its own (the body of a scroll area) only groups them and needs
    no name; a part that draws something is read as a thing of its own."""
    interface = QAccessible.queryAccessibleInterface(widget)
    found = []
    for index in range(interface.childCount() if interface is not None else 0):
        part = interface.child(index)
        inner = part.object() if part is not None else None
        if (
            isinstance(inner, QWidget)
            and inner is not widget
            and inner.isVisible()
            and part is not None
            and part.role() == QAccessible.Role.Client
            and not inner.findChildren(QWidget)
            and not part.text(QAccessible.Text.Name).strip()
        ):
            found.append(inner)
    return found


def _name_problems(screen: str, candidates: list[QWidget]) -> list[str]:
    problems = []
    seen: dict[str, QWidget] = {}
    for widget in dict.fromkeys(candidates):
        name = accessible_name(widget)
        problems += [
            f"{screen}: a part of {describe(widget)}, {describe(part)}, has no accessible name"
            for part in unnamed_parts(widget)
        ]
        if not name:
            problems.append(f"{screen}: {describe(widget)} has no accessible name")
        elif name in seen:
            problems.append(
                f"{screen}: {describe(widget)} has the same name as {describe(seen[name])}"
            )
        else:
            seen[name] = widget
    return problems
