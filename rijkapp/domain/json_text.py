"""JSON text with exact numbers.

Documents are read with their numbers as ``Decimal``, never through a binary float, and written
back digit for digit: ``1.50`` stays ``1.50``. The layout is that of ``json.dumps`` (UTF-8 text,
``", "`` and ``": "``), on one line for a value kept in the database or indented for a document.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any, NoReturn

_string = json.JSONEncoder(ensure_ascii=False).encode
_CONSTANTS = {None: "null", True: "true", False: "false"}


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON value")


def _integer(text: str) -> int | Decimal:
    """An integer; one with more digits than Python makes an int of, as a Decimal (an import
    keeps such a number in a field it does not know, digit for digit)."""
    return int(text) if len(text) < sys.get_int_max_str_digits() else Decimal(text)


def loads(text: str | bytes) -> Any:
    """A JSON value with numbers as int or Decimal; NaN and Infinity are refused (not JSON)."""
    return json.loads(
        text, parse_float=Decimal, parse_int=_integer, parse_constant=_refuse_constant
    )


def dumps(value: Any, *, indent: int | None = None) -> str:
    """``value`` as JSON text; a ``Decimal`` is written as the number it holds, exactly."""
    return _encode(value, None if indent is None else " " * indent, "")


def _encode(value: Any, step: str | None, margin: str) -> str:
    inner = margin if step is None else margin + step
    if isinstance(value, dict):
        items = [f"{_string(str(k))}: {_encode(v, step, inner)}" for k, v in value.items()]
        return _wrap("{}", items, step, margin)
    if isinstance(value, list | tuple):
        return _wrap("[]", [_encode(v, step, inner) for v in value], step, margin)
    return _scalar(value)


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if value is None or isinstance(value, bool):
        return _CONSTANTS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, Decimal):
        return str(value)  # finite: loads() refuses NaN and Infinity
    return json.dumps(value)


def _wrap(brackets: str, items: list[str], step: str | None, margin: str) -> str:
    opening, closing = brackets[0], brackets[1]
    if not items:
        return brackets
    if step is None:
        return opening + ", ".join(items) + closing
    inner = margin + step
    return f"{opening}\n{inner}" + f",\n{inner}".join(items) + f"\n{margin}{closing}"
