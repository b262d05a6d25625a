"""Help > Over Rijkapp: what it is, that it stays offline, and the versions it runs on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.icons import app_icon
from ui.text import Retranslatable


class AboutDialog(Retranslatable, QDialog):
    def __init__(self, versions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setMinimumWidth(520)
        self.versions = versions
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 16)
        layout.setSpacing(12)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(56, 56))
        layout.addWidget(logo)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "pageTitle")
        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.table = QLabel(self)
        self.table.setObjectName("aboutVersions")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.heading, self.text, self.table):
            layout.addWidget(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        rows = "".join(
            f"<tr><td style='padding-right:18px'>{escape(name)}</td><td>{escape(version)}</td></tr>"
            for name, version in versions
        )
        self.table.setText(f"<table>{rows}</table>")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Rijkapp"))
        self.heading.setText(self.tr("Rijkapp"))
        self.text.setText(
            self.tr(
                "Your own companion for working at the Rijk: leave, IKB, development and the "
                "conversations of the gesprekscyclus, following the CAO Rijk. Rijkapp works "
                "without internet and keeps everything encrypted on this computer.\n\n"
                "Rijkapp helps you plan and check; the CAO Rijk and P-Direkt decide. "
                "Check important choices with P-Direkt or your HR adviser."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
