"""What a user sees on a screen, as plain data: the texts of labels, fields, buttons and tables.

The shape is chosen to survive a reorganisation of the widgets behind a screen (pages split into
modules, frames nested differently, classes renamed) and to change only when what is shown
changes:

* ``labels``: visible labels with an object name, by that name (the names the tests use);
* ``texts``: the other visible labels, sorted (their order in the tree is an implementation
  detail, their content is not);
* ``fields``: what line edits, combo boxes, spin boxes and date fields show, by object name or
  accessible name (unnamed ones in ``other fields``, sorted);
* ``buttons``: the texts of the visible buttons, sorted;
* ``tables``: every item view's model cell by cell (display texts, visible rows and columns
  only, in the view's order), keyed by its column headers, or by its object name when it has no
  headers;
* ``tabs``: per tab (by its text) the same for the tab's content;
* ``planner``: a year planner's days in words (what a screen reader says for each day).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any, Protocol, TypeGuard, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from ui import formatting as fmt

Snapshot = dict[str, Any]  # plain JSON: what the golden files hold
DISPLAY = Qt.ItemDataRole.DisplayRole


class Planner(Protocol):
    """A year planner as read here: the year it shows and each day in words."""

    year: int

    def describe(self, day: date) -> str: ...


@runtime_checkable
class TabPages(Protocol):
    """What holds a tab bar's pages (a QTabWidget): how many, and each one."""

    def count(self) -> int: ...

    def widget(self, index: int) -> QWidget: ...


def visible_widgets(root: QWidget, skip: tuple[QWidget, ...] = ()) -> Iterator[QWidget]:
    """The visible widgets under ``root`` in tree order, without separate windows (dialogs),
    without the subtrees in ``skip`` and without the insides of composite editors."""
    for child in root.children():
        if not isinstance(child, QWidget) or child.isWindow() or not child.isVisible():
            continue
        if any(child is skipped for skipped in skip):
            continue
        yield child
        if not isinstance(child, QComboBox | QAbstractSpinBox | QHeaderView):
            yield from visible_widgets(child, skip)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def model_texts(view: QAbstractItemView) -> dict[str, list[Any]]:
    """The header and the display text of every visible cell of ``view``'s model."""
    model: QAbstractItemModel = view.model()
    table = view if isinstance(view, QTableView) else None
    if isinstance(view, QListView):
        columns = [view.modelColumn()]
    else:
        count = model.columnCount(QModelIndex())
        columns = [c for c in range(count) if table is None or not table.isColumnHidden(c)]
    rows = [
        r for r in range(model.rowCount(QModelIndex())) if table is None or not table.isRowHidden(r)
    ]
    header = (
        []
        if isinstance(view, QListView)
        else [_text(model.headerData(c, Qt.Orientation.Horizontal, DISPLAY)) for c in columns]
    )
    shown_rows = []
    for r in rows:
        cells = [_text(model.index(r, c).data(DISPLAY)) for c in columns]
        if table is not None and table.verticalHeader().isVisible():
            cells.insert(0, _text(model.headerData(r, Qt.Orientation.Vertical, DISPLAY)))
        shown_rows.append(cells)
    return {"header": header, "rows": shown_rows}


def _unique(key: str, taken: dict[str, Any]) -> str:
    number, candidate = 1, key
    while candidate in taken:
        number += 1
        candidate = f"{key} #{number}"
    return candidate


def _table_key(view: QAbstractItemView, header: list[str]) -> str:
    if any(header):
        return " | ".join(header)
    return view.objectName() or view.accessibleName() or "list"


def _field_text(widget: QWidget) -> str | None:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.toPlainText()
    return None


def _is_planner(widget: QWidget) -> TypeGuard[Planner]:
    """A year planner: it paints its days and describes each in words."""
    return callable(getattr(widget, "describe", None)) and isinstance(
        getattr(widget, "year", None), int
    )


def planner_days(planner: Planner) -> dict[str, Any]:
    """The planner's year, day by day in words (what a screen reader says): the days that say
    more than the date and the most usual remark (that a day is not a working day)."""
    year = planner.year
    day, remarks = date(year, 1, 1), {}
    while day.year == year:
        said = planner.describe(day)
        own = fmt.day(day, fmt="full")
        remark = said.removeprefix(own).removeprefix(", ") if said.startswith(own) else said
        if remark:
            remarks[day.isoformat()] = remark
        day += timedelta(days=1)
    usual = Counter(remarks.values()).most_common(1)
    common = usual[0][0] if usual else ""
    return {
        "year": year,
        "usual remark": common,
        "days": [f"{on}: {said}" for on, said in remarks.items() if said != common],
        "days with the usual remark": sum(1 for said in remarks.values() if said == common),
    }


def _add_field(widget: QWidget, text: str, named: dict[str, str], unnamed: list[str]) -> None:
    key = widget.objectName() or widget.accessibleName()
    if key:
        named[_unique(key, named)] = text
    elif text:
        unnamed.append(text)


def snapshot(root: QWidget, skip: tuple[QWidget, ...] = ()) -> Snapshot:
    """What ``root`` shows, without the subtrees in ``skip``."""
    labels: dict[str, str] = {}
    texts: list[str] = []
    fields: dict[str, str] = {}
    other_fields: list[str] = []
    buttons: list[str] = []
    tables: dict[str, Any] = {}
    planner: list[dict[str, Any]] = []
    for widget in visible_widgets(root, skip):
        name = widget.objectName()
        if isinstance(widget, QLabel):
            if widget.text():
                if name:
                    labels[_unique(name, labels)] = widget.text()
                else:
                    texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            if widget.text():
                checked = " [x]" if widget.isCheckable() and widget.isChecked() else ""
                buttons.append(widget.text() + checked)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            table = model_texts(widget)
            tables[_unique(_table_key(widget, table["header"]), tables)] = table
        elif (field := _field_text(widget)) is not None:
            _add_field(widget, field, fields, other_fields)
        elif _is_planner(widget):
            planner.append(planner_days(widget))
    shown: Snapshot = {
        "labels": labels,
        "texts": sorted(texts),
        "fields": fields,
        "other fields": sorted(other_fields),
        "buttons": sorted(buttons),
        "tables": tables,
    }
    if planner:
        shown["planner"] = planner
    return {key: value for key, value in shown.items() if value}


def tab_containers(root: QWidget) -> list[tuple[QTabBar, TabPages]]:
    """The tab bars under ``root`` with the widget that holds their pages."""
    found: list[tuple[QTabBar, TabPages]] = []
    for widget in visible_widgets(root):
        if isinstance(widget, QTabBar):
            holder = widget.parentWidget()
            if isinstance(holder, TabPages):
                found.append((widget, holder))
    return found


def page_snapshot(page: QWidget, settle: Callable[[], None]) -> Snapshot:
    """What ``page`` shows, with every tab opened in turn and every "show more" opened."""
    for button in visible_widgets(page):
        if isinstance(button, QAbstractButton) and button.isCheckable() and not button.isChecked():
            button.setChecked(True)
    settle()
    containers = tab_containers(page)
    tab_pages = tuple(
        holder.widget(i) for _bar, holder in containers for i in range(holder.count())
    )
    shown = snapshot(page, skip=tab_pages)
    tabs: dict[str, Snapshot] = {}
    for bar, holder in containers:
        first = bar.currentIndex()
        for index in range(bar.count()):
            bar.setCurrentIndex(index)
            settle()
            tabs[_unique(bar.tabText(index), tabs)] = snapshot(holder.widget(index))
        bar.setCurrentIndex(first)
        settle()
    if tabs:
        shown["tabs"] = tabs
    return shown
