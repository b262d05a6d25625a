"""Small helpers for translated text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget  # what the mixin is always mixed into
else:
    _Widget = object

_PLACEHOLDER = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """Fill ``%1`` … ``%9`` in a translated sentence, in one pass, as ``QString.arg`` does.

    One pass means a value that itself contains ``%2`` is never substituted again.
    """

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 0 < index <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


class Retranslatable(_Widget):
    """Mixin for widgets: call ``retranslate()`` whenever the language changes.

    Put it before the Qt class: ``class Page(Retranslatable, QWidget)``.
    """

    def retranslate(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
