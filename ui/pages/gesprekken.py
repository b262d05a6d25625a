"""Conversations: not built yet; the page says plainly what it will do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.base import PageFrame
from ui.text import Retranslatable
from ui.widgets.coming_soon import ComingSoonPanel


class GesprekkenPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "gesprekkenPage")
        self.panel = ComingSoonPanel("gesprekkenPageComingSoon", self)
        self.panel.setMaximumWidth(860)
        self.frame.body.addWidget(self.panel)
        self.frame.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Conversations"))
        self.frame.intro.setText(
            self.tr("Prepare the conversations of the gesprekscyclus Rijk from your own records.")
        )
        self.panel.set_content(
            self.tr("The conversations page is being built"),
            self.tr("Here you will soon prepare the conversations with your manager."),
            [
                self.tr(
                    "The conversations of the gesprekscyclus Rijk: plannen, reflecteren and "
                    "evalueren."
                ),
                self.tr(
                    "Your preparation from your own data: results, development, career and "
                    "employability."
                ),
                self.tr("Keeping track of agreements until the next conversation."),
                self.tr("A clean PDF for your manager."),
            ],
        )
