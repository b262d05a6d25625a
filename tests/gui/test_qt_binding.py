"""Guards against a broken Qt binding: Rijkapp calls Qt thousands of times in one session.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every Qt call that returns nothing;
after about 24,000 calls Python aborts with "none_dealloc". The pinned version must not do that.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Rijkapp")
        label.setVisible(False)
    assert sys.getrefcount(None) - before > -100  # a leak would be -1000
