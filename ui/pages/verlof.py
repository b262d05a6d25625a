"""Leave: not built yet; the page says plainly what it will do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.base import PageFrame
from ui.text import Retranslatable
from ui.widgets.coming_soon import ComingSoonPanel


class VerlofPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "verlofPage")
        self.panel = ComingSoonPanel("verlofPageComingSoon", self)
        self.panel.setMaximumWidth(860)
        self.frame.body.addWidget(self.panel)
        self.frame.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.frame.title.setText(self.tr('Leave'))
        self.frame.intro.setText(self.tr(
            'Plan and explain your leave in hours, with part-time work and expiry handled '
            'right.'
        ))
        self.panel.set_content(
            self.tr('The leave page is being built'),
            self.tr(
                'Here you will soon see how much leave you have and plan new leave. Until then, '
                'P-Direkt shows your official balance.'
            ),
            [
                self.tr(
                    'Your leave in hours per kind: statutory hours, IKB-uren, bought hours and '
                    'spaarverlof.'
                ),
                self.tr('Your balance today and later this year, and which hours expire when.'),
                self.tr(
                    'Planning leave: Rijkapp counts the hours from your work schedule and skips '
                    'public holidays.'
                ),
                self.tr('A warning before hours expire.'),
                self.tr(
                    'For every figure: how it was worked out, with the article of the CAO Rijk.'
                ),
            ],
        )
