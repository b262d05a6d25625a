"""Tables with a career of rows: the learning log's filter is a well-behaved model that keeps the
selection through a sort, and a record table never asks about every row of a long list."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester

from rijkapp.domain.records import Dossier, LearningActivity, LearningStatus
from rijkapp.views.leren import LogFilter, leren_page, log_rows
from tests.helpers import TODAY
from ui import formatting as fmt
from ui.context import AppContext
from ui.models.learning import COST, TITLE, LearningLogFilter, LearningLogModel
from ui.operations import Operations
from ui.widgets.learning_log import LearningLog
from ui.widgets.record_table import record_table

Index = QModelIndex | QPersistentModelIndex


def activities(count: int) -> Dossier:
    return Dossier(
        learning_activities=tuple(
            LearningActivity(
                id=f"a{n}",
                title=f"{'Data-analyse' if n % 3 == 0 else 'Schrijven'} {n}",
                kind="cursus",
                provider=f"Opleider {n % 7}",
                start=date(2000, 1, 1) + timedelta(days=n),
                end=None,
                hours=Decimal(n % 9),
                cost=Decimal(n % 11),
                status=LearningStatus.DONE,
                budget_id=None,
            )
            for n in range(count)
        )
    )


def test_the_log_filter_is_a_well_behaved_model(qtmodeltester: ModelTester) -> None:
    model = LearningLogModel()
    model.set_rows(log_rows(activities(40), TODAY))
    proxy = LearningLogFilter(model)
    qtmodeltester.check(proxy, force_py=True)  # and it watches every change after this
    proxy.set_filter(LogFilter(text="data"), "nl")
    assert proxy.rowCount() == 14
    titles = [proxy.index(row, TITLE).data() for row in range(proxy.rowCount())]
    assert all(title.startswith("Data-analyse") for title in titles)
    proxy.sort(COST, Qt.SortOrder.DescendingOrder)
    costs = [proxy.log_row(row).activity.cost for row in range(proxy.rowCount())]  # type: ignore[union-attr]
    assert costs == sorted(costs, reverse=True)
    model.set_rows(log_rows(activities(10), TODAY))  # new rows: the same filter on them
    assert proxy.rowCount() == 4
    proxy.set_filter(LogFilter(), "nl")
    assert proxy.rowCount() == 10


def test_a_sort_keeps_the_selected_activity_selected(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    model = LearningLogModel(host)
    model.set_rows(log_rows(activities(30), TODAY))
    proxy = LearningLogFilter(model, host)
    proxy.set_filter(LogFilter(text="schrijven"), "nl")
    table = record_table("log", proxy, host, fit_width=False)
    table.setSortingEnabled(True)
    table.selectRow(5)
    chosen = proxy.log_row(5)
    assert chosen is not None
    table.sortByColumn(COST, Qt.SortOrder.AscendingOrder)
    selected = table.selectionModel().selectedRows()
    assert len(selected) == 1
    row = proxy.log_row(selected[0].row())
    assert row is not None and row.activity.id == chosen.activity.id


def test_typing_one_letter_at_a_time_shows_what_a_fresh_search_shows() -> None:
    model = LearningLogModel()
    model.set_rows(log_rows(activities(300), TODAY))
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)  # sorted on another column than the date
    typed = LearningLogFilter(model)
    for n in range(1, len("schrijven 1") + 1):
        typed.set_filter(LogFilter(text="schrijven 1"[:n]), "nl")  # on the rows found so far
        fresh = LearningLogFilter(model)
        fresh.set_filter(LogFilter(text="schrijven 1"[:n]), "nl")  # on all of them
        shown = [typed.index(row, TITLE).data() for row in range(typed.rowCount())]
        assert shown == [fresh.index(row, TITLE).data() for row in range(fresh.rowCount())]
    assert 0 < len(shown) < 200 and shown == sorted(shown, key=str.casefold)
    assert all(title.startswith("Schrijven") for title in shown)


def test_the_log_counts_its_rows_as_dutch_writes_numbers(qtbot: Any) -> None:
    operations = Operations()
    before = fmt.language()
    fmt.set_language("nl")
    try:
        log = LearningLog(AppContext(operations, today=lambda: TODAY))
        qtbot.addWidget(log)
        dossier = activities(1500)
        log.show_data(leren_page(dossier, TODAY), dossier)
        # (the window's sentences are not loaded here; the numbers are written in Dutch)
        assert log.count_label.text().endswith(": 1.500")
        log.search_edit.setText("data-analyse")  # every third one
        assert [w for w in log.count_label.text().split() if w[0].isdigit()] == ["500", "1.500"]
        fmt.set_language("en")
        log.retranslate()
        assert log.count_label.text().endswith("500 of the 1,500 activities")
    finally:
        fmt.set_language(before)
        operations.shutdown()


class CountingModel(QAbstractTableModel):
    """Many rows of one line; counts how often the view asks for a cell."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows
        self.asked = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.asked += 1
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return f"row {index.row()} column {index.column()}"


def test_a_table_of_a_hundred_thousand_rows_asks_only_about_some(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    model = CountingModel(100_000)
    table = record_table("long", model, host, fit_width=False)
    table.setFixedHeight(330)
    host.resize(800, 400)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()
    table.repaint()
    # Measuring each row (as a table sized to its rows does) asks about every cell: 400.000.
    assert model.asked < 20_000
    assert table.rowHeight(0) > 0
    assert {table.rowHeight(row) for row in (0, 1, 50_000, 99_999)} == {table.rowHeight(0)}
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("row 99 column 0")
