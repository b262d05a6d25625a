"""The two cards at the top of the Verlof page: the balance per kind of hours, and what expires.

Both show a :class:`rijkapp.views.leave.LeaveData` (``show_data``). Each kind of hours has its
hours, when they expire, a badge when the figure rests on an unconfirmed rule, and a "How is this
worked out?" link that asks the page for the explanation (``explainRequested``).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Bucket
from rijkapp.views.leave import BucketBalance, ExpiryPlan, LeaveData, bucket_title
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.layout_pass import one_layout_pass
from ui.widgets.notice import badge_style, notice_style

IKB_BUCKETS = (Bucket.IKB_UREN, Bucket.IKB_GEKOCHT)


class _Card(QFrame):
    """A tile-styled frame with a title on top and a column under it."""

    def __init__(self, name: str, title_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(20, 14, 20, 16)
        self.column.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName(title_name)
        self.title.setProperty("role", "tileTitle")
        self.column.addWidget(self.title)


class BucketRow:
    """The widgets of one kind of hours in the balance card, filled anew for each date.

    The card keeps its rows and fills them with the kinds of hours on show, so a new date
    changes texts instead of making widgets.
    """

    def __init__(self, host: QWidget) -> None:
        self.bucket = Bucket.WETTELIJK
        self.year: int | None = None
        self.name = QLabel(host)
        self.expires = QLabel(host)
        self.expires.setProperty("role", "hint")
        self.expires.setWordWrap(True)
        self.expires.setContentsMargins(0, 0, 0, 7)
        self.hours = QLabel(host)
        self.hours.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hours.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # "Not confirmed" next to a balance reads as "leave not approved": the badge says that
        # the figure rests on an assumption, and the tooltip says which.
        self.badge = QLabel(host)
        self.badge.setStyleSheet(badge_style())
        self.badge_hidden = True  # shown only when the figure rests on an assumption
        self.explain = QPushButton(host)
        self.explain.setProperty("role", "link")
        self.explain.setCursor(Qt.CursorShape.PointingHandCursor)
        for widget in self.widgets():
            widget.hide()  # until the card shows the row (else its first show would show them)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.expires, self.badge, self.hours, self.explain)


class BalanceCard(Retranslatable, _Card):
    """The hours per kind on the peildatum, their total and the ledger's warnings."""

    explainRequested = Signal(object, object)  # Bucket, year (int | None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("balanceCard", "balanceTitle", parent)
        self.data: LeaveData | None = None
        self._rows: list[BucketRow] = []  # made as needed, kept; the first ``_shown`` on show
        self._shown = 0
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        self.grid.setVerticalSpacing(1)
        self.kind_header = QLabel(self.grid_host)
        self.hours_header = QLabel(self.grid_host)
        self.hours_header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.empty = QLabel(self.grid_host)
        self.empty.setProperty("role", "muted")
        self.empty.hide()
        for label in (self.kind_header, self.hours_header):
            label.setProperty("role", "hint")
            label.hide()  # shown with the first figures
        self.grid.addWidget(self.kind_header, 0, 0)
        self.grid.addWidget(self.hours_header, 0, 2)
        self.grid.addWidget(self.empty, 1, 0, 1, 5)
        self.column.addWidget(self.grid_host)
        self.total_line = QFrame(self)
        self.total_line.setFrameShape(QFrame.Shape.HLine)
        self.total_line.setStyleSheet("color: palette(mid);")
        self.column.addWidget(self.total_line)
        total_row = QHBoxLayout()
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        self.total_value = QLabel(self)
        self.total_value.setObjectName("totalValue")
        self.total_value.setProperty("role", "tileValue")
        self.total_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        total_row.addWidget(self.total_label)
        total_row.addStretch(1)
        total_row.addWidget(self.total_value)
        self.column.addLayout(total_row)
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("leaveWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.hide()
        self.column.addWidget(self.warnings_label)
        self.column.addStretch(1)
        self.retranslate()

    @property
    def rows(self) -> list[BucketRow]:
        """The rows on show, one per kind of hours, in the card's order."""
        return self._rows[: self._shown]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Balance per kind of hours"))
        self.total_label.setText(self.tr("Total"))
        self.kind_header.setText(self.tr("Kind of hours"))
        self.hours_header.setText(self.tr("Hours"))
        self.empty.setText(self.tr("No leave hours yet on this date."))
        if self.data is not None:
            self.show_data(self.data)

    def show_data(self, data: LeaveData) -> None:
        self.data = data
        self.kind_header.show()
        self.hours_header.show()
        items = data.balances
        while len(self._rows) < len(items):
            self._rows.append(self._new_row(len(self._rows)))
        self._shown = len(items)
        for row, item in zip(self._rows, items, strict=False):
            self._fill_row(row, item, data)
        self._show_rows(len(items))
        total = data.ledger.total
        self.total_value.setText(fmt.hours(total))
        self.total_value.setAccessibleName(arg(self.tr("Total: %1"), fmt.hours(total)))
        warnings = [fmt.text(warning) for warning in data.ledger.warnings]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setStyleSheet(notice_style())
        self.warnings_label.setVisible(bool(warnings))

    def _show_rows(self, count: int) -> None:
        """Show the first ``count`` rows and hide the others, laid out once."""
        hidden: dict[QWidget, bool] = {self.empty: count > 0}
        for index, row in enumerate(self._rows):
            for widget in row.widgets():
                hidden[widget] = index >= count or (widget is row.badge and row.badge_hidden)
        changes = [(widget, hide) for widget, hide in hidden.items() if widget.isHidden() != hide]
        if not changes:
            return
        with one_layout_pass(self.grid_host):
            for widget, hide in changes:
                widget.setHidden(hide)

    def _new_row(self, index: int) -> BucketRow:
        """Two grid rows: the kind of hours with when it expires under it; badge, hours, why."""
        row = BucketRow(self.grid_host)
        row.explain.clicked.connect(partial(self._explain, row))
        first = 1 + 2 * index
        centre = Qt.AlignmentFlag.AlignVCenter
        self.grid.addWidget(row.name, first, 0)
        self.grid.addWidget(row.expires, first + 1, 0)
        self.grid.addWidget(row.badge, first, 1, 2, 1, centre)
        self.grid.addWidget(row.hours, first, 2, 2, 1)
        self.grid.addWidget(row.explain, first, 3, 2, 1, centre)
        return row

    def _fill_row(self, row: BucketRow, item: BucketBalance, data: LeaveData) -> None:
        bucket, year, hours = item.bucket, item.year, item.hours
        row.bucket, row.year = bucket, year
        key = f"{bucket.value}_{year or ''}"
        name = fmt.text(bucket_title(bucket, year))
        row.name.setObjectName(f"bucketName_{key}")
        row.name.setText(name)
        row.expires.setObjectName(f"bucketExpires_{key}")
        row.expires.setText(self._expiry_text(bucket, item.expires, data))
        row.expires.setToolTip(
            self.tr("IKB-uren do not expire: what is left on 31 December moves to spaarverlof.")
            if bucket in IKB_BUCKETS
            else ""
        )
        row.hours.setObjectName(f"bucketHours_{key}")
        row.hours.setText(fmt.hours(hours))
        row.hours.setAccessibleName(arg(self.tr("%1: %2"), name, fmt.hours(hours)))
        role = "error" if hours < 0 else ""
        if (row.hours.property("role") or "") != role:
            row.hours.setProperty("role", role)
            row.hours.style().unpolish(row.hours)
            row.hours.style().polish(row.hours)
        row.badge.setObjectName(f"bucketUnconfirmed_{key}")
        row.badge.setText(self.tr("assumption"))
        assumed = data.unconfirmed.get((bucket, year), ())
        why = arg(
            self.tr(
                "This figure rests on an assumption: a rule that is not confirmed yet. %1 "
                "Rijkapp uses it as the best guess. Check this figure with P-Direkt."
            ),
            " ".join(rule.description(fmt.language()) for rule in assumed),
        )
        row.badge.setToolTip(why)
        row.badge.setAccessibleName(arg(self.tr("Assumption in %1"), name))
        row.badge.setAccessibleDescription(why)
        row.badge_hidden = not assumed
        row.explain.setObjectName(f"explainButton_{key}")
        row.explain.setText(self.tr("How is this worked out?"))
        row.explain.setAccessibleName(arg(self.tr("How is %1 worked out?"), name))

    def _explain(self, row: BucketRow) -> None:
        self.explainRequested.emit(row.bucket, row.year)

    def _expiry_text(self, bucket: Bucket, expires: date | None, data: LeaveData) -> str:
        if expires is not None:
            return arg(self.tr("expires on %1"), fmt.day(expires))
        if bucket in IKB_BUCKETS:
            return arg(self.tr("moves to spaarverlof on %1"), fmt.day(date(data.on.year + 1, 1, 1)))
        return self.tr("does not expire")


class ExpiryCard(Retranslatable, _Card):
    """What expires when, and how much of it still needs planning, in working days."""

    BESIDE_WIDTH = 310  # at most this wide beside the balances; as wide as they under them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("expiryCard", "expiryTitle", parent)
        self.data: LeaveData | None = None
        self.text = QLabel(self)
        self.text.setObjectName("expiryText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.text)
        self.column.addStretch(1)
        self.setMinimumWidth(240)
        self.setMaximumWidth(self.BESIDE_WIDTH)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What expires when"))
        if self.data is not None:
            self.show_data(self.data)

    def show_data(self, data: LeaveData) -> None:
        self.data = data
        if not data.expiry:
            self.text.setText(
                escape(
                    self.tr(
                        "None of your hours expire after this date. IKB-uren and spaarverlof "
                        "do not expire."
                    )
                )
            )
            return
        blocks = []
        for plan in data.expiry:
            when = fmt.day(plan.expires)
            head = arg(self.tr("%1 expire on %2"), fmt.hours(plan.left_on_date), when)
            lines = [f"<b>{escape(head)}</b>"]
            if plan.still_to_plan <= 0:
                lines.append(escape(self.tr("You have planned all of it already.")))
            elif plan.planned > 0:
                lines.append(
                    escape(
                        arg(
                            self.tr("You have planned %1 of it already; %2 is not planned yet."),
                            fmt.hours(plan.planned),
                            fmt.hours(plan.still_to_plan),
                        )
                    )
                )
                lines.append(escape(self._plan_sentence(plan, data)))
            else:
                lines.append(escape(self.tr("None of it is planned yet.")))
                lines.append(escape(self._plan_sentence(plan, data)))
            blocks.append("<br>".join(lines))
        self.text.setText(
            "<p style='margin:0 0 8px 0'>"
            + "</p><p style='margin:0 0 8px 0'>".join(blocks)
            + "</p>"
        )

    def _plan_sentence(self, plan: ExpiryPlan, data: LeaveData) -> str:
        when = fmt.day(plan.expires)
        days = data.days_to_plan(plan)
        if days is None or data.average_day is None:
            return arg(self.tr("Plan those %1 before %2."), fmt.hours(plan.still_to_plan), when)
        return arg(
            self.tr("Plan those %1 before %2: about %3 working days of %4."),
            fmt.hours(plan.still_to_plan),
            when,
            fmt.compact(days),
            fmt.hours(data.average_day),
        )
