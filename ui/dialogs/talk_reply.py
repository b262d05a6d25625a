"""The manager's reply read back from the talk PDF, and the employee's reaction to it.

:class:`TalkReplyDialog` shows what reading the PDF would change in which talk (the manager's
conclusion, the score with the CAO's description of it, remarks, name and date of the review)
before anything is stored; Opslaan confirms, Annuleren leaves everything as it was.
:class:`TalkReactionDialog` is where the employee writes their reaction, with the CAO's words
that the conclusion is the manager's opinion, which the employee need not share. Neither dialog
stores anything itself: the owner (``ui.talk_actions``) does, undoably.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.codecs import MAX_TEXT
from rijkapp.domain.records import Talk
from rijkapp.i18n import translate
from rijkapp.rules.book import Source
from rijkapp.services.talks import FIELD_LABELS, PURPOSE_NAMES, SCORE_DESCRIPTIONS, TalkReply
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.labels import link_text, plain_text, source_link

SHORTENED = 600  # characters of the conclusion shown above the reaction
MIN_BODY_WIDTH, MAX_BODY_HEIGHT = 600, 420  # pixels of the list of what changes
SCREEN_MARGIN = QSize(40, 80)  # room left around a dialog for the window manager's frame


def opening_size(dialog: QWidget, wanted: QSize) -> QSize:
    """``wanted``, or less where the screen has less room (a 1366 by 768 laptop)."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - SCREEN_MARGIN)


def talk_name(talk: Talk) -> str:
    """A talk as the window and the PDF name it: its component and its date."""
    return arg(
        QCoreApplication.translate("TalkReplyDialog", "%1, %2"),
        translate(PURPOSE_NAMES[talk.purpose], fmt.language()),
        fmt.day(talk.on),
    )


def score_text(score: str) -> str:
    """A score with the CAO's description of it: "+ (in line with ...)"."""
    description = SCORE_DESCRIPTIONS.get(score)
    if description is None:
        return score
    return f"{score}  ({translate(description, fmt.language())})"


def field_value(field: str, value: str) -> str:
    """A value of the manager's part as the window shows it."""
    if field == "manager_score":
        return score_text(value)
    if field == "review_date":
        return fmt.day(date.fromisoformat(value))
    return value


class TalkReplyDialog(Retranslatable, QDialog):
    """What reading the manager's reply changes, shown before anything is stored."""

    def __init__(self, reply: TalkReply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkReplyDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.reply = reply
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.earlier: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.intro = plain_text("talkReplyIntro", "intro", self)
        layout.addWidget(self.intro)

        self.changes_area = QScrollArea(self)
        self.changes_area.setObjectName("talkReplyScroll")
        self.changes_area.setWidgetResizable(True)
        self.changes_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.changes_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.changes_area)
        body.setObjectName("talkReplyBody")
        self.form = QFormLayout(body)
        self.form.setContentsMargins(0, 0, 8, 0)
        self.form.setVerticalSpacing(10)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_rows(body)
        self.changes_area.setWidget(body)
        layout.addWidget(self.changes_area, 1)
        self.nothing_yet = plain_text("talkReplyNothingYet", "muted", self)
        layout.addWidget(self.nothing_yet)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("talkReplySaveButton")
        make_primary(self.save_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("talkReplyCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        # As tall as what changes, up to the room the screen has; a long conclusion scrolls.
        body.setMinimumWidth(MIN_BODY_WIDTH)
        self.changes_area.setMinimumHeight(min(body.sizeHint().height() + 4, MAX_BODY_HEIGHT))
        self.resize(opening_size(self, QSize(720, self.sizeHint().height())))

    def _add_rows(self, body: QWidget) -> None:
        """One row per field that changes: the new value, and what it replaces."""
        for difference in self.reply.differences:
            label = QLabel(body)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = plain_text(f"talkReplyValue_{difference.field}", "", body)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(value)
            if difference.before is not None:
                earlier = plain_text(f"talkReplyEarlier_{difference.field}", "muted", body)
                column.addWidget(earlier)
                self.earlier[difference.field] = earlier
            self.form.addRow(label, column)
            self.labels[difference.field] = label
            self.values[difference.field] = value

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Read the reply of your manager"))
        self.intro.setText(
            arg(
                self.tr(
                    "Your manager filled in the PDF of your talk (%1). When you save, this changes:"
                ),
                talk_name(self.reply.talk),
            )
        )
        self.changes_area.setAccessibleName(self.tr("What changes"))
        language = fmt.language()
        for difference in self.reply.differences:
            self.labels[difference.field].setText(
                translate(FIELD_LABELS[difference.field], language) + ":"
            )
            self.values[difference.field].setText(field_value(difference.field, difference.after))
            if difference.before is not None:
                self.earlier[difference.field].setText(
                    arg(
                        self.tr("Instead of: %1"),
                        field_value(difference.field, difference.before),
                    )
                )
        self.nothing_yet.setText(
            self.tr("Nothing is stored until you save. Afterwards you can undo it (Ctrl+Z).")
        )
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))


class TalkReactionDialog(Retranslatable, QDialog):
    """The employee's reaction to the manager's conclusion, with the CAO's words about it."""

    def __init__(self, talk: Talk, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkReactionDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.talk = talk
        self.source = source
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.about = plain_text("talkReactionAbout", "intro", self)
        layout.addWidget(self.about)
        self.conclusion = plain_text("talkReactionConclusion", "", self)
        layout.addWidget(self.conclusion)
        self.quote = plain_text("talkReactionQuote", "", self)
        self.quote.setObjectName("talkReactionQuote")
        self.quote.setStyleSheet(
            "QLabel { border-left: 3px solid palette(mid); padding-left: 10px; }"
        )
        layout.addWidget(self.quote)
        self.source_label = link_text("talkReactionSource", "hint", self)
        layout.addWidget(self.source_label)

        self.reaction_label = QLabel(self)
        self.reaction_edit = QPlainTextEdit(self)
        self.reaction_edit.setObjectName("talkReactionEdit")
        self.reaction_edit.setTabChangesFocus(True)
        self.reaction_edit.setMinimumHeight(140)
        self.reaction_edit.setPlainText(talk.employee_reaction or "")
        self.reaction_label.setBuddy(self.reaction_edit)
        layout.addWidget(self.reaction_label)
        layout.addWidget(self.reaction_edit, 1)
        self.count = plain_text("talkReactionCount", "hint", self)
        layout.addWidget(self.count)

        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("talkReactionSaveButton")
        make_primary(self.save_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("talkReactionCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reaction_edit.textChanged.connect(self._show_count)
        self.retranslate()
        self.resize(opening_size(self, QSize(680, 600)))
        self.reaction_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My reaction"))
        self.about.setText(
            arg(
                self.tr("After your talk (%1) you can write down your reaction to the conclusion."),
                talk_name(self.talk),
            )
        )
        self.conclusion.setText(self._conclusion())
        self.conclusion.setVisible(bool(self.conclusion.text()))
        # The CAO's own words; the English window shows them in translation.
        self.quote.setText(
            self.tr(
                "“This is the opinion of your manager, which you need not agree with. You can "
                "say so in the record of the staff talk.” (quoted in translation)"
            )
        )
        self.source_label.setText(arg(self.tr("Source: %1"), source_link(self.source)))
        self.reaction_label.setText(self.tr("My &reaction:"))
        self.reaction_edit.setAccessibleName(self.tr("My reaction"))
        self.reaction_edit.viewport().setAccessibleName(self.tr("My reaction"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_count()

    def _conclusion(self) -> str:
        parts = []
        if self.talk.manager_score:
            parts.append(arg(self.tr("Score: %1"), score_text(self.talk.manager_score)))
        if self.talk.manager_conclusion:
            text = self.talk.manager_conclusion
            if len(text) > SHORTENED:
                text = text[:SHORTENED].rstrip() + "…"
            parts.append(arg(self.tr("Conclusion of your manager: %1"), text))
        return "\n".join(parts)

    def _show_count(self) -> None:
        length = len(self.reaction_edit.toPlainText())
        self.count.setText(
            arg(
                self.tr("%1 of at most %2 characters"),
                fmt.number(Decimal(length), 0),
                fmt.number(Decimal(MAX_TEXT), 0),
            )
        )
        too_long = length > MAX_TEXT
        self.count.setProperty("role", "error" if too_long else "hint")
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        self.save_button.setEnabled(not too_long)

    def reaction(self) -> str | None:
        """The reaction as written; None when the field is empty."""
        text = self.reaction_edit.toPlainText()
        return text if text.strip() else None
