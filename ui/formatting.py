"""Values and the core's messages as text, in the language of the window.

The core formats and renders only in a language it is given (``rijkapp.formatting``,
``Message.render``). The window's language is the one :class:`ui.translators.Translators`
switched Qt's translators to; it is set here at the same moment, on the GUI thread. Widgets call
these functions when they show something, so a switch of language shows the same values and
messages in the new language without calculating anything again.

Only the GUI thread may ask: a job on the data thread that tried to make text would get the
window's language of the moment, which can change while it runs, so that raises instead.
"""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

from rijkapp import formatting as core
from rijkapp.domain.errors import RijkappError, ValidationError
from rijkapp.i18n import DEFAULT_LANGUAGE, normalise
from rijkapp.message import Shown

_window_language = DEFAULT_LANGUAGE


def set_language(language: str) -> str:
    """Make ``language`` the window's; returns it (``nl`` for anything unknown)."""
    global _window_language  # noqa: PLW0603 - the one language of the one window, GUI thread only
    _window_language = normalise(language)
    return _window_language


def language() -> str:
    """The window's language (``nl`` or ``en``), for rendering on the GUI thread."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("text is made on the GUI thread, when it is shown")
    return _window_language


def text(message: Shown) -> str:
    """A message of the core (a line, a warning, a name, an error) in the window's language."""
    return message.render(language())


def reason(error: BaseException) -> str:
    """Why a change was refused, in the window's language: the reason of a field's error
    without the field's name, the message of any other error of the core."""
    if isinstance(error, ValidationError):
        return error.render_reason(language())
    if isinstance(error, RijkappError):
        return error.render(language())
    return str(error)


def money(amount: Decimal) -> str:
    return core.money(amount, language())


def compact(value: Decimal) -> str:
    return core.compact(value, language())


def percentage(value: Decimal) -> str:
    return core.percentage(value, language())


def number(value: Decimal, places: int = 2) -> str:
    return core.number(value, places, language())


def hours(value: Decimal) -> str:
    return core.hours(value, language())


def day(value: date, fmt: str = "long") -> str:
    return core.day(value, language(), fmt)


def month(value: date) -> str:
    return core.month(value, language())


def parse_number(text: str) -> Decimal | None:
    return core.parse_number(text, language())


capitalised = core.capitalised
