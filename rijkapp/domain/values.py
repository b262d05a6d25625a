"""Money and hours on Decimal, never float.

Money is quantized to cents with ROUND_HALF_UP, as payroll does; hours carry at most two
decimals (a 7,2-hour day exists). Both are plain ``Decimal`` values at run time: the aliases
say what a value means, the constructors make sure it is well formed.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TypeAlias

Money: TypeAlias = Decimal
Hours: TypeAlias = Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0")


def money(value: Decimal | int | str) -> Money:
    """A money amount rounded to cents (half up). Floats are refused: they are not exact."""
    if isinstance(value, float):  # pragma: no cover - a programming error, not user input
        raise TypeError("money must not be built from a float")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def hours(value: Decimal | int | str) -> Hours:
    """An amount of hours with two decimals (half up)."""
    if isinstance(value, float):  # pragma: no cover
        raise TypeError("hours must not be built from a float")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Money) -> int:
    """Money to INTEGER cents for the database."""
    return int(money(amount) * 100)


def from_cents(cents: int) -> Money:
    return money(Decimal(cents) / 100)


def round_up_whole(value: Decimal) -> Decimal:
    """Round up to whole hours, as the CAO does for leave entitlements."""
    return value.to_integral_value(rounding=ROUND_CEILING)


def round_down_whole(value: Decimal) -> Decimal:
    """Round down to whole hours, as the CAO does for the buy maximum."""
    return value.to_integral_value(rounding=ROUND_FLOOR)


def parse_decimal(text: str) -> Decimal | None:
    """A plain decimal from text in ``1234.56`` form; ``None`` when it is not one."""
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        return None
    if not value.is_finite():
        return None
    return value


def plain(value: Decimal, places: int = 2) -> str:
    """A decimal as plain text with a fixed number of places (``4012.50``), for JSON."""
    quantum = Decimal(1).scaleb(-places)
    return format(value.quantize(quantum, rounding=ROUND_HALF_UP), "f")
