"""Sentences that become text only when shown, in the language asked for.

A calculator never writes a sentence in a language. It returns a :class:`Message`: a gettext
msgid (marked with ``N_``, so extraction finds it) and its values, kept as what they are (an
amount, a number of hours, a day, another message). ``message.render("en")`` translates the
template and formats every value in that language with :mod:`rijkapp.formatting`, so the same
result can be shown in Dutch and in English, and a switch of language renders it again without
calculating anything. The errors in :mod:`rijkapp.domain.errors` work the same way.

Values are plain ``str`` and ``int`` (shown as they are), a :class:`Message`, or one of the
small value types below that say how to show a value: :class:`Euro`, :class:`HourCount`,
:class:`Compact`, :class:`Exact`, :class:`Fixed`, :class:`Percent`, :class:`Day`,
:class:`Month`, :class:`Named` (a name the data has in both languages), :class:`Joined` and
:class:`Capitalised`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol, TypeAlias

from rijkapp import formatting as fmt
from rijkapp.i18n import translate, translate_plural


class Shown(Protocol):
    """A value that knows how to show itself in a language."""

    def render(self, language: str) -> str: ...


Value: TypeAlias = "str | int | Shown"


def render_value(value: Value, language: str) -> str:
    """``value`` as text in ``language``: strings and whole numbers as they are."""
    if isinstance(value, str | int):
        return str(value)
    return value.render(language)


class Message:
    """A translatable sentence and its values, rendered when shown.

    Equal messages have the same template, plural form, count and values, so a list of warnings
    can leave out a warning it already has.
    """

    __slots__ = ("_key", "count", "plural", "template", "values")

    def __init__(self, template: str, /, **values: Value) -> None:
        self.template = template
        self.values: dict[str, Value] = values
        self.plural: str | None = None
        self.count = 1
        self._key: tuple[object, ...] = (template, tuple(sorted(values.items())))

    def render(self, language: str) -> str:
        """The sentence in ``language`` (``nl`` or ``en``), every value formatted for it."""
        if self.plural is None:
            text = translate(self.template, language)
        else:
            text = translate_plural(self.template, self.plural, self.count, language)
        if not self.values:
            return text
        return text.format(**{k: render_value(v, language) for k, v in self.values.items()})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        values = "".join(f", {k}={v!r}" for k, v in self.values.items())
        return f"Message({self.template!r}{values})"


def plural(singular: str, plural_form: str, count: int, /, **values: Value) -> Message:
    """A message with a singular and a plural form, chosen by ``count`` (gettext's ngettext).

    ``count`` is also a value of the message: the template may show it as ``{count}``.
    """
    message = Message(singular, count=count, **values)
    message.plural = plural_form
    message.count = count
    message._key = (*message._key, plural_form)
    return message


# ---------------------------------------------------------------------------- how values show


@dataclass(frozen=True)
class Euro:
    """An amount of money: ``€ 1.234,50`` / ``€1,234.50``."""

    amount: Decimal

    def render(self, language: str) -> str:
        return fmt.money(self.amount, language)


@dataclass(frozen=True)
class HourCount:
    """Hours without needless zeros and with the unit: ``7,2 uur`` / ``7.2 hours``."""

    amount: Decimal

    def render(self, language: str) -> str:
        return fmt.hours(self.amount, language)


@dataclass(frozen=True)
class Compact:
    """A number without needless zeros: ``7,5``, ``166``."""

    value: Decimal

    def render(self, language: str) -> str:
        return fmt.compact(self.value, language)


@dataclass(frozen=True)
class Exact:
    """A number with as many decimals as it needs, at most four: ``144``, ``72,3288``."""

    value: Decimal

    def render(self, language: str) -> str:
        return fmt.exact(self.value, language)


@dataclass(frozen=True)
class Fixed:
    """A number with a fixed number of decimals: ``5,3``."""

    value: Decimal
    places: int

    def render(self, language: str) -> str:
        return fmt.number(self.value, self.places, language)


@dataclass(frozen=True)
class Percent:
    """A percentage as the CAO writes it, without the sign: ``16,50`` or ``8``."""

    value: Decimal

    def render(self, language: str) -> str:
        return fmt.percentage(self.value, language)


@dataclass(frozen=True)
class Day:
    """A date: ``1 maart 2026`` / ``1 March 2026``."""

    value: date

    def render(self, language: str) -> str:
        return fmt.day(self.value, language)


@dataclass(frozen=True)
class Month:
    """A month: ``maart 2026`` / ``March 2026``."""

    value: date

    def render(self, language: str) -> str:
        return fmt.month(self.value, language)


@dataclass(frozen=True)
class Named:
    """A name the data holds in both languages (a fiscal goal, a public holiday)."""

    nl: str
    en: str

    def render(self, language: str) -> str:
        return self.nl if language == "nl" else self.en

    def __str__(self) -> str:
        return self.nl


@dataclass(frozen=True)
class Joined:
    """Values shown one after the other, with ``separator`` between them."""

    parts: tuple[Value, ...]
    separator: str = ""

    @classmethod
    def of(cls, parts: Iterable[Value], separator: str = "") -> Joined:
        return cls(tuple(parts), separator)

    def render(self, language: str) -> str:
        return self.separator.join(render_value(part, language) for part in self.parts)


@dataclass(frozen=True)
class Capitalised:
    """A value with its first letter upper case, as at the start of a sentence."""

    value: Value

    def render(self, language: str) -> str:
        return fmt.capitalised(render_value(self.value, language))


__all__ = [
    "Capitalised",
    "Compact",
    "Day",
    "Euro",
    "Exact",
    "Fixed",
    "HourCount",
    "Joined",
    "Message",
    "Month",
    "Named",
    "Percent",
    "Shown",
    "Value",
    "plural",
    "render_value",
]
