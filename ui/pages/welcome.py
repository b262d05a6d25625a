"""The first start: make your own profile, or look around with an example employee first."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.icons import app_icon, icon
from ui.text import Retranslatable


class WelcomeCard(QCommandLinkButton):
    """One way to start. Enter and Return choose it, as Space does: it reads as a card, not a
    button, and a card is opened with Enter."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class WelcomePage(Retranslatable, QWidget):
    newProfileRequested = Signal()
    exampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addStretch(2)
        logo = QLabel(self)
        logo.setObjectName("welcomeLogo")
        logo.setPixmap(app_icon().pixmap(72, 72))
        column.addWidget(logo)
        self.title = QLabel(self)
        self.title.setObjectName("welcomeTitle")
        self.title.setProperty("role", "pageTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.text.setProperty("role", "intro")
        self.privacy = QLabel(self)
        self.privacy.setObjectName("welcomePrivacy")
        self.privacy.setWordWrap(True)
        self.privacy.setProperty("role", "hint")
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addSpacing(12)
        self.new_button = WelcomeCard(self)
        self.new_button.setObjectName("newProfileButton")
        self.new_button.setIcon(icon("profiel"))
        self.new_button.setIconSize(QSize(28, 28))
        self.new_button.clicked.connect(self.newProfileRequested)
        self.example_button = WelcomeCard(self)
        self.example_button.setObjectName("exampleProfileButton")
        self.example_button.setIcon(icon("overzicht"))
        self.example_button.setIconSize(QSize(28, 28))
        self.example_button.clicked.connect(self.exampleRequested)
        column.addWidget(self.new_button)
        column.addWidget(self.example_button)
        column.addSpacing(12)
        column.addWidget(self.privacy)
        column.addStretch(3)
        body = QWidget(self)
        body.setLayout(column)
        body.setMaximumWidth(640)
        body.setMinimumWidth(420)
        outer.addWidget(body, 4)
        outer.addStretch(1)
        self.setTabOrder(self.new_button, self.example_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Rijkapp"))
        self.text.setText(
            self.tr(
                "Rijkapp helps you with your leave, your IKB, your development and the conversations "
                "with your manager, following the CAO Rijk. How would you like to start?"
            )
        )
        self.new_button.setText(self.tr("New profile"))
        self.new_button.setDescription(
            self.tr(
                "Fill in your own details: who you are, your employment and your work schedule."
            )
        )
        self.new_button.setAccessibleName(self.tr("New profile"))
        self.example_button.setText(self.tr("Explore an example profile"))
        self.example_button.setDescription(
            self.tr(
                "Look around with the data of a made-up employee. Your own data stays empty and "
                "nothing of the example is kept."
            )
        )
        self.example_button.setAccessibleName(self.tr("Explore an example profile"))
        self.privacy.setText(
            self.tr(
                "Everything stays on this computer, encrypted. Rijkapp needs no account and never "
                "connects to the internet."
            )
        )
