"""Icons from ``resources/icons/*.svg``, drawn in the palette's text colours.

The navigation icons are line drawings in ``currentColor``; they are rendered once per colour,
so they follow light and dark mode and turn white on a selected row.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from rijkapp.paths import resources_dir


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(name: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    source = _svg(name).replace("currentColor", colour.name())
    renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, selected: QColor | None = None) -> QIcon:
    """A themed icon: text colour normally, ``selected`` (or the accent) on a selected row."""
    palette = QGuiApplication.palette()
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    normal = palette.color(QPalette.ColorRole.WindowText)
    chosen = selected or palette.color(QPalette.ColorRole.Highlight)
    result = QIcon()
    for size in (16, 20, 24, 32):
        result.addPixmap(_pixmap(name, normal, size, ratio), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(name, chosen, size, ratio), QIcon.Mode.Selected)
        result.addPixmap(
            _pixmap(
                name,
                palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
                size,
                ratio,
            ),
            QIcon.Mode.Disabled,
        )
    return result


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "rijkapp.svg"))
