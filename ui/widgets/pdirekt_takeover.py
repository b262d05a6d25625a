"""The last step of the start: "Neem je saldo over uit P-Direkt", the hours per kind on a date.

The step gets the dossier as it will be once the earlier steps are saved (``set_dossier``) and
shows, per kind of hours, what Rijkapp works out on the date and what it becomes with what is
typed. The arithmetic is :func:`rijkapp.services.start.take_over_rows`; saving happens with the
rest of the start (:func:`rijkapp.services.start.save_start`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Dossier
from rijkapp.domain.values import Hours
from rijkapp.rules.book import RuleBook
from rijkapp.services.start import (
    Lot,
    TakeOver,
    take_over_rows,
    total_after,
    validate_take_over,
)
from rijkapp.views.leave import bucket_title
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError
from ui.widgets.labels import plain_text

EXAMPLE_HOURS = Decimal("37.5")


def lot_key(lot: Lot) -> str:
    """The field name of a kind of hours, as the core's checks name it: ``wettelijk_2026``."""
    bucket, year = lot
    return f"{bucket.value}_{year or ''}"


class _Row:
    """One kind of hours: its label, the field for the P-Direkt figure, what it becomes."""

    def __init__(self, lot: Lot, parent: QWidget) -> None:
        self.lot = lot
        key = lot_key(lot)
        self.label = QLabel(parent)
        self.label.setObjectName(f"takeOverLabel_{key}")
        self.edit = QLineEdit(parent)
        self.edit.setObjectName(f"takeOverEdit_{key}")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(120)
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        self.unit = QLabel(parent)
        self.effect = QLabel(parent)
        self.effect.setObjectName(f"takeOverEffect_{key}")
        self.effect.setProperty("role", "hint")
        self.effect.setWordWrap(True)
        self.error = FieldError(f"takeOverError_{key}", self.edit, parent)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.edit, self.unit, self.effect, self.error)


class TakeOverStep(Retranslatable, QWidget):
    """The date and the hours per kind as P-Direkt shows them; ``entered()`` reads them."""

    def __init__(self, book: RuleBook, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeOverStep")
        self.book = book
        self.today = today
        self.dossier = Dossier()
        self.errors = ErrorMap()
        self.rows: list[_Row] = []
        self.kept: dict[Lot, str] = {}  # what was typed, kept when the date moves to a year
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.intro = plain_text("takeOverIntro", "intro", self)
        column.addWidget(self.intro)
        self.where = plain_text("takeOverWhere", "hint", self)
        column.addWidget(self.where)
        date_grid = QGridLayout()
        self.on_label = QLabel(self)
        self.on_edit = DateField("takeOverDateEdit", parent=self)
        self.on_edit.set_value(today)
        self.on_label.setBuddy(self.on_edit)
        self.on_error = self.errors.add("on", FieldError("takeOverDateError", self.on_edit, self))
        date_grid.addWidget(self.on_label, 0, 0)
        date_grid.addWidget(self.on_edit, 0, 1, Qt.AlignmentFlag.AlignLeft)
        date_grid.addWidget(self.on_error, 1, 0, 1, 2)
        date_grid.setColumnStretch(1, 1)
        column.addLayout(date_grid)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(3, 1)
        column.addWidget(self.grid_host)
        self.summary = plain_text("takeOverSummary", "", self)
        column.addWidget(self.summary)
        column.addStretch(1)
        self.on_edit.valueChanged.connect(self._date_changed)
        self._build_rows()
        self.retranslate()

    # ---------------------------------------------------------------- building
    def _build_rows(self) -> None:
        for row in self.rows:
            self.kept[row.lot] = row.edit.text()
            self.errors.labels.pop(lot_key(row.lot), None)
            for widget in row.widgets():
                widget.hide()
                widget.deleteLater()
        self.rows = []
        for index, lot in enumerate(self._lots()):
            row = _Row(lot, self.grid_host)
            row.edit.setText(self.kept.get(lot, ""))
            row.edit.textChanged.connect(self._typed)
            self.errors.add(lot_key(lot), row.error)
            line = 2 * index
            self.grid.addWidget(row.label, line, 0)
            self.grid.addWidget(row.edit, line, 1)
            self.grid.addWidget(row.unit, line, 2)
            self.grid.addWidget(row.effect, line, 3)
            self.grid.addWidget(row.error, line + 1, 0, 1, 4)
            self.rows.append(row)
        previous: QWidget = self.on_edit
        for row in self.rows:
            QWidget.setTabOrder(previous, row.edit)
            previous = row.edit

    def _lots(self) -> tuple[Lot, ...]:
        """The kinds P-Direkt shows on the day, and any other the ledger has hours in then."""
        rows = take_over_rows(self.dossier, self.on(), {}, self.book)
        return tuple((row.bucket, row.year) for row in rows)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Rijkapp does not know what leave you took before you started using it. Copy the "
                "hours P-Direkt shows per kind on one day; Rijkapp then starts from exactly those "
                "figures. Fill in 0 for a kind without hours in P-Direkt; leave a field empty only "
                "to keep Rijkapp's own figure."
            )
        )
        self.where.setText(
            self.tr(
                "In the P-Direktportaal: Verlof, then your leave balance (saldo). IKB-uren were "
                "called bovenwettelijke uren before 2020."
            )
        )
        self.on_label.setText(self.tr("Balance in P-Direkt &on:"))
        self.on_edit.setAccessibleName(self.tr("Day of the balance in P-Direkt"))
        for row in self.rows:
            name = fmt.text(bucket_title(*row.lot))
            row.label.setText(arg(self.tr("%1:"), name))
            row.edit.setAccessibleName(arg(self.tr("%1 in P-Direkt, in hours"), name))
            row.edit.setPlaceholderText(self.tr("empty"))
            row.unit.setText(self.tr("hours"))
        self.validate()

    # ---------------------------------------------------------------- data
    def set_dossier(self, dossier: Dossier) -> None:
        """The dossier as it will be after the earlier steps; the rows follow its kinds."""
        self.dossier = dossier
        self._build_rows()
        self.retranslate()

    def on(self) -> date:
        return self.on_edit.value() or self.today

    def entered(self) -> tuple[dict[Lot, Hours], dict[str, str]]:
        """The hours typed per kind, and a message per field that is no number."""
        found: dict[Lot, Hours] = {}
        unreadable: dict[str, str] = {}
        for row in self.rows:
            text = row.edit.text().strip()
            if not text:
                continue
            value = fmt.parse_number(text)
            if value is None:
                unreadable[lot_key(row.lot)] = arg(
                    self.tr("%1: fill in a number of hours, for example %2, or leave it empty."),
                    fmt.text(bucket_title(*row.lot)),
                    fmt.number(EXAMPLE_HOURS, 1),
                )
            else:
                found[row.lot] = value
        return found, unreadable

    def first_field(self) -> QWidget:
        return self.on_edit

    # ---------------------------------------------------------------- checking
    def _date_changed(self) -> None:
        self.errors.touch("on")
        self._build_rows()
        self.retranslate()

    def _typed(self, *_args: object) -> None:
        for row in self.rows:
            if row.edit.text().strip():
                self.errors.touch(lot_key(row.lot))
        self.validate()

    def validate(self) -> bool:
        """Check the date and the figures; show per kind what the balance becomes."""
        on = self.on()
        entered, messages = self.entered()
        if self.on_edit.problem():  # text that is no date: no balance on it
            messages["on"] = self.on_edit.problem()
        for problem in validate_take_over(self.dossier, on, entered, self.today):
            text = problem.render_reason(fmt.language())
            if problem.field != "on":
                names = {lot_key(r.lot): fmt.text(bucket_title(*r.lot)) for r in self.rows}
                text = arg(self.tr("%1: %2"), names.get(problem.field, ""), text)
            messages.setdefault(problem.field, text)
        ok = self.errors.update(messages)
        found = take_over_rows(self.dossier, on, entered, self.book)
        rows = {(r.bucket, r.year): r for r in found}
        for row in self.rows:
            self._show_effect(row, rows.get(row.lot))
        self.summary.setText(
            arg(self.tr("Your total on %1 becomes %2."), fmt.day(on), fmt.hours(total_after(found)))
        )
        return ok

    def _show_effect(self, row: _Row, item: TakeOver | None) -> None:
        if item is None:
            row.effect.setText("")
            return
        if item.entered is None or item.correction == 0:
            text = arg(self.tr("Rijkapp works out %1."), fmt.hours(item.computed))
        else:
            text = arg(
                self.tr("Rijkapp works out %1; a correction of %2 makes it %3."),
                fmt.hours(item.computed),
                fmt.hours(item.correction),
                fmt.hours(item.entered),
            )
        row.effect.setText(text)
