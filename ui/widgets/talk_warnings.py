"""The Gesprekken page's warnings, before any damage: each sentence in a notice, with a button
where one step helps: "Gesprek voorbereiden…" (the editor on that talk, or on a new one) or
"Afspraken bekijken…" (the editor on the talk that holds the agreements, at its agreements).

The warnings come from the read model (:class:`rijkapp.views.gesprekken.TalkWarning`); there are
a few at most, so each gets a label of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rijkapp.domain.records import Talk
from rijkapp.views.gesprekken import TalkWarning
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.theme import tokens
from ui.widgets.labels import plain_text

AGREEMENTS_DUE = "agreements_due"  # the warning whose step is to look at the agreements
Step = tuple[str | None, bool]  # the talk to open (None: a new one), and whether at its agreements


class TalkWarnings(Retranslatable, QFrame):
    """``show_warnings(warnings, talks)``; ``prepare`` asks for the editor on a talk id (None:
    a new talk) when its button is pressed. A warning that names no talk of the list (there is
    no conversation yet this year) offers a new one."""

    prepare = Signal(object, bool)  # the talk id (None: a new talk), at its agreements

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkWarnings")
        self.warnings: tuple[TalkWarning, ...] = ()
        self.talks: Mapping[str, Talk] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 12, 16, 12)
        self.column.setSpacing(8)
        self.labels: list[QLabel] = []
        self.buttons: dict[Step, QPushButton] = {}
        self._rows: list[QWidget] = []
        self.hide()

    def apply_style(self) -> None:
        """The notice colours of the current theme (light or dark)."""
        colours = tokens()
        self.setStyleSheet(
            f"QFrame#talkWarnings {{ background: {colours['BANNER_BG']}; "
            f"border: 1px solid {colours['BANNER_BORDER']}; border-radius: 6px; }}"
            f"QFrame#talkWarnings QLabel {{ color: {colours['BANNER_TEXT']}; "
            "background: transparent; border: none; }"
        )

    def show_warnings(self, warnings: Sequence[TalkWarning], talks: Mapping[str, Talk]) -> None:
        self.warnings = tuple(warnings)
        self.talks = talks
        for row in self._rows:
            row.deleteLater()
        self._rows, self.labels, self.buttons = [], [], {}
        for number, warning in enumerate(self.warnings):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(12)
            label = plain_text(f"talkWarning_{number}", "", row)
            line.addWidget(label, 1)
            self.labels.append(label)
            step = self._step(warning)
            if step not in self.buttons:  # one button per step, beside its first warning
                button = QPushButton(row)
                button.setObjectName(f"talkWarningButton_{number}")
                button.clicked.connect(partial(self.prepare.emit, *step))
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.buttons[step] = button
            self.column.addWidget(row)
            self._rows.append(row)
        self.apply_style()
        self.setVisible(bool(self.warnings))
        self.retranslate()

    def _step(self, warning: TalkWarning) -> Step:
        """The talk to open (the one it names, or a new one: None) and whether at its agreements."""
        talk_id = warning.talk_id if warning.talk_id in self.talks else None
        return talk_id, warning.kind == AGREEMENTS_DUE and talk_id is not None

    def retranslate(self) -> None:
        for label, warning in zip(self.labels, self.warnings, strict=True):
            label.setText(fmt.text(warning.message))
        for (talk_id, agreements), button in self.buttons.items():
            talk = self.talks.get(talk_id) if talk_id is not None else None
            if talk is None:
                button.setText(self.tr("Prepare the conversation…"))
                button.setAccessibleName(self.tr("Prepare a new conversation"))
            elif agreements:
                button.setText(self.tr("Look at the agreements…"))
                button.setAccessibleName(
                    arg(
                        self.tr("Look at the agreements of the conversation of %1"),
                        fmt.day(talk.on),
                    )
                )
            else:
                button.setText(self.tr("Prepare the conversation…"))
                button.setAccessibleName(
                    arg(self.tr("Prepare the conversation of %1"), fmt.day(talk.on))
                )
