"""Add or change one effective-dated record, checked as you type by the kind's own service.

Employment and work schedules both apply from a date until the next record of their kind.
This dialog holds what they share: the record it changes and the others it must not clash with,
the intro, the OK and Cancel buttons, the live check (a field's message shows once it was
touched, or at once when an existing record is changed), and accepting only what passes. A kind
adds its fields, how they are filled and read, its check and its own words.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from itertools import pairwise
from typing import ClassVar, Generic

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from rijkapp.domain.errors import ValidationError
from rijkapp.services.profile import new_id
from ui import formatting as fmt
from ui.dialogs.growing import GrowsWithMessages
from ui.models.dated import R
from ui.text import Retranslatable
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap


class DatedRecordDialog(Retranslatable, GrowsWithMessages, Generic[R]):
    """``record`` None adds a new record; ``others`` are the records of its kind already kept."""

    KIND: ClassVar[str]  # the stem of the object names: <kind>Dialog, <kind>Intro, <kind>OkButton
    ID_PREFIX: ClassVar[str]  # of the id a new record gets
    WIDTH: ClassVar[int]  # the least width, so the intro reads in a few lines
    ALSO_TOUCHES: ClassVar[tuple[str, ...]] = ()  # messages that any change may concern

    valid_from: DateField  # the kind's "From:" field, made by _build_fields

    def __init__(
        self,
        record: R | None,
        others: tuple[R, ...],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.KIND}Dialog")
        self.setModal(True)
        self.setMinimumWidth(self.WIDTH)
        self.original = record
        self.others = tuple(o for o in others if record is None or o.id != record.id)
        self._id = record.id if record else new_id(self.ID_PREFIX)
        self.errors = ErrorMap()
        self.errors.show_all = record is not None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setObjectName(f"{self.KIND}Intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "intro")
        layout.addWidget(self.intro)
        self._build_fields(layout)
        self._build_buttons(layout)
        self.valid_from.set_value(record.valid_from if record else today.replace(day=1))
        self._fill(record)
        for key, changed in self._watched():
            changed.connect(partial(self._touched, key))
        for first, second in pairwise(self._tab_chain()):
            self.setTabOrder(first, second)
        self.retranslate()

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName(f"{self.KIND}OkButton")
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName(f"{self.KIND}CancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _touched(self, key: str, *_args: object) -> None:
        self.errors.touch(key)
        for also in self.ALSO_TOUCHES:
            self.errors.touch(also)
        self.validate()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self._retranslate_fields()
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.validate()

    # ---------------------------------------------------------------- checking
    def record(self) -> R | None:
        """The record as filled in, or None while a field cannot be read."""
        record, unreadable = self._read()
        return None if unreadable else record

    def validate(self) -> bool:
        """Check the form with the kind's service; show each message under its field."""
        record, messages = self._read()
        for problem in self._check(record):
            if problem.field == "valid_from" and problem.params.get("date"):
                # Another record starts that day; say it as the form shows dates, and what to do.
                messages.setdefault(problem.field, self._date_taken(fmt.day(record.valid_from)))
            else:
                messages.setdefault(problem.field, self._message(problem))
        self._show_read(record)
        ok = self.errors.update(messages)
        self.ok_button.setEnabled(ok)
        self._fit_height()
        return ok

    def accept(self) -> None:
        self.errors.show_all = True
        if self.validate():
            super().accept()

    # ---------------------------------------------------------------- per kind
    def _build_fields(self, layout: QVBoxLayout) -> None:
        """Make the fields (``valid_from`` among them) and their messages, in ``layout``."""
        raise NotImplementedError

    def _fill(self, record: R | None) -> None:
        """Put ``record`` (None: a new one) in the fields other than ``valid_from``."""
        raise NotImplementedError

    def _watched(self) -> list[tuple[str, SignalInstance]]:
        """Each field's key with the signal that says it changed."""
        raise NotImplementedError

    def _tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them, where that is not the order they were made."""
        return []

    def _title(self) -> str:
        raise NotImplementedError

    def _retranslate_fields(self) -> None:
        """The intro, labels, accessible names and hints in the language of the window."""
        raise NotImplementedError

    def _read(self) -> tuple[R, dict[str, str]]:
        """The record as filled in, and a message per field that cannot be read."""
        raise NotImplementedError

    def _check(self, record: R) -> list[ValidationError]:
        """The kind's service check of ``record`` against ``self.others``."""
        raise NotImplementedError

    def _date_taken(self, day: str) -> str:
        """The message when another record of the kind starts on ``day``."""
        raise NotImplementedError

    def _message(self, problem: ValidationError) -> str:
        """How a problem is said under its field; the service's own words unless a kind knows
        better."""
        return problem.render_reason(fmt.language())

    def _show_read(self, record: R) -> None:
        """Show what follows from the fields (a total, say); most kinds show nothing."""
