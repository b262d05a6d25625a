"""Help > Regels en bronnen: every rule Rijkapp calculates with, its period, source and certainty.

Rules the sources do not confirm are marked, so the user knows what is an assumption.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
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

from rijkapp import formatting as fmt
from rijkapp.rules.book import Confidence, Rule, RuleBook
from ui.text import Retranslatable

CONFIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1


class RulesDialog(Retranslatable, QDialog):
    def __init__(self, book: RuleBook, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.resize(1100, 640)
        self.book = book
        self.language = language
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
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _confidence_text(self, confidence: Confidence) -> str:
        return {
            Confidence.CONFIRMED: self.tr("confirmed"),
            Confidence.SECONDARY: self.tr("confirmed by a secondary source"),
            Confidence.DERIVED: self.tr("derived from confirmed rules"),
            Confidence.UNCONFIRMED: self.tr("NOT CONFIRMED (assumption)"),
        }[confidence]

    def _period(self, rule: Rule) -> str:
        start = fmt.day(rule.valid_from, self.language, "medium")
        if rule.valid_to is None:
            return self.tr("from %1").replace("%1", start)
        end = fmt.day(rule.valid_to, self.language, "medium")
        return self.tr("%1 to %2").replace("%1", start).replace("%2", end)

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
        for rule in self.book.all_periods():
            explanation = rule.explanation(self.language)
            name = QStandardItem(explanation or rule.key)
            name.setToolTip(rule.key)
            name.setData(rule.confidence.value, CONFIDENCE_ROLE)
            value = rule.value if isinstance(rule.value, (str, int)) else "…"
            certainty = QStandardItem(self._confidence_text(rule.confidence))
            if rule.confidence is Confidence.UNCONFIRMED:
                font = certainty.font()
                font.setBold(True)
                certainty.setFont(font)
            source = QStandardItem(rule.citation())
            source.setToolTip(rule.source.url)
            self.model.appendRow(
                [
                    name,
                    QStandardItem(self._period(rule)),
                    QStandardItem(str(value)),
                    certainty,
                    source,
                ]
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 90), (3, 190), (4, 300)):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()

    def _filter(self, only: bool) -> None:
        self.proxy.setFilterFixedString(Confidence.UNCONFIRMED.value if only else "")
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rules and sources"))
        count = len(self.book.unconfirmed())
        self.intro.setText(
            self.tr(
                "Rijkapp calculates with these rules from the CAO Rijk and P-Direkt. Every rule "
                "holds for a period, so past years are calculated with their own rules. %1 rules "
                "are not confirmed by a primary source: Rijkapp uses them as an assumption and "
                "says so where they count. Check those with P-Direkt before you decide."
            ).replace("%1", str(count))
        )
        self.only_assumptions.setText(self.tr("Show only the assumptions"))
        self.table.setAccessibleName(self.tr("Rules"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._fill()
        self._filter(self.only_assumptions.isChecked())
