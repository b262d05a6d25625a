"""IKB: not built yet; the page says plainly what it will do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.base import PageFrame
from ui.text import Retranslatable
from ui.widgets.coming_soon import ComingSoonPanel


class IkbPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "ikbPage")
        self.panel = ComingSoonPanel("ikbPageComingSoon", self)
        self.panel.setMaximumWidth(860)
        self.frame.body.addWidget(self.panel)
        self.frame.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.frame.title.setText(self.tr('IKB'))
        self.frame.intro.setText(self.tr(
            'Your individueel keuzebudget: what you build up each month and what you do with '
            'it.'
        ))
        self.panel.set_content(
            self.tr('The IKB page is being built'),
            self.tr(
                'Here you will soon plan your IKB and see what your choices mean. Until then, you'
                ' make and check your choices in P-Direkt.'
            ),
            [
                self.tr('What you build up each month and what you have already used.'),
                self.tr(
                    'Planning pay-outs, buying or selling hours and tax-friendly goals, with the '
                    'last day to hand in each choice.'
                ),
                self.tr('What you will be paid in December if you change nothing.'),
                self.tr('A private “what if”: try out a choice without recording anything.'),
            ],
        )
