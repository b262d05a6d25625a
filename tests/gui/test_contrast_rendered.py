"""What the theme really paints: edges of controls and the focus ring, measured on pixels.

``tests/unit/test_contrast.py`` checks the colours the theme names; this test renders controls
with the real palette, style sheet and focus ring, in light and dark, and measures the pixels, so
a style sheet rule that paints another colour than the arithmetic assumed (or none) still fails.
Each edge is found by scanning a row of pixels from the background into the control and taking
the pixel that stands out most; WCAG asks 3:1 of it (1.4.11).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.helpers.theme import theme_applied
from ui.contrast import CONTROL, contrast_ratio
from ui.focus_ring import FocusRings, focus_rings
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.page_tabs import PageTabs


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in the theme's light or dark scheme, put back as it was afterwards."""
    with theme_applied(qapp, dark=request.param == "dark"):
        yield request.param


class Panel(QDialog):
    """One of each kind of control, with room around each for its focus ring."""

    def __init__(self) -> None:
        super().__init__()
        self.line_edit = QLineEdit("Sanne")
        self.combo = QComboBox()
        self.combo.addItems(["Schaal 10", "Schaal 11"])
        self.spin = QSpinBox()
        self.date = DateField("dateField")
        self.check = QCheckBox("Uit")
        self.checked = QCheckBox("Aan")
        self.checked.setChecked(True)
        self.radio = QRadioButton("Nee")
        self.chosen_radio = QRadioButton("Ja")
        self.chosen_radio.setChecked(True)
        self.primary = make_primary(QPushButton("Opslaan"))
        self.button = QPushButton("Annuleren")
        self.link = QPushButton("Hoe is dit berekend?")
        self.link.setProperty("role", "link")
        self.tabs = PageTabs()
        self.tabs.addTab(QWidget(), "Verlofdagen")
        self.tabs.addTab(QWidget(), "Jaarplanner")
        self.table = QTableWidget(2, 2)
        self.list = QListWidget()
        self.list.addItems(["Overzicht", "Verlof"])
        self.list.setCurrentRow(0)
        grid = QGridLayout(self)
        grid.setContentsMargins(24, 24, 24, 24)
        grid.setSpacing(16)
        for index, widget in enumerate(self.controls()):
            grid.addWidget(widget, index % 8, index // 8)
        self.resize(640, 560)

    def controls(self) -> list[QWidget]:
        return [
            self.line_edit,
            self.combo,
            self.spin,
            self.date,
            self.check,
            self.checked,
            self.radio,
            self.chosen_radio,
            self.primary,
            self.button,
            self.link,
            self.tabs.bar,
            self.table,
            self.list,
        ]


@pytest.fixture
def panel(qtbot: QtBot, themed: str) -> Panel:
    shown = Panel()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def _pixel(image: QImage, point: QPoint) -> tuple[int, int, int]:
    colour = image.pixelColor(point)
    return colour.red(), colour.green(), colour.blue()


def _strongest_edge(image: QImage, row: int, start: int, stop: int) -> float:
    """The most contrast any pixel from ``start`` to ``stop`` on ``row`` has to the pixel at
    ``start`` (the background just outside)."""
    background = _pixel(image, QPoint(start, row))
    return max(
        contrast_ratio(_pixel(image, QPoint(x, row)), background) for x in range(start, stop + 1)
    )


def _edge_of(panel: Panel, widget: QWidget, image: QImage, depth: int = 3) -> float:
    """The edge on the left of ``widget``, halfway down, scanned from 3 pixels outside."""
    left = widget.mapTo(panel, QPoint(0, widget.height() // 2))
    return _strongest_edge(image, left.y(), left.x() - 3, left.x() + depth)


def test_fields_check_boxes_and_radio_buttons_have_an_edge_of_3_to_1(panel: Panel) -> None:
    image = panel.grab().toImage()
    edges = {
        name: _edge_of(panel, widget, image)
        for name, widget in {
            "line edit": panel.line_edit,
            "combo box": panel.combo,
            "spin box": panel.spin,
            "date field": panel.date,
            "check box": panel.check,
            "ticked check box": panel.checked,
            "radio button": panel.radio,
            "chosen radio button": panel.chosen_radio,
        }.items()
    }
    faint = {name: round(ratio, 2) for name, ratio in edges.items() if ratio < CONTROL}
    assert faint == {}


def _focus(qtbot: QtBot, widget: QWidget) -> FocusRings:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    rings = focus_rings(QApplication.instance())  # type: ignore[arg-type]
    assert rings is not None
    qtbot.waitUntil(lambda: rings.ring is not None and rings.ring.isVisible())
    return rings


def test_the_focused_main_button_has_a_ring_apart_from_button_and_page(
    qtbot: QtBot, panel: Panel
) -> None:
    _focus(qtbot, panel.primary)
    image = panel.grab().toImage()
    left = panel.primary.mapTo(panel, QPoint(0, panel.primary.height() // 2))
    page = _pixel(image, QPoint(left.x() - 12, left.y()))
    fill = _pixel(image, QPoint(left.x() + 4, left.y()))
    ring = max(
        (_pixel(image, QPoint(x, left.y())) for x in range(left.x() - 8, left.x())),
        key=lambda pixel: contrast_ratio(pixel, page),
    )
    gap = _pixel(image, QPoint(left.x() - 1, left.y()))
    assert contrast_ratio(ring, page) >= CONTROL
    # between the ring and the button a gap of the page, which stands out from the button
    assert contrast_ratio(gap, fill) >= CONTROL
    assert contrast_ratio(gap, ring) >= CONTROL


def test_every_kind_of_control_shows_a_ring_of_3_to_1_with_the_keyboard_focus(
    qtbot: QtBot, panel: Panel
) -> None:
    weak = {}
    for widget in panel.controls():
        rings = _focus(qtbot, widget)
        ring = rings.ring
        assert ring is not None
        area, origin = rings.area(widget)
        host = ring.parentWidget()
        assert host is not None
        ringed = ring.geometry().translated(host.mapTo(panel, QPoint(0, 0)))
        inner = area.translated(origin.mapTo(panel, QPoint(0, 0)))
        assert ringed.contains(inner) and ringed != inner, type(widget).__name__
        image = panel.grab().toImage()
        row = ringed.center().y()
        ratio = _strongest_edge(image, row, ringed.left() - 2, ringed.left() + 2)
        if ratio < CONTROL:
            weak[f"{type(widget).__name__} {widget.objectName()}"] = round(ratio, 2)
    assert weak == {}


def test_a_mouse_click_on_a_button_does_not_ring_it(qtbot: QtBot, panel: Panel) -> None:
    _focus(qtbot, panel.line_edit)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    rings = focus_rings(QApplication.instance())  # type: ignore[arg-type]
    assert rings is not None and rings.ring is not None
    assert panel.button.hasFocus()
    assert not rings.ring.isVisible()
