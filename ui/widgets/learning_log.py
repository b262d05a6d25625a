"""The Leren page's log: every activity in one table, with search, filters, sort and keyboard.

The table is a ``QTableView`` on :class:`ui.models.learning.LearningLogModel` behind its filter
proxy, so it stays quick with many thousands of rows. Enter opens the selected activity,
Delete asks and then deletes it, Insert or Ctrl+N adds one; each change is an undoable step
(``ui.undo.EditCommand``) through :mod:`rijkapp.services.learning`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Dossier, LearningActivity, LearningStatus
from rijkapp.services.edits import Edit
from rijkapp.views.leren import LerenPage, LogFilter, kind_name, status_name
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.learning_activity import LearningActivityDialog, changed_activity
from ui.models.learning import PROVIDER, TITLE, LearningLogFilter, LearningLogModel
from ui.text import Retranslatable, arg
from ui.undo import EditCommand
from ui.widgets.buttons import make_primary
from ui.widgets.flow import FlowLayout
from ui.widgets.labels import plain_text
from ui.widgets.record_table import FittingTable, record_table

REFIT_AFTER_MS = 300  # the columns fit the rows found once typing pauses this long
ROWS_MEASURED = 20


def _count(number: int) -> str:
    """A count as the language writes it: 100.000 in Dutch, 100,000 in English."""
    return fmt.number(Decimal(number), 0)


class LearningLog(Retranslatable, QWidget):
    """``show_data(page, dossier)`` fills it; ``countChanged`` says how many rows are shown."""

    countChanged = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learningLog")
        self.context = context
        self.page: LerenPage | None = None
        self.dossier: Dossier | None = None
        self.dialog: LearningActivityDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._select_after: str | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self._build_filters(box)
        self.model = LearningLogModel(self)
        self.proxy = LearningLogFilter(self.model, self)
        self.table = record_table("learningTable", self.proxy, self, fit_width=False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.setFixedHeight(330)  # about eight rows; more scroll inside the table
        # The columns fit the rows on show and as many again below them.
        self.table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in (TITLE, PROVIDER):  # the long texts share what the others leave
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.table.horizontalHeader().setStretchLastSection(False)
        box.addWidget(self.table)
        self.empty = plain_text("learningEmpty", "muted", self)
        box.addWidget(self.empty)
        self._build_buttons(box)
        self._build_keys()
        # The columns fit the rows when new rows come; while typing they keep their widths, and
        # fit the rows found once typing pauses (measuring them on every keystroke would cost
        # more than the search itself).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(REFIT_AFTER_MS)
        if isinstance(self.table, FittingTable):
            self._refit.timeout.connect(self.table.contents_changed)
            self.proxy.modelReset.disconnect(self.table.contents_changed)
            self.proxy.modelReset.connect(self._refit.start)
            self.model.modelReset.connect(self.table.contents_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._count_changed)
        self.proxy.rowsRemoved.connect(self._count_changed)
        self.proxy.modelReset.connect(self._count_changed)
        self.retranslate()

    # ---------------------------------------------------------------- building
    def _build_filters(self, box: QVBoxLayout) -> None:
        host = QWidget(self)
        host.setObjectName("learningFilters")
        flow = FlowLayout(host, spacing=14, line_spacing=8)  # wraps on a narrow window
        self.search_label = QLabel(host)
        self.search_edit = QLineEdit(host)
        self.search_edit.setObjectName("learningSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        self.search_label.setBuddy(self.search_edit)
        # Each keystroke filters at once: typing on searches only the rows found so far.
        self.search_edit.textChanged.connect(self.apply_filter)
        flow.addWidget(self._pair(host, self.search_label, self.search_edit))
        self.combos: dict[str, QComboBox] = {}
        self.combo_labels: dict[str, QLabel] = {}
        for key in ("year", "kind", "status", "skill"):
            label = QLabel(host)
            combo = QComboBox(host)
            combo.setObjectName(f"learning{key.capitalize()}Filter")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem("", None)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self.apply_filter)
            self.combos[key] = combo
            self.combo_labels[key] = label
            flow.addWidget(self._pair(host, label, combo))
        box.addWidget(host)
        self.count_label = plain_text("learningCount", "hint", self)
        box.addWidget(self.count_label)

    @staticmethod
    def _pair(host: QWidget, label: QLabel, field: QWidget) -> QWidget:
        """A label and its field that stay together when the row wraps."""
        pair = QWidget(host)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        label.setParent(pair)
        field.setParent(pair)
        row.addWidget(label)
        row.addWidget(field)
        return pair

    def _build_buttons(self, box: QVBoxLayout) -> None:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.add_button = self._button("addLearningButton", self.add_activity)
        make_primary(self.add_button)
        self.open_button = self._button("openLearningButton", self.open_selected)
        self.delete_button = self._button("deleteLearningButton", self.delete_selected)
        for button in (self.add_button, self.open_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self.keys_hint = plain_text("learningKeysHint", "hint", self)
        self.keys_hint.setWordWrap(False)
        row.addWidget(self.keys_hint)
        box.addLayout(row)

    def _button(self, name: str, action: Callable[..., object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def _build_keys(self) -> None:
        # Enter (and a double click) activate a row: that opens it.
        self.table.activated.connect(self.open_selected)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        for sequence in (QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")):
            QShortcut(
                sequence,
                self,
                self.add_activity,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setAccessibleName(self.tr("Search the learning log"))
        self.search_edit.setPlaceholderText(self.tr("title, provider, skill…"))
        names = {
            "year": (self.tr("&Year:"), self.tr("Filter by year"), self.tr("All years")),
            "kind": (self.tr("&Kind:"), self.tr("Filter by kind"), self.tr("All kinds")),
            "status": (self.tr("S&tatus:"), self.tr("Filter by status"), self.tr("All")),
            "skill": (self.tr("S&kill:"), self.tr("Filter by skill"), self.tr("All skills")),
        }
        for key, (label, name, everything) in names.items():
            self.combo_labels[key].setText(label)
            self.combos[key].setAccessibleName(name)
            self.combos[key].setItemText(0, everything)
        self._name_choices()
        self.table.setAccessibleName(self.tr("Learning log"))
        self.empty.setText(
            self.tr("Nothing in your learning log yet. Choose Add activity… or press Insert.")
        )
        self.add_button.setText(self.tr("&Add activity…"))
        self.add_button.setAccessibleName(self.tr("Add a learning activity"))
        self.open_button.setText(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open the selected activity"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected activity"))
        self.keys_hint.setText(self.tr("Enter opens · Delete deletes · Insert adds"))
        self.model.retranslate()
        if self.page is not None:
            self.proxy.recount(fmt.language())
        self._count_changed()

    def _name_choices(self) -> None:
        """The kinds and statuses in their combos, in the window's language."""
        kinds = self.combos["kind"]
        for index in range(1, kinds.count()):
            shown = kind_name(kinds.itemData(index))
            kinds.setItemText(index, shown if isinstance(shown, str) else fmt.text(shown))
        statuses = self.combos["status"]
        for index in range(1, statuses.count()):
            statuses.setItemText(index, fmt.text(status_name(statuses.itemData(index))))

    # ---------------------------------------------------------------- data
    def show_data(self, page: LerenPage, dossier: Dossier) -> None:
        self.page = page
        self.dossier = dossier
        selected = self._select_after or self._selected_id()
        self._select_after = None
        self._fill_combo("year", [(str(y), y) for y in page.years])
        self._fill_combo("kind", [("", k) for k in page.kinds])
        self._fill_combo("status", [("", s.value) for s in page.statuses])
        self._fill_combo("skill", [(s, s) for s in page.skills])
        self._name_choices()
        self.proxy.expect(self.wanted(), fmt.language())  # the filter, as the combos say now
        self.model.set_rows(page.rows)  # and the proxy filters the new rows
        row = self.proxy.proxy_row_of(selected) if selected else None
        if row is None and self.proxy.rowCount() > 0:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        has = bool(page.rows)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self._update_buttons()

    def _fill_combo(self, key: str, items: list[tuple[str, object]]) -> None:
        combo = self.combos[key]
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        finally:
            combo.blockSignals(False)

    def wanted(self) -> LogFilter:
        status = self.combos["status"].currentData()
        return LogFilter(
            year=self.combos["year"].currentData(),
            kind=self.combos["kind"].currentData(),
            status=LearningStatus(status) if status else None,
            skill=self.combos["skill"].currentData(),
            text=self.search_edit.text(),
        )

    def apply_filter(self, *_args: object) -> None:
        """Show the rows that pass the filter and the search; the selected one stays selected
        when it passes, else the first is."""
        wanted = self.wanted()
        if wanted == self.proxy.wanted and self.proxy.language == fmt.language():
            return  # already shown
        rows = self.table.selectionModel().selectedRows()
        selected = self.proxy.position(rows[0].row()) if rows else None
        self.proxy.set_filter(wanted, fmt.language())
        row = self.proxy.proxy_row_at(selected) if selected is not None else None
        if row is None and self.proxy.rowCount() > 0:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _count_changed(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = arg(self.tr("Activities in your log: %1"), _count(total))
        else:
            text = arg(self.tr("Shown: %1 of the %2 activities"), _count(shown), _count(total))
        self.count_label.setText(text)
        self.count_label.setVisible(total > 0)
        self.countChanged.emit(shown)

    # ---------------------------------------------------------------- selection
    def selected_activity(self) -> LearningActivity | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.proxy.log_row(rows[0].row()) if rows else None
        return row.activity if row is not None else None

    def _selected_id(self) -> str | None:
        activity = self.selected_activity()
        return activity.id if activity is not None else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_activity() is not None
        self.add_button.setEnabled(self.dossier is not None)
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ---------------------------------------------------------------- adding and changing
    def add_activity(self, *_args: object) -> LearningActivityDialog | None:
        return self._open(None)

    def open_selected(self, *_args: object) -> LearningActivityDialog | None:
        activity = self.selected_activity()
        return self._open(activity) if activity is not None else None

    def open_activity(self, activity_id: str) -> LearningActivityDialog | None:
        if self.dossier is None:
            return None
        for activity in self.dossier.learning_activities:
            if activity.id == activity_id:
                return self._open(activity)
        return None

    def _open(self, activity: LearningActivity | None) -> LearningActivityDialog | None:
        if self.dossier is None:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        dialog = LearningActivityDialog(activity, self.dossier, self.context.today(), self)
        dialog.accepted.connect(partial(self._accepted, dialog))
        dialog.finished.connect(partial(self._closed, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QWidget, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _accepted(self, dialog: LearningActivityDialog) -> None:
        after = changed_activity(dialog)
        if after is None:
            return
        if dialog.original is None:
            text = self.tr("Add learning activity")
            message = arg(self.tr("%1 added to your learning log."), after.title)
        else:
            text = self.tr("Change learning activity")
            message = arg(self.tr("%1 changed."), after.title)
        self._select_after = after.id
        self.context.undo_stack.push(
            EditCommand(self.context, Edit(dialog.original, after), text=text, done_message=message)
        )

    # ---------------------------------------------------------------- deleting
    def delete_selected(self, *_args: object) -> QMessageBox | None:
        activity = self.selected_activity()
        if activity is None:
            return None
        text = self.tr("Delete %1 from your learning log? You can undo this with Ctrl+Z.")
        if activity.certificates:
            text = self.tr(
                "Delete %1 from your learning log, with its certificates? You can undo this "
                "with Ctrl+Z."
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete learning activity"),
            arg(text, activity.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteLearningMessage")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.finished.connect(partial(self._delete_answered, box, activity))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
        return box

    def _delete_answered(self, box: QMessageBox, activity: LearningActivity, _result: int) -> None:
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(activity, None),
                text=self.tr("Delete learning activity"),
                done_message=arg(self.tr("%1 deleted. Undo with Ctrl+Z."), activity.title),
            )
        )
