"""The Ontwikkeling page's studiefaciliteiten: for each of your activities who pays what and the
study leave (a table), and for the one selected the whole story with its rules."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from rijkapp.views.ontwikkeling import ActivityFacilities, Line
from ui import formatting as fmt
from ui.dialogs.explain import ExplainDialog
from ui.models.learning import FacilitiesModel
from ui.text import Retranslatable, arg
from ui.widgets.labels import plain_text, section_title
from ui.widgets.learning_shares import SharesPanel
from ui.widgets.record_table import record_table


class LearningFacilities(Retranslatable, QWidget):
    """``show_rows(rows, not_covered)``: the table, and the selected activity's panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learningFacilities")
        self.explain_dialog: ExplainDialog | None = None
        self.not_covered: Line | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.title = section_title("learningFacilitiesTitle", self)
        self.intro = plain_text("learningFacilitiesIntro", "hint", self)
        box.addWidget(self.title)
        box.addWidget(self.intro)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.model = FacilitiesModel(self)
        self.table = record_table("learningFacilitiesTable", self.model, self, fit_width=False)
        self.table.setFixedHeight(250)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.panel = SharesPanel("facilitiesShares", self)
        self.panel.setFixedWidth(330)
        self.panel.explainRequested.connect(self.explain)
        row.addWidget(self.table, 1)
        row.addWidget(self.panel)
        box.addLayout(row)
        self.empty = plain_text("learningFacilitiesEmpty", "muted", self)
        box.addWidget(self.empty)
        self.covered = plain_text("learningNotCovered", "hint", self)
        box.addWidget(self.covered)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Studiefaciliteiten for your activities"))
        self.intro.setText(
            self.tr(
                "What the CAO Rijk gives you depends on why you study. Choose an activity to see "
                "who pays, your study leave and the risk of paying back."
            )
        )
        self.table.setAccessibleName(self.tr("Studiefaciliteiten per activity"))
        self.empty.setText(
            self.tr("No activities yet. Add them on the Learning page to see what is paid.")
        )
        line = self.not_covered
        self.covered.setText(fmt.text(line.message) if line is not None else "")
        self.covered.setVisible(line is not None)
        self.model.retranslate()
        self.panel.retranslate()

    def show_rows(self, rows: tuple[ActivityFacilities, ...], not_covered: Line | None) -> None:
        selected = self.selected()
        self.not_covered = not_covered
        self.model.set_rows(rows)
        has = bool(rows)
        for widget in (self.table, self.panel):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        row = 0
        if selected is not None:
            ids = [r.activity.id for r in rows]
            row = ids.index(selected.activity.id) if selected.activity.id in ids else 0
        if has:
            self.table.selectRow(row)
        self._selected()
        self.retranslate()

    def selected(self) -> ActivityFacilities | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.found(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        self.panel.show_facilities(self.selected())

    def explain(self) -> None:
        found = self.selected()
        if found is None or found.facilities is None:
            return
        dialog = ExplainDialog(
            arg(self.tr("Studiefaciliteiten for %1"), found.activity.title),
            found.facilities.lines,
            self,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.explain_dialog = dialog
        dialog.open()
