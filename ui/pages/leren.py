"""Learning: not built yet; the page says plainly what it will do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.base import PageFrame
from ui.text import Retranslatable
from ui.widgets.coming_soon import ComingSoonPanel


class LerenPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "lerenPage")
        self.panel = ComingSoonPanel("lerenPageComingSoon", self)
        self.panel.setMaximumWidth(860)
        self.frame.body.addWidget(self.panel)
        self.frame.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Learning"))
        self.frame.intro.setText(
            self.tr("Courses, training and other learning, with your certificates.")
        )
        self.panel.set_content(
            self.tr("The learning page is being built"),
            self.tr("Here you will soon keep a list of everything you learn."),
            [
                self.tr("Your courses, training and other learning activities in one list."),
                self.tr("Hours, costs and the budget that pays for them."),
                self.tr("Certificates, kept encrypted in your own data."),
                self.tr("What you learned, in your own words, to prepare your conversations."),
            ],
        )
