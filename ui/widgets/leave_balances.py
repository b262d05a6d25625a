"""The two cards at the top of the Verlof page: the balance per kind of hours, and what expires.

Both show a :class:`rijkapp.views.leave.LeaveData` (``show_data``). Each kind of hours has its
hours, when they expire, a badge when the figure rests on an unconfirmed rule, and a "How is this
worked out?" link that asks the page for the explanation (``explainRequested``).
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class BucketRow:
    """The widgets of one kind of hours in the balance card."""

    bucket: Bucket
    year: int | None
    hours: QLabel
    badge: QLabel
    explain: QPushButton
    expires: QLabel


class BalanceCard(Retranslatable, _Card):
    """The hours per kind on the peildatum, their total and the ledger's warnings."""

    explainRequested = Signal(object, object)  # Bucket, year (int | None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("balanceCard", "balanceTitle", parent)
        self.data: LeaveData | None = None
        self.rows: list[BucketRow] = []
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        self.grid.setVerticalSpacing(1)
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

    def retranslate(self) -> None:
        self.title.setText(self.tr("Balance per kind of hours"))
        self.total_label.setText(self.tr("Total"))
        if self.data is not None:
            self.show_data(self.data)

    def show_data(self, data: LeaveData) -> None:
        self.data = data
        self._clear_grid()
        host = self.grid_host
        for column, text in ((0, self.tr("Kind of hours")), (2, self.tr("Hours"))):
            label = QLabel(text, host)
            label.setProperty("role", "hint")
            if column == 2:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, 0, column)
        for index, item in enumerate(data.balances):
            self._add_row(1 + 2 * index, item, data)
        if not data.balances:
            empty = QLabel(self.tr("No leave hours yet on this date."), host)
            empty.setProperty("role", "muted")
            self.grid.addWidget(empty, 1, 0, 1, 5)
        total = data.ledger.total
        self.total_value.setText(fmt.hours(total))
        self.total_value.setAccessibleName(arg(self.tr("Total: %1"), fmt.hours(total)))
        warnings = [fmt.text(warning) for warning in data.ledger.warnings]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setStyleSheet(notice_style())
        self.warnings_label.setVisible(bool(warnings))

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []

    def _add_row(self, row: int, item: BucketBalance, data: LeaveData) -> None:
        """Two grid rows: the kind of hours with when it expires under it; badge, hours, why."""
        bucket, year, hours = item.bucket, item.year, item.hours
        host = self.grid_host
        key = f"{bucket.value}_{year or ''}"
        name = fmt.text(bucket_title(bucket, year))
        name_label = QLabel(name, host)
        name_label.setObjectName(f"bucketName_{key}")
        expires_label = QLabel(self._expiry_text(bucket, item.expires, data), host)
        expires_label.setObjectName(f"bucketExpires_{key}")
        expires_label.setProperty("role", "hint")
        expires_label.setWordWrap(True)
        expires_label.setContentsMargins(0, 0, 0, 7)
        if bucket in IKB_BUCKETS:
            expires_label.setToolTip(
                self.tr("IKB-uren do not expire: what is left on 31 December moves to spaarverlof.")
            )
        hours_label = QLabel(fmt.hours(hours), host)
        hours_label.setObjectName(f"bucketHours_{key}")
        hours_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hours_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hours_label.setAccessibleName(arg(self.tr("%1: %2"), name, fmt.hours(hours)))
        if hours < 0:
            hours_label.setProperty("role", "error")
        # "Not confirmed" next to a balance reads as "leave not approved": the badge says that
        # the figure rests on an assumption, and the tooltip says which.
        badge = QLabel(self.tr("assumption"), host)
        badge.setObjectName(f"bucketUnconfirmed_{key}")
        badge.setStyleSheet(badge_style())
        assumed = data.unconfirmed.get((bucket, year), ())
        why = arg(
            self.tr(
                "This figure rests on an assumption: a rule that is not confirmed yet. %1 "
                "Rijkapp uses it as the best guess. Check this figure with P-Direkt."
            ),
            " ".join(rule.description(fmt.language()) for rule in assumed),
        )
        badge.setToolTip(why)
        badge.setAccessibleName(arg(self.tr("Assumption in %1"), name))
        badge.setAccessibleDescription(why)
        badge.setVisible(bool(assumed))
        explain = QPushButton(self.tr("How is this worked out?"), host)
        explain.setObjectName(f"explainButton_{key}")
        explain.setProperty("role", "link")
        explain.setCursor(Qt.CursorShape.PointingHandCursor)
        explain.setAccessibleName(arg(self.tr("How is %1 worked out?"), name))
        explain.clicked.connect(partial(self._explain, bucket, year))
        centre = Qt.AlignmentFlag.AlignVCenter
        self.grid.addWidget(name_label, row, 0)
        self.grid.addWidget(expires_label, row + 1, 0)
        self.grid.addWidget(badge, row, 1, 2, 1, centre)
        self.grid.addWidget(hours_label, row, 2, 2, 1)
        self.grid.addWidget(explain, row, 3, 2, 1, centre)
        self.rows.append(BucketRow(bucket, year, hours_label, badge, explain, expires_label))

    def _explain(self, bucket: Bucket, year: int | None) -> None:
        self.explainRequested.emit(bucket, year)

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
