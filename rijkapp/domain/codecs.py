"""How one value is kept in the database and in the exchange document, and checked on import.

A codec knows a value in three forms:

* the database: ``to_sql``/``from_sql`` (money as INTEGER cents, hours as exact decimal TEXT,
  dates as ISO TEXT, flags as 0/1; no ``Decimal`` ever reaches sqlite-utils, which would make it a
  float), or ``to_row``/``from_row`` for a value spread over several columns;
* the exchange document: ``export`` (money as ``"4012.50"``, hours exactly as held);
* the import check: ``read`` turns what a document holds into the value or refuses it with a
  ``ValidationError`` naming the field by its path in the document (``leave[3].start``).

Whether a field may be empty (``None``), must be present or has a default is said by the field
that uses the codec (``rijkapp.domain.fields``); ``to_sql``, ``to_row`` and ``export`` never see
``None``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import WEEKDAYS, Informant
from rijkapp.domain.values import Hours, Money, from_cents, money, plain, to_cents
from rijkapp.i18n import N_

T = TypeVar("T")
E = TypeVar("E", bound=str)

Row = dict[str, Any]

MAX_TEXT = 20_000  # characters in one text field
MAX_NAME = 500  # characters in a name, title or label
MAX_CERTIFICATE = 25 * 1024 * 1024  # bytes of one certificate
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def show(value: Any) -> str:
    """A value as it stood in the document, shortened, for a message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def read_object(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(path, N_("must be an object ({{...}})."))
    return value


def read_list(value: Any, path: str) -> list[Any]:
    """A list that may also be left out or null (then empty)."""
    value = value or []
    if not isinstance(value, list):
        raise ValidationError(path, N_("must be a list."))
    return value


class Codec(Generic[T]):
    """One kind of value; the database form is one column unless ``to_row`` says otherwise."""

    def to_sql(self, value: T) -> Any:
        return value

    def from_sql(self, value: Any) -> T:
        return value  # type: ignore[no-any-return]

    def columns(self, column: str) -> tuple[str, ...]:
        """The database columns of a field stored under ``column``."""
        return (column,)

    def to_row(self, value: T, column: str) -> Row:
        return {column: self.to_sql(value)}

    def from_row(self, row: Row, column: str) -> T | None:
        value = row[column]
        return None if value is None else self.from_sql(value)

    def export(self, value: T) -> Any:
        return value

    def read(self, value: Any, path: str) -> T:
        raise NotImplementedError


@dataclass(frozen=True)
class Text(Codec[str]):
    """Text of at most ``limit`` characters; left out or null is empty text, unless ``nonempty``."""

    limit: int = MAX_TEXT
    nonempty: bool = False

    def read(self, value: Any, path: str) -> str:
        if value is None and not self.nonempty:
            return ""
        if not isinstance(value, str):
            raise ValidationError(path, N_("must be text."))
        if len(value) > self.limit:
            raise ValidationError(
                path,
                N_("is too long ({length} characters; at most {limit})."),
                length=len(value),
                limit=self.limit,
            )
        if self.nonempty and not value.strip():
            raise ValidationError(path, N_("must not be empty."))
        return value


class Day(Codec[date]):
    """A date: ``YYYY-MM-DD`` in the database and the document."""

    def to_sql(self, value: date) -> str:
        return value.isoformat()

    def from_sql(self, value: Any) -> date:
        return date.fromisoformat(value)

    def export(self, value: date) -> str:
        return value.isoformat()

    def read(self, value: Any, path: str) -> date:
        if not isinstance(value, str) or not _DATE.match(value):
            raise ValidationError(
                path, N_("{value} is not a date (YYYY-MM-DD)."), value=show(value)
            )
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationError(path, N_("{value} is not a date."), value=value) from None


class Month(Codec[date]):
    """A month, held as its first day: ``YYYY-MM`` in the database and the document."""

    def to_sql(self, value: date) -> str:
        return value.strftime("%Y-%m")

    def from_sql(self, value: Any) -> date:
        return date.fromisoformat(value + "-01")

    def export(self, value: date) -> str:
        return value.strftime("%Y-%m")

    def read(self, value: Any, path: str) -> date:
        if not isinstance(value, str) or not _MONTH.match(value):
            raise ValidationError(path, N_("{value} is not a month (YYYY-MM)."), value=show(value))
        try:
            return date.fromisoformat(value + "-01")
        except ValueError:
            raise ValidationError(path, N_("{value} is not a month."), value=value) from None


def read_number(value: Any, path: str, *, negative: bool = False) -> Decimal:
    """A decimal with at most two places, written as text or as a JSON number."""
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValidationError(path, N_('must be a number written as text, such as "12.50".'))
    try:
        number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except ArithmeticError:
        raise ValidationError(path, N_("{value} is not a number."), value=show(value)) from None
    if not number.is_finite() or abs(number) >= Decimal("1e9"):
        raise ValidationError(path, N_("{value} is not a usable number."), value=show(value))
    if not negative and number < 0:
        raise ValidationError(path, N_("must not be negative ({value})."), value=show(value))
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise ValidationError(path, N_("has more than two decimals ({value})."), value=show(value))
    return number


@dataclass(frozen=True)
class HoursCodec(Codec[Hours]):
    """Hours: exact decimal TEXT in the database, written back in the document exactly as held."""

    negative: bool = False

    def to_sql(self, value: Hours) -> str:
        return str(value)

    def from_sql(self, value: Any) -> Hours:
        return Decimal(value)

    def export(self, value: Hours) -> str:
        return str(value)

    def read(self, value: Any, path: str) -> Hours:
        return read_number(value, path, negative=self.negative)


class MoneyCodec(Codec[Money]):
    """Money: INTEGER cents in the database, two decimals in the document; never negative."""

    def to_sql(self, value: Money) -> int:
        return to_cents(value)

    def from_sql(self, value: Any) -> Money:
        return from_cents(value)

    def export(self, value: Money) -> str:
        return plain(value)

    def read(self, value: Any, path: str) -> Money:
        return money(read_number(value, path))


@dataclass(frozen=True)
class Whole(Codec[int]):
    """A whole number from ``low`` to ``high``."""

    low: int
    high: int

    def read(self, value: Any, path: str) -> int:
        # A whole number with more digits than Python makes an int of is read as a Decimal.
        huge = isinstance(value, Decimal) and value == value.to_integral_value()
        if not huge and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValidationError(path, N_("must be a whole number."))
        if huge or not self.low <= value <= self.high:
            raise ValidationError(
                path,
                N_("{value} is outside {low}..{high}."),
                value=show(value) if huge else value,
                low=self.low,
                high=self.high,
            )
        return int(value)


class Flag(Codec[bool]):
    """Yes or no: 0/1 in the database, ``true`` in the document (read leniently, as truthiness)."""

    def to_sql(self, value: bool) -> int:
        return int(value)

    def from_sql(self, value: Any) -> bool:
        return bool(value)

    def read(self, value: Any, path: str) -> bool:
        return bool(value)


@dataclass(frozen=True)
class Choice(Codec[E]):
    """One of a fixed set of words (an enum's members or plain strings), kept as the word.

    ``blank``, when given, is what an empty or left-out value means; ``former`` maps words an
    older version wrote to the word that replaced them (read, never written).
    """

    allowed: tuple[E, ...]
    blank: E | None = None
    former: tuple[tuple[str, E], ...] = ()

    def _find(self, value: Any) -> E | None:
        value = dict(self.former).get(value, value) if isinstance(value, str) else value
        return next((word for word in self.allowed if word == value), None)

    def to_sql(self, value: E) -> str:
        return str(value)

    def from_sql(self, value: Any) -> E:
        found = self._find(value)
        if found is None:
            raise ValueError(f"{value!r} is not one of {self.allowed}")
        return found

    def export(self, value: E) -> str:
        return str(value)

    def read(self, value: Any, path: str) -> E:
        if not value and self.blank is not None:
            return self.blank
        found = self._find(value) if isinstance(value, str) else None
        if found is None:
            raise ValidationError(
                path,
                N_("{value} is not one of: {allowed}."),
                value=show(value),
                allowed=", ".join(self.allowed),
            )
        return found


@dataclass(frozen=True)
class OpenChoice(Codec[str]):
    """One of a set of words, or any other short text, kept as given (a learning activity's kind
    from another tool). A known word is read as the member of ``allowed``."""

    allowed: tuple[str, ...]
    limit: int = 100

    def _known(self, value: str) -> str:
        return next((word for word in self.allowed if word == value), value)

    def to_sql(self, value: str) -> str:
        return str(value)

    def from_sql(self, value: Any) -> str:
        return self._known(value)

    def export(self, value: str) -> str:
        return str(value)

    def read(self, value: Any, path: str) -> str:
        return self._known(Text(self.limit).read(value, path))


@dataclass(frozen=True)
class ChoiceList(Codec[tuple[E, ...]]):
    """Some of a fixed set of words, each at most once (the funding of an activity): a JSON list
    in one database column."""

    allowed: tuple[E, ...]

    def to_sql(self, value: tuple[E, ...]) -> str:
        return json.dumps([str(word) for word in value])

    def from_sql(self, value: Any) -> tuple[E, ...]:
        choice = Choice(self.allowed)
        return tuple(choice.from_sql(word) for word in json.loads(value))

    def export(self, value: tuple[E, ...]) -> list[str]:
        return [str(word) for word in value]

    def read(self, value: Any, path: str) -> tuple[E, ...]:
        choice = Choice(self.allowed)
        found: list[E] = []
        for i, item in enumerate(read_list(value, path)):
            word = choice.read(item, f"{path}[{i}]")
            if word in found:
                raise ValidationError(f"{path}[{i}]", N_("{value} is used twice."), value=word)
            found.append(word)
        return tuple(found)


@dataclass(frozen=True)
class TextList(Codec[tuple[str, ...]]):
    """A list of texts (skills, informants): a JSON list in one database column."""

    limit: int = MAX_NAME

    def to_sql(self, value: tuple[str, ...]) -> str:
        return json.dumps(list(value), ensure_ascii=False)

    def from_sql(self, value: Any) -> tuple[str, ...]:
        return tuple(json.loads(value))

    def export(self, value: tuple[str, ...]) -> list[str]:
        return list(value)

    def read(self, value: Any, path: str) -> tuple[str, ...]:
        text = Text(self.limit)
        return tuple(
            text.read(item, f"{path}[{i}]") for i, item in enumerate(read_list(value, path))
        )


@dataclass(frozen=True)
class TextMap(Codec[tuple[tuple[str, str], ...]]):
    """Texts by name (the topics of a talk): a JSON object in one database column.

    The document lists the names in ``order`` first, then any others as they came.
    """

    order: tuple[str, ...] = ()

    def to_sql(self, value: tuple[tuple[str, str], ...]) -> str:
        return json.dumps(dict(value), ensure_ascii=False)

    def from_sql(self, value: Any) -> tuple[tuple[str, str], ...]:
        return tuple(json.loads(value).items())

    def export(self, value: tuple[tuple[str, str], ...]) -> dict[str, str]:
        texts = dict(value)
        ordered = {name: texts[name] for name in self.order if name in texts}
        ordered.update({name: text for name, text in texts.items() if name not in ordered})
        return ordered

    def read(self, value: Any, path: str) -> tuple[tuple[str, str], ...]:
        texts = read_object(value or {}, path)
        return tuple((str(k), Text().read(v, f"{path}.{k}")) for k, v in texts.items())


class Informants(Codec[tuple[Informant, ...]]):
    """The informants of a talk: a list of ``{name, function}``, a JSON list in one column.

    Older documents list names only, as text; an informant without a function is written that
    way again, so they round-trip unchanged.
    """

    def to_sql(self, value: tuple[Informant, ...]) -> str:
        return json.dumps(self.export(value), ensure_ascii=False)

    def from_sql(self, value: Any) -> tuple[Informant, ...]:
        return tuple(self._one(item) for item in json.loads(value))

    @staticmethod
    def _one(item: Any) -> Informant:
        if isinstance(item, str):
            return Informant(item)
        return Informant(item["name"], item.get("function", ""))

    def export(self, value: tuple[Informant, ...]) -> list[Any]:
        return [{"name": i.name, "function": i.function} if i.function else i.name for i in value]

    def read(self, value: Any, path: str) -> tuple[Informant, ...]:
        name = Text(MAX_NAME, nonempty=True)
        found = []
        for i, item in enumerate(read_list(value, path)):
            where = f"{path}[{i}]"
            if isinstance(item, str):
                found.append(Informant(name.read(item, where)))
                continue
            fields = read_object(item, where)
            found.append(
                Informant(
                    name.read(fields.get("name"), f"{where}.name"),
                    Text(MAX_NAME).read(fields.get("function"), f"{where}.function"),
                )
            )
        return tuple(found)


WeekHoursValue = tuple[Hours, Hours, Hours, Hours, Hours, Hours, Hours]


class WeekHours(Codec[WeekHoursValue]):
    """Hours per weekday, Monday first: a column per day, an object ``{mon: ..., sun: ...}``."""

    def columns(self, column: str) -> tuple[str, ...]:
        return WEEKDAYS

    def to_row(self, value: WeekHoursValue, column: str) -> Row:
        return {day: str(h) for day, h in zip(WEEKDAYS, value, strict=True)}

    def from_row(self, row: Row, column: str) -> WeekHoursValue:
        return tuple(Decimal(row[day]) for day in WEEKDAYS)  # type: ignore[return-value]

    def export(self, value: WeekHoursValue) -> dict[str, str]:
        return {day: str(h) for day, h in zip(WEEKDAYS, value, strict=True)}

    def read(self, value: Any, path: str) -> WeekHoursValue:
        days = read_object(value, path)
        found = []
        for day in WEEKDAYS:
            hours = read_number(days.get(day, "0"), f"{path}.{day}")
            if hours > 24:
                raise ValidationError(f"{path}.{day}", N_("a day has at most 24 hours."))
            found.append(hours)
        return tuple(found)  # type: ignore[return-value]


class FileBytes(Codec[bytes]):
    """The bytes of a file (a certificate): a BLOB in the database, base64 text in the document,
    at most ``MAX_CERTIFICATE`` bytes."""

    def to_sql(self, value: bytes) -> bytes:
        return value

    def from_sql(self, value: Any) -> bytes:
        return bytes(value)

    def export(self, value: bytes) -> str:
        return base64.b64encode(value).decode("ascii")

    def read(self, value: Any, path: str) -> bytes:
        if not isinstance(value, str):
            raise ValidationError(path, N_("must be base64 text."))
        if len(value) > MAX_CERTIFICATE * 4 // 3 + 4:
            raise ValidationError(
                path,
                N_("the file is larger than {limit} MB."),
                limit=MAX_CERTIFICATE // (1024 * 1024),
            )
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(path, N_("is not valid base64.")) from None


@dataclass(frozen=True)
class Rule:
    """A condition a field's value must meet on import, and what to say when it does not."""

    holds: Callable[[Any], bool]
    template: str


MORE_THAN_ZERO = Rule(lambda value: value > 0, N_("must be more than zero."))
