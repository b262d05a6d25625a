"""The "How is this worked out?" dialog: the lines of an explanation, each with its rule.

Stable API, shared by the Verlof and IKB pages::

    ExplainDialog(title, lines, parent)            # amounts as plain numbers (2 decimals)
    ExplainDialog(title, lines, parent, amount_format=rijkapp.formatting.hours)
    ExplainDialog(title, lines, parent, summary="Balance on 1 March 2027: 144,00 uur")

``lines`` are :class:`rijkapp.views.explain.Line`. Every line shows its date, text and amount,
and under it the source of its rule; a rule that is not confirmed says so in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rijkapp.views.explain import Line
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.labels import link_text, source_link


def plain_number(amount: Decimal) -> str:
    return fmt.number(amount, 2)


class ExplainDialog(Retranslatable, QDialog):
    """A read-only list of explanation lines; Close (or Esc) closes it."""

    def __init__(
        self,
        title: str,
        lines: Sequence[Line],
        parent: QWidget | None = None,
        *,
        amount_format: Callable[[Decimal], str] | None = None,
        summary: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("explainDialog")
        self.setModal(True)
        self.setMinimumSize(640, 360)
        self.resize(760, 480)
        self.title = title
        self.lines = tuple(lines)
        self.amount_format = amount_format or plain_number

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setObjectName("explainHeading")
        self.heading.setProperty("role", "sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setObjectName("explainIntro")
        self.intro.setProperty("role", "intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("explainScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        body = QWidget()
        body.setObjectName("explainBody")
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(12, 10, 12, 10)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("explainSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.setVisible(bool(summary))
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        # (date, text, amount, source) labels per line, so retranslate can refill them.
        self.rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        self._build_rows(body)
        self.retranslate()

    def _build_rows(self, body: QWidget) -> None:
        row = 0
        for _line in self.lines:
            when = QLabel(body)
            when.setObjectName("explainDate")
            when.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text = QLabel(body)
            text.setObjectName("explainText")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            amount = QLabel(body)
            amount.setObjectName("explainAmount")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            source = link_text("explainSource", "hint", body)
            self.grid.addWidget(when, row, 0)
            self.grid.addWidget(text, row, 1)
            self.grid.addWidget(amount, row, 2)
            self.grid.addWidget(source, row + 1, 1, 1, 2)
            spacer = QLabel(body)
            spacer.setFixedHeight(6)
            self.grid.addWidget(spacer, row + 2, 0)
            self.rows.append((when, text, amount, source))
            row += 3
        self.empty = QLabel(body)
        self.empty.setObjectName("explainEmpty")
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.lines)
        self.grid.addWidget(self.empty, row, 0, 1, 3)
        self.grid.setRowStretch(row + 1, 1)

    def source_text(self, line: Line) -> str:
        """The source under a line as a named link (rich text), and what is assumed when its
        rule is not confirmed."""
        if line.rule is None:
            return ""
        text = arg(escape(self.tr("Source: %1")), source_link(line.rule.source))
        if line.unconfirmed:
            assumed = line.rule.description(fmt.language())
            text += "<br>" + escape(
                arg(self.tr("This is an assumption: %1"), assumed)
                if assumed
                else self.tr("This rule is an assumption: it is not confirmed yet.")
            )
        return text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("How is this worked out?"))
        self.heading.setText(self.title)
        self.scroll_area.setAccessibleName(self.title)
        unconfirmed = any(line.unconfirmed for line in self.lines)
        intro = self.tr("Each step below shows the date, what happened and the rule behind it.")
        if unconfirmed:
            intro += " " + self.tr(
                "A step marked as an assumption rests on a rule that is not confirmed by the CAO "
                "Rijk yet. Check that figure with P-Direkt."
            )
        self.intro.setText(intro)
        self.empty.setText(self.tr("There is nothing to explain for this figure yet."))
        for line, (when, text, amount, source) in zip(self.lines, self.rows, strict=True):
            when.setText(fmt.day(line.on, fmt="d MMM yyyy") if line.on else "")
            text.setText(fmt.text(line.message))
            amount.setText(self.amount_format(line.amount) if line.amount is not None else "")
            source.setText(self.source_text(line))
            source.setVisible(bool(source.text()))
            if line.unconfirmed:
                source.setToolTip(self.tr("This rule is an assumption: it is not confirmed yet."))
                text.setToolTip(self.tr("This rule is an assumption: it is not confirmed yet."))
            name = " ".join(part for part in (when.text(), text.text(), amount.text()) if part)
            text.setAccessibleName(name)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
