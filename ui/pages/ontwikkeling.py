"""Development: not built yet; the page says plainly what it will do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.base import PageFrame
from ui.text import Retranslatable
from ui.widgets.coming_soon import ComingSoonPanel


class OntwikkelingPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "ontwikkelingPage")
        self.panel = ComingSoonPanel("ontwikkelingPageComingSoon", self)
        self.panel.setMaximumWidth(860)
        self.frame.body.addWidget(self.panel)
        self.frame.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Development"))
        self.frame.intro.setText(self.tr("Your development budgets in money and in time."))
        self.panel.set_content(
            self.tr("The development page is being built"),
            self.tr("Here you will soon keep track of the budgets you have for your development."),
            [
                self.tr("Your development budgets in money and in hours, with the date they end."),
                self.tr("What you have spent and what is left."),
                self.tr("A warning before a budget lapses."),
            ],
        )
