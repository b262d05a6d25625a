"""Help > Regels en bronnen: every rule Rijkapp calculates with, its period, source and certainty.

Each rule shows by its name, with its value in words and figures; the pane under the table says
what the chosen rule means for you, what is assumed when it is not confirmed, and links to its
source. Rules the sources do not confirm are marked, so the user knows what is an assumption.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rijkapp.rules.book import Confidence, Rule, RuleBook
from rijkapp.views.rules import period_text, value_text
from ui.text import Retranslatable, arg
from ui.widgets.labels import link_text, source_link

CONFIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1
RULE_ROLE = Qt.ItemDataRole.UserRole + 2


class RulesDialog(Retranslatable, QDialog):
    def __init__(self, book: RuleBook, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.resize(1100, 640)
        self.book = book
        self.language = language
        self.rules = book.all_periods()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        self.intro = QLabel(self)
        self.intro.setObjectName("rulesIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.only_assumptions = QCheckBox(self)
        self.only_assumptions.setObjectName("rulesOnlyAssumptions")
        self.only_assumptions.toggled.connect(self._filter)
        layout.addWidget(self.only_assumptions)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(CONFIDENCE_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.table = QTableView(self)
        self.table.setObjectName("rulesTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        self.details = link_text("rulesDetails", "", self, keyboard=True)
        self.details.setMinimumHeight(96)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def confidence_text(self, confidence: Confidence) -> str:
        return {
            Confidence.CONFIRMED: self.tr("confirmed"),
            Confidence.SECONDARY: self.tr("confirmed by a second source"),
            Confidence.DERIVED: self.tr("worked out from confirmed rules"),
            Confidence.UNCONFIRMED: self.tr("assumption: not confirmed"),
        }[confidence]

    def _fill(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Rule"),
                self.tr("Period"),
                self.tr("Value"),
                self.tr("Certainty"),
                self.tr("Source"),
            ]
        )
        for index, rule in enumerate(self.rules):
            cells = [
                rule.name(self.language),
                period_text(rule, self.language),
                value_text(rule, self.book, self.language),
                self.confidence_text(rule.confidence),
                rule.citation(self.language),
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setToolTip(item.text())
            items[0].setData(rule.confidence.value, CONFIDENCE_ROLE)
            items[0].setData(index, RULE_ROLE)
            items[0].setToolTip(rule.description(self.language))
            if rule.confidence is Confidence.UNCONFIRMED:
                font = items[3].font()
                font.setBold(True)
                items[3].setFont(font)
            self.model.appendRow(items)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 170), (2, 230), (3, 170), (4, 250)):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()

    def _filter(self, only: bool) -> None:
        self.proxy.setFilterFixedString(Confidence.UNCONFIRMED.value if only else "")
        self.table.resizeRowsToContents()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_details()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details()

    def selected_rule(self) -> Rule | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = self.proxy.mapToSource(rows[0])
        return self.rules[int(self.model.item(index.row(), 0).data(RULE_ROLE))]

    def _show_details(self) -> None:
        rule = self.selected_rule()
        if rule is None:
            self.details.setText("")
            return
        lines = [f"<b>{escape(rule.name(self.language))}</b>", escape(rule.meaning(self.language))]
        if rule.confidence is Confidence.UNCONFIRMED:
            lines.append(
                escape(
                    arg(
                        self.tr(
                            "This is an assumption: %1 Check the figures that depend on it with "
                            "P-Direkt."
                        ),
                        rule.description(self.language),
                    )
                )
            )
        lines.append(
            escape(
                arg(
                    self.tr("%1, %2 (%3)."),
                    value_text(rule, self.book, self.language),
                    period_text(rule, self.language),
                    self.confidence_text(rule.confidence),
                )
            )
        )
        lines.append(arg(escape(self.tr("Source: %1")), source_link(rule.source, self.language)))
        self.details.setText("<br>".join(lines))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rules and sources"))
        count = len(self.book.unconfirmed())
        self.intro.setText(
            self.tr(
                "Rijkapp calculates with these rules from the CAO Rijk and P-Direkt. Every rule "
                "holds for a period, so past years are calculated with their own rules. %1 rules "
                "are not confirmed by a primary source: Rijkapp uses them as an assumption and "
                "says so where they count. Check those with P-Direkt before you decide. Choose a "
                "rule to read what it means for you."
            ).replace("%1", str(count))
        )
        self.only_assumptions.setText(self.tr("Show only the assumptions"))
        self.table.setAccessibleName(self.tr("Rules"))
        self.details.setAccessibleName(self.tr("About the chosen rule"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._fill()
        self._filter(self.only_assumptions.isChecked())
