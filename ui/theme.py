"""Colours and the style sheet: light by default, dark when the system asks for it.

A Rijkshuisstijl-like look: a deep blue band (#154273) on top, white content, calm grey
navigation. Text colours always come from palette roles, so dark mode never shows black on
near-black. :data:`CONTRAST_PAIRS` lists every pair of colours the theme puts together and the
contrast WCAG 2.1 AA asks of it; the tests check both schemes against it. The focus ring is
drawn by ``ui.focus_ring``, installed here with the theme.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rijkapp.paths import resources_dir
from ui.contrast import CONTROL, TEXT
from ui.focus_ring import install_focus_ring

RIJKSBLAUW = "#154273"


@dataclass(frozen=True)
class Scheme:
    dark: bool
    window: str
    base: str
    alternate: str
    button: str
    text: str
    mid: str
    highlight: str
    link: str
    placeholder: str
    tokens: dict[str, str]

    def colour(self, name: str) -> str:
        """A palette colour by its field name, a style sheet token, or a literal ``#rrggbb``."""
        if name.startswith("#"):
            return name
        if name in self.tokens:
            return self.tokens[name]
        value = getattr(self, name)
        assert isinstance(value, str), name
        return value


LIGHT = Scheme(
    dark=False,
    window="#ffffff",
    base="#ffffff",
    alternate="#f3f5f8",
    button="#f1f3f6",
    text="#1b1f24",
    mid="#cdd5de",
    highlight=RIJKSBLAUW,
    link=RIJKSBLAUW,
    placeholder="#6b7480",
    tokens={
        "HEADER_BG": RIJKSBLAUW,
        "HEADER_TEXT": "#ffffff",
        "ACCENT": RIJKSBLAUW,
        "ACCENT_HOVER": "#0f3257",
        "ACCENT_TEXT": RIJKSBLAUW,
        "LINK_HOVER": "#0f3257",
        "CONTROL_BORDER": "#707a86",
        "FOCUS": "#1f5fa8",
        "NAV_BG": "#eef2f6",
        "NAV_HOVER": "#e2e9f1",
        "NAV_SELECTED_BG": "#d6e2ef",
        "NAV_SELECTED_TEXT": RIJKSBLAUW,
        "MUTED": "#535d68",
        "ERROR": "#b3261e",
        "BANNER_BG": "#fff3cd",
        "BANNER_BORDER": "#e3c15a",
        "BANNER_TEXT": "#3b2f00",
    },
)

DARK = Scheme(
    dark=True,
    window="#1b1e23",
    base="#262b32",
    alternate="#2c323a",
    button="#323841",
    text="#e6e9ed",
    mid="#454d57",
    highlight="#3e6da3",
    link="#9cc2ea",
    placeholder="#8b939d",
    tokens={
        "HEADER_BG": RIJKSBLAUW,
        "HEADER_TEXT": "#ffffff",
        "ACCENT": "#4a78b0",
        "ACCENT_HOVER": "#2f5e94",
        "ACCENT_TEXT": "#a9c9ec",
        "LINK_HOVER": "#c4dcf4",
        "CONTROL_BORDER": "#8a939e",
        "FOCUS": "#9cc4f0",
        "NAV_BG": "#22262c",
        "NAV_HOVER": "#2a3038",
        "NAV_SELECTED_BG": "#2d405a",
        "NAV_SELECTED_TEXT": "#d5e6f8",
        "MUTED": "#a6aeb8",
        "ERROR": "#ffb4ab",
        "BANNER_BG": "#3d3413",
        "BANNER_BORDER": "#7a6520",
        "BANNER_TEXT": "#f3e3a8",
    },
)


@dataclass(frozen=True)
class Pair:
    """Two colours the theme puts together: ``foreground`` on ``background``, by name."""

    where: str
    foreground: str
    background: str
    minimum: float


CONTRAST_PAIRS: tuple[Pair, ...] = (
    # text (1.4.3)
    Pair("text on the page", "text", "window", TEXT),
    Pair("text in fields and tiles", "text", "base", TEXT),
    Pair("text in alternate table rows", "text", "alternate", TEXT),
    Pair("text on buttons", "text", "button", TEXT),
    Pair("the hint in an empty field", "placeholder", "base", TEXT),
    Pair("muted text on the page", "MUTED", "window", TEXT),
    Pair("tile titles", "MUTED", "base", TEXT),
    Pair("muted text in a panel", "MUTED", "NAV_BG", TEXT),
    Pair("page and section titles", "ACCENT_TEXT", "window", TEXT),
    Pair("section titles in tiles", "ACCENT_TEXT", "base", TEXT),
    Pair("the chosen tab, hovered", "ACCENT_TEXT", "NAV_HOVER", TEXT),
    Pair("links on the page", "link", "window", TEXT),
    Pair("links in tiles", "link", "base", TEXT),
    Pair("a link under the mouse", "LINK_HOVER", "window", TEXT),
    Pair("a link under the mouse in a tile", "LINK_HOVER", "base", TEXT),
    Pair("the header", "HEADER_TEXT", "HEADER_BG", TEXT),
    Pair("the navigation", "text", "NAV_BG", TEXT),
    Pair("the navigation under the mouse", "text", "NAV_HOVER", TEXT),
    Pair("the chosen page in the navigation", "NAV_SELECTED_TEXT", "NAV_SELECTED_BG", TEXT),
    Pair("a chosen table row", "text", "NAV_SELECTED_BG", TEXT),
    Pair("table headers", "text", "NAV_BG", TEXT),
    Pair("errors on the page", "ERROR", "window", TEXT),
    Pair("errors in tiles", "ERROR", "base", TEXT),
    Pair("notices and badges", "BANNER_TEXT", "BANNER_BG", TEXT),
    Pair("the main button", "#ffffff", "ACCENT", TEXT),
    Pair("the main button under the mouse", "#ffffff", "ACCENT_HOVER", TEXT),
    Pair("chosen text", "#ffffff", "highlight", TEXT),
    # controls and states (1.4.11)
    Pair("the edge of a field, check box or radio button", "CONTROL_BORDER", "window", CONTROL),
    Pair("the edge of a field in a tile", "CONTROL_BORDER", "base", CONTROL),
    Pair("a ticked check box, a chosen radio button or tab", "ACCENT", "window", CONTROL),
    Pair("a ticked check box in a tile", "ACCENT", "base", CONTROL),
    Pair("the tick in a check box", "#ffffff", "ACCENT", CONTROL),
    Pair("a field's edge with the focus", "FOCUS", "base", CONTROL),
    # the focus ring, drawn with a gap of the background around the control (ui/focus_ring.py)
    Pair("the focus ring on the page", "FOCUS", "window", CONTROL),
    Pair("the focus ring in a tile", "FOCUS", "base", CONTROL),
    Pair("the focus ring in the navigation", "FOCUS", "NAV_BG", CONTROL),
    Pair("the focus mark on the chosen page", "FOCUS", "NAV_SELECTED_BG", CONTROL),
    Pair("the focus ring in the example banner", "FOCUS", "BANNER_BG", CONTROL),
)


def system_prefers_dark() -> bool:
    forced = os.environ.get("RIJKAPP_COLOR_SCHEME", "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    # No answer from the platform: judge by the palette it gave us.
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def palette_for(scheme: Scheme) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: scheme.window,
        roles.WindowText: scheme.text,
        roles.Base: scheme.base,
        roles.AlternateBase: scheme.alternate,
        roles.Text: scheme.text,
        roles.Button: scheme.button,
        roles.ButtonText: scheme.text,
        roles.ToolTipBase: scheme.base,
        roles.ToolTipText: scheme.text,
        roles.PlaceholderText: scheme.placeholder,
        roles.Highlight: scheme.highlight,
        roles.HighlightedText: "#ffffff",
        roles.Link: scheme.link,
        roles.LinkVisited: scheme.link,
        roles.Mid: scheme.mid,
        roles.Midlight: scheme.alternate,
        roles.Light: scheme.base if scheme.dark else "#ffffff",
        roles.Dark: scheme.mid,
        roles.Shadow: "#000000",
        roles.BrightText: "#ffffff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(scheme.placeholder)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def style_sheet(scheme: Scheme) -> str:
    text = (resources_dir() / "ui" / "rijkapp.qss").read_text(encoding="utf-8")
    for name, value in scheme.tokens.items():
        text = text.replace(f"@{name}@", value)
    text = text.replace("@SCHEME@", "dark" if scheme.dark else "light")  # icons drawn per scheme
    return text.replace("@ICONS@", (resources_dir() / "icons").as_posix())


def current_scheme() -> Scheme:
    return DARK if system_prefers_dark() else LIGHT


def apply_theme(app: QApplication, dark: bool | None = None) -> Scheme:
    """Fusion style, our palette and the style sheet; returns the scheme in use."""
    scheme = (DARK if dark else LIGHT) if dark is not None else current_scheme()
    app.setStyle("Fusion")
    app.setPalette(palette_for(scheme))
    app.setStyleSheet(style_sheet(scheme))
    app.setProperty("rijkappDark", scheme.dark)
    install_focus_ring(app, lambda: QColor(tokens()["FOCUS"]))
    return scheme


def tokens() -> dict[str, str]:
    """The colours of the active scheme, for the few places that paint themselves."""
    app = QApplication.instance()
    dark = bool(app.property("rijkappDark")) if app is not None else False
    return (DARK if dark else LIGHT).tokens
