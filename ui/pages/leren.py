"""Leren: your learning log, its hours and costs per year, your skills over the years and your
certificates with their status.

The page is read on the data thread (:func:`load_leren_data`: the read model of
:mod:`rijkapp.views.leren` and the dossier the activity dialog chooses budgets and agreements
from) and put together from its parts: the log with its search and filters
(``ui.widgets.learning_log``), the chart (``ui.widgets.learning_chart``, QtCharts loaded the first
time the page is shown), the skills per year and the certificates
(``ui.widgets.learning_certificates``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rijkapp.domain.records import Dossier
from rijkapp.services.changes import Area, Changes
from rijkapp.views.leren import LerenPage as LerenView
from rijkapp.views.leren import leren_page
from ui.context import AppContext
from ui.pages.base import MAX_TEXT_WIDTH, PageFrame, add_capped
from ui.text import Retranslatable, arg
from ui.widgets.labels import plain_text, section_title
from ui.widgets.learning_certificates import LearningCertificates
from ui.widgets.learning_log import LearningLog

if TYPE_CHECKING:
    from rijkapp.services.changes import Store
    from ui.widgets.learning_chart import LearningChart

# The log, its budgets and the talk agreements an activity can serve.
READS = frozenset({Area.LEARNING})


@dataclass(frozen=True)
class LerenData:
    view: LerenView
    dossier: Dossier


def load_leren_data(store: Store, today: date) -> LerenData:
    """The page's read model and the dossier it was made from, read once, on the data thread."""
    dossier = store.dossier()
    return LerenData(leren_page(dossier, today), dossier)


def _read(store: Store, today: date, *, with_chart: bool) -> LerenData:
    """What the page shows; the first time also the chart's module (QtCharts is large: loaded
    here, on the data thread, it keeps the window responsive while the page opens)."""
    if with_chart:
        import ui.widgets.learning_chart  # noqa: F401 - only its classes, no widget

    return load_leren_data(store, today)


class LerenPage(Retranslatable, QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "lerenPage")
        self.data: LerenData | None = None
        self.chart: LearningChart | None = None
        self._stale = True
        content = QWidget(self)
        content.setObjectName("lerenContent")
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        add_capped(self.frame.body, content)
        self.frame.body.addStretch(1)
        self.log_title = section_title("learningLogTitle", content)
        self.column.addWidget(self.log_title)
        self.log = LearningLog(context, content)
        self.column.addWidget(self.log)
        self.chart_title = section_title("learningChartTitle", content)
        self.column.addSpacing(10)
        self.column.addWidget(self.chart_title)
        self.chart_host = QWidget(content)
        self.chart_host.setObjectName("learningChartHost")
        self.chart_layout = QVBoxLayout(self.chart_host)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.chart_host)
        self.skills_title = section_title("learningSkillsTitle", content)
        self.column.addSpacing(10)
        self.column.addWidget(self.skills_title)
        self.skills = plain_text("learningSkillsByYear", "", content)
        self.skills.setMaximumWidth(MAX_TEXT_WIDTH)
        self.column.addWidget(self.skills)
        self.column.addSpacing(10)
        self.certificates = LearningCertificates(context, content)
        self.column.addWidget(self.certificates)
        context.changed.connect(self._changed)
        context.languageChanged.connect(self._language_changed)
        self.retranslate()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Learning"))
        self.frame.intro.setText(
            self.tr(
                "Everything you learn: courses, training, coaching, a work placement elsewhere. "
                "With the hours, the costs and your certificates, kept encrypted in your own data."
            )
        )
        self.log_title.setText(self.tr("Your learning log"))
        self.chart_title.setText(self.tr("Hours and costs per year"))
        self.skills_title.setText(self.tr("Skills over the years"))
        self._show_skills()
        for part in (self.log, self.certificates):
            part.retranslate()

    def _show_skills(self) -> None:
        view = self.data.view if self.data is not None else None
        by_year = view.skills_by_year if view is not None else {}
        if not by_year:
            self.skills.setText(
                self.tr("Add skills to an activity (for example planning) to see them here.")
            )
            self.skills.setProperty("role", "muted")
        else:
            self.skills.setText(
                "\n".join(
                    arg(self.tr("%1: %2"), year, ", ".join(skills))
                    for year, skills in sorted(by_year.items(), reverse=True)
                )
            )
            self.skills.setProperty("role", "")
        self.skills.style().unpolish(self.skills)
        self.skills.style().polish(self.skills)

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        if changes.touches(READS):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _ensure_chart(self) -> None:
        """The chart is made when the page first shows its data; QtCharts is loaded then, on
        the data thread while it reads (:func:`_read`), so the window stays responsive."""
        if self.chart is not None:
            return
        from ui.widgets.learning_chart import LearningChart

        self.chart = LearningChart(self.chart_host)
        self.chart_layout.addWidget(self.chart)
        self.setTabOrder(self.log.delete_button, self.chart)
        self.setTabOrder(self.chart, self.certificates.table)

    def refresh(self) -> None:
        if not self.context.is_open:
            return
        self._stale = False
        today, with_chart = self.context.today(), self.chart is None
        self.context.query(lambda store: _read(store, today, with_chart=with_chart), self._show)

    def _show(self, data: LerenData) -> None:
        self.data = data
        self._ensure_chart()
        self.log.show_data(data.view, data.dossier)
        self.certificates.show_data(data.view)
        has_totals = bool(data.view.totals)
        self.chart_title.setVisible(has_totals)
        self.chart_host.setVisible(has_totals)
        if self.chart is not None:
            self.chart.set_totals(data.view.totals)
        self._show_skills()
        self.loaded.emit()
