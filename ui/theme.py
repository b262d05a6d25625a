"""Colours and the style sheet: light by default, dark when the system asks for it.

A Rijkshuisstijl-like look: a deep blue band (#154273) on top, white content, calm grey
navigation. Text colours always come from palette roles, so dark mode never shows black on
near-black.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rijkapp.paths import resources_dir

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
        "FOCUS": "#2f6db3",
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
        "ACCENT": "#4f82bd",
        "ACCENT_HOVER": "#5d90cb",
        "ACCENT_TEXT": "#a9c9ec",
        "FOCUS": "#8fb8e6",
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
    return text


def current_scheme() -> Scheme:
    return DARK if system_prefers_dark() else LIGHT


def apply_theme(app: QApplication, dark: bool | None = None) -> Scheme:
    """Fusion style, our palette and the style sheet; returns the scheme in use."""
    scheme = (DARK if dark else LIGHT) if dark is not None else current_scheme()
    app.setStyle("Fusion")
    app.setPalette(palette_for(scheme))
    app.setStyleSheet(style_sheet(scheme))
    app.setProperty("rijkappDark", scheme.dark)
    return scheme


def tokens() -> dict[str, str]:
    """The colours of the active scheme, for the few places that paint themselves."""
    app = QApplication.instance()
    dark = bool(app.property("rijkappDark")) if app is not None else False
    return (DARK if dark else LIGHT).tokens
