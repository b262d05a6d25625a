"""Ontwikkeling: what there is to pay for your learning, in money and in time.

Read on the data thread (:func:`rijkapp.views.ontwikkeling.load_ontwikkeling`) and put together
from its parts: your development budgets (``ui.widgets.learning_budgets``), the
studiefaciliteiten of your own activities (``ui.widgets.learning_facilities``), the A+O fonds
Rijk regelingen Blik vooruit and Loopbaanadvies, the IKB room for studie this year and your
career. Every figure has its own "How is this worked out?"; a rule that is not confirmed is said
to be an assumption, in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from rijkapp.rules.book import Rule
from rijkapp.services.changes import Area, Changes
from rijkapp.views.ontwikkeling import (
    Eligibility,
    Line,
    Regeling,
    load_ontwikkeling,
)
from rijkapp.views.ontwikkeling import (
    OntwikkelingPage as OntwikkelingView,
)
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.explain import ExplainDialog
from ui.pages.base import MAX_TEXT_WIDTH, PageFrame, add_capped
from ui.text import Retranslatable, arg
from ui.widgets.labels import plain_text, section_title
from ui.widgets.layout_pass import one_layout_pass
from ui.widgets.learning_budgets import LearningBudgets
from ui.widgets.learning_facilities import LearningFacilities
from ui.widgets.learning_figures import FigureCard

# Budgets and activities; the profile dates (function, Rijk, birth) for the regelingen and the
# career; the employment and IKB choices for the IKB room this year.
READS = frozenset(
    {Area.LEARNING, Area.PROFILE, Area.EMPLOYMENT, Area.WORK_SCHEDULE, Area.IKB, Area.SETTINGS}
)


class OntwikkelingPage(Retranslatable, QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "ontwikkelingPage")
        self.data: OntwikkelingView | None = None
        self.explain_dialog: ExplainDialog | None = None
        self._stale = True
        content = self.content = QWidget(self)
        content.setObjectName("ontwikkelingContent")
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        add_capped(self.frame.body, content)
        self.frame.body.addStretch(1)
        self.assumptions = plain_text("ontwikkelingAssumptions", "hint", content)
        self.column.addWidget(self.assumptions)
        self.budgets = LearningBudgets(context, content)
        self.column.addWidget(self.budgets)
        self.column.addSpacing(10)
        self.facilities = LearningFacilities(content)
        self.column.addWidget(self.facilities)
        self._build_cards(content)
        context.changed.connect(self._changed)
        context.languageChanged.connect(self._language_changed)
        self.retranslate()

    def _build_cards(self, content: QWidget) -> None:
        self.regelingen_title = section_title("regelingenTitle", content)
        self.column.addSpacing(10)
        self.column.addWidget(self.regelingen_title)
        self.regelingen_intro = plain_text("regelingenIntro", "hint", content)
        self.column.addWidget(self.regelingen_intro)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.cards = {
            Regeling.BLIK_VOORUIT: FigureCard("blikVooruitCard", content),
            Regeling.LOOPBAANADVIES: FigureCard("loopbaanadviesCard", content),
        }
        for regeling, card in self.cards.items():
            card.explainRequested.connect(partial(self._explain_regeling, regeling))
            row.addWidget(card, 1)
        self.column.addLayout(row)
        self.more_title = section_title("ikbCareerTitle", content)
        self.column.addSpacing(10)
        self.column.addWidget(self.more_title)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.ikb_card = FigureCard("ikbStudyCard", content)
        self.ikb_card.explainRequested.connect(self._explain_ikb)
        self.career_card = FigureCard("careerCard", content)
        self.career_card.explainRequested.connect(self._explain_career)
        row.addWidget(self.ikb_card, 1)
        row.addWidget(self.career_card, 1)
        self.column.addLayout(row)

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

    def refresh(self) -> None:
        if not self.context.is_open:
            return
        self._stale = False
        today = self.context.today()
        self.context.query(lambda store: load_ontwikkeling(store, today), self._show)

    def _show(self, data: OntwikkelingView) -> None:
        with one_layout_pass(self.content):  # the parts shown, laid out once
            self.data = data
            self.budgets.show_budgets(data.budgets)
            self.setTabOrder(self.budgets.focus_chain()[-1], self.facilities.table)
            self.facilities.show_rows(data.activities, data.not_covered)
            self.retranslate()
        self.loaded.emit()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Development"))
        self.frame.intro.setText(
            self.tr(
                "What there is for your development, in money and in time: your budgets, what "
                "the CAO Rijk pays for your studies, the A+O fonds Rijk, your IKB and your career."
            )
        )
        self.regelingen_title.setText(self.tr("A+O fonds Rijk"))
        self.regelingen_intro.setText(
            self.tr(
                "Two regelingen you apply for yourself. Rijkapp says whether the conditions hold "
                "on your profile dates; the A+O fonds Rijk decides."
            )
        )
        self.more_title.setText(self.tr("Your IKB and your career"))
        data = self.data
        language = fmt.language()
        assumptions = [
            arg(self.tr("This is an assumption: %1"), self._assumed(rule, language))
            for rule in (data.assumptions if data else ())
        ]
        self.assumptions.setText("\n".join(assumptions))
        self.assumptions.setVisible(bool(assumptions))
        for card in (*self.cards.values(), self.ikb_card, self.career_card):
            card.setVisible(data is not None)
        if data is None:
            return
        for eligibility in data.regelingen:
            self._show_regeling(eligibility)
        self._show_ikb(data)
        self._show_career(data)

    @staticmethod
    def _assumed(rule: Rule, language: str) -> str:
        """What an unconfirmed rule assumes, in ``language``: its note where it is written in
        both languages, else what the rule is about."""
        return rule.explanation(language) if " / " in rule.note else rule.description(language)

    def _explain_text(self) -> str:
        return self.tr("How is this worked out?")

    def _show_regeling(self, found: Eligibility) -> None:
        names = {
            Regeling.BLIK_VOORUIT: self.tr("A+O Blik vooruit"),
            Regeling.LOOPBAANADVIES: self.tr("A+O Loopbaanadvies"),
        }
        name = names[found.regeling]
        if found.eligible is None:
            value = self.tr("Not known yet")
        elif found.eligible:
            value = self.tr("Open to you")
        else:
            value = arg(self.tr("Open from %1"), fmt.day(found.eligible_from or found.on))
        lines = [fmt.text(found.reason)]
        note = ""
        if found.max_amount is not None:
            if found.max_amount_confirmed:
                lines.append(arg(self.tr("At most %1."), fmt.money(found.max_amount)))
            else:
                note = arg(
                    self.tr("This is an assumption: at most %1, but the amount is not confirmed."),
                    fmt.money(found.max_amount),
                )
        self.cards[found.regeling].show_figure(
            name,
            value,
            lines,
            note=note,
            button=self._explain_text() if found.lines else "",
            button_name=arg(self.tr("How is it worked out whether %1 is open to you?"), name),
        )

    def _show_ikb(self, data: OntwikkelingView) -> None:
        room = data.ikb
        if room is None:
            self.ikb_card.show_figure(
                self.tr("IKB for studies"),
                "",
                [self.tr("Fill in your employment on the Profile page to see your IKB.")],
            )
            return
        self.ikb_card.show_figure(
            arg(self.tr("IKB for studies in %1"), room.year),
            fmt.money(room.left_this_year),
            [
                self.tr("Not chosen for anything yet this year."),
                *(fmt.text(line.message) for line in room.lines[1:]),
            ],
            button=self._explain_text(),
            button_name=arg(
                self.tr("How is the IKB room for studies in %1 worked out?"), room.year
            ),
        )

    def _show_career(self, data: OntwikkelingView) -> None:
        career = data.career
        figures = career.figures
        lines = []
        value = ""
        if figures.years_in_function is not None:
            value = arg(
                self.tr("%1 years in your function"), fmt.number(figures.years_in_function, 1)
            )
        else:
            lines.append(self.tr("Fill in on the Profile page since when you have this function."))
        if career.mobility_from is not None and career.mobility_rule is not None:
            years = fmt.number(career.mobility_rule.decimal, 0)
            if figures.mobility_talk_due:
                lines.append(
                    arg(
                        self.tr(
                            "%1 years or more in this function: your next conversation covers a "
                            "next step in your career."
                        ),
                        years,
                    )
                )
            else:
                lines.append(
                    arg(
                        self.tr("The conversation about a next step is due from %1 (%2 years)."),
                        fmt.day(career.mobility_from),
                        years,
                    )
                )
        aow = figures.aow
        if aow is not None:
            lines.append(
                arg(
                    self.tr("AOW from %1 at the earliest: not fixed yet.")
                    if aow.provisional
                    else self.tr("AOW from %1."),
                    fmt.day(aow.on),
                )
            )
        self.career_card.show_figure(
            self.tr("Career"),
            value,
            lines,
            button=self._explain_text() if figures.explanation else "",
            button_name=self.tr("How are your career dates worked out?"),
        )

    # ---------------------------------------------------------------- explanations
    def _explain(
        self,
        title: str,
        lines: Sequence[Line],
        amount_format: Callable[[Decimal], str] | None = None,
    ) -> None:
        dialog = ExplainDialog(title, lines, self, amount_format=amount_format)
        dialog.finished.connect(dialog.deleteLater)
        self.explain_dialog = dialog
        dialog.open()

    def _explain_regeling(self, regeling: Regeling) -> None:
        found = {r.regeling: r for r in self.data.regelingen} if self.data else {}
        if regeling in found:
            card = self.cards[regeling]
            self._explain(card.title.text(), found[regeling].lines, fmt.money)

    def _explain_ikb(self) -> None:
        room = self.data.ikb if self.data is not None else None
        if room is not None:
            self._explain(self.ikb_card.title.text(), room.lines, fmt.money)

    def _explain_career(self) -> None:
        if self.data is not None:
            self._explain(self.tr("Career"), self.data.career.figures.explanation)
