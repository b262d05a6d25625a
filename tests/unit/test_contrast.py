"""The theme's colours hold to WCAG 2.1 AA: text 4.5:1, controls, states and focus 3:1.

The arithmetic is checked against figures WCAG itself gives; then every pair the theme lists
(``ui.theme.CONTRAST_PAIRS``), in light and in dark, and the year planner's own colours. What
the style sheet actually paints is checked on rendered pixels in
``tests/gui/test_contrast_rendered.py``.
"""

from __future__ import annotations

import re

import pytest

from rijkapp.paths import resources_dir
from ui.contrast import CONTROL, TEXT, contrast_ratio, relative_luminance, rgb
from ui.theme import CONTRAST_PAIRS, DARK, LIGHT, Scheme
from ui.widgets.year_planner import DARK_COLOURS, LIGHT_COLOURS, PlannerColours

SCHEMES = {"light": LIGHT, "dark": DARK}


def test_luminance_runs_from_black_to_white() -> None:
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#ffffff") == pytest.approx(1)
    # sRGB's linear part below 0.04045, the power curve above it
    assert relative_luminance("#0a0a0a") == pytest.approx(10 / 255 / 12.92)
    assert relative_luminance("#808080") == pytest.approx(0.2158605, abs=1e-6)


def test_contrast_ratio_matches_wcag_figures() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#154273", "#154273") == pytest.approx(1)
    # the grey WCAG's examples name as the lightest that passes 4.5:1 on white, and one that fails
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < TEXT
    # what the issue measured: the old field edge and check box edge on white
    assert contrast_ratio("#cdd5de", "#ffffff") == pytest.approx(1.48, abs=0.01)
    assert contrast_ratio("#c8c8c8", "#ffffff") == pytest.approx(1.67, abs=0.01)


def test_rgb_reads_only_six_digit_colours() -> None:
    assert rgb("#1b1f24") == (0x1B, 0x1F, 0x24)
    with pytest.raises(ValueError):
        rgb("#fff")


def _failures(scheme: Scheme) -> list[str]:
    failures = []
    for pair in CONTRAST_PAIRS:
        ratio = contrast_ratio(scheme.colour(pair.foreground), scheme.colour(pair.background))
        if ratio < pair.minimum:
            failures.append(
                f"{pair.where}: {pair.foreground} on {pair.background} "
                f"{ratio:.2f}:1, needs {pair.minimum}:1"
            )
    return failures


@pytest.mark.parametrize("name", SCHEMES)
def test_every_colour_pair_of_the_theme_has_enough_contrast(name: str) -> None:
    assert _failures(SCHEMES[name]) == []


def test_the_check_finds_a_pair_that_fails() -> None:
    faint = Scheme(**{**LIGHT.__dict__, "tokens": {**LIGHT.tokens, "CONTROL_BORDER": "#cdd5de"}})
    assert any("edge of a field" in failure for failure in _failures(faint))


@pytest.mark.parametrize("name", SCHEMES)
def test_every_token_in_the_style_sheet_is_a_colour_of_the_scheme(name: str) -> None:
    sheet = (resources_dir() / "ui" / "rijkapp.qss").read_text(encoding="utf-8")
    used = set(re.findall(r"@([A-Z_]+)@", sheet)) - {"ICONS", "SCHEME"}
    scheme = SCHEMES[name]
    assert used <= set(scheme.tokens)
    for token in used:
        rgb(scheme.tokens[token])
    for pair in CONTRAST_PAIRS:  # every name a pair uses is a colour this scheme has
        rgb(scheme.colour(pair.foreground))
        rgb(scheme.colour(pair.background))


def _planner_pairs(colours: PlannerColours, page: str) -> dict[str, tuple[str, str, float]]:
    return {
        "a day taken": (colours.taken_text, colours.taken, TEXT),
        "a day planned": (colours.planned_text, colours.planned, TEXT),
        "the edge of a planned day": (colours.planned_border, page, CONTROL),
        "a public holiday": (colours.holiday_text, colours.holiday, TEXT),
        "a day off": (colours.off_text, colours.off, TEXT),
        "today's mark": (colours.today, page, CONTROL),
        "the chosen day": (colours.cursor, page, CONTROL),
        "week numbers": (colours.week, page, TEXT),
        "month names": (colours.title, page, TEXT),
    }


@pytest.mark.parametrize(
    ("colours", "scheme"), [(LIGHT_COLOURS, LIGHT), (DARK_COLOURS, DARK)], ids=SCHEMES
)
def test_the_year_planner_colours_have_enough_contrast(
    colours: PlannerColours, scheme: Scheme
) -> None:
    failures = [
        f"{where}: {contrast_ratio(fore, back):.2f}:1, needs {minimum}:1"
        for where, (fore, back, minimum) in _planner_pairs(colours, scheme.window).items()
        if contrast_ratio(fore, back) < minimum
    ]
    assert failures == []
