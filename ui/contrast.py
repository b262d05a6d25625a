"""Contrast between two colours as WCAG 2.1 measures it, with no Qt: plain arithmetic.

Text needs 4.5:1 against what it stands on (success criterion 1.4.3); the edge of a control, the
state of a check box and the focus ring need 3:1 (1.4.11). ``ui.theme`` lists the pairs the theme
uses; the tests hold every one of them to these minimums.
"""

from __future__ import annotations

TEXT = 4.5  # 1.4.3 Contrast (Minimum), normal text
CONTROL = 3.0  # 1.4.11 Non-text Contrast: edges of controls, states, the focus ring


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three numbers 0-255."""
    digits = colour.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str | tuple[int, int, int]) -> float:
    """0 for black, 1 for white, as WCAG 2.1 defines it for sRGB."""
    red, green, blue = rgb(colour) if isinstance(colour, str) else colour
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast_ratio(one: str | tuple[int, int, int], other: str | tuple[int, int, int]) -> float:
    """From 1 (the same) to 21 (black on white); the order of the two does not matter."""
    lighter, darker = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
