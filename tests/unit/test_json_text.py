"""JSON text keeps every number digit for digit, also one too long for a Python int."""

from __future__ import annotations

import sys
from decimal import Decimal

from rijkapp.domain import json_text


def test_an_integer_longer_than_python_reads_is_kept_digit_for_digit() -> None:
    digits = "9" * (sys.get_int_max_str_digits() + 700)
    text = f'{{"onbekend": [{digits}, 12, 1.50]}}'
    value = json_text.loads(text)
    assert value == {"onbekend": [Decimal(digits), 12, Decimal("1.50")]}
    assert json_text.dumps(value) == text
