"""The window's language: a missing catalogue is an error, never English without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from rijkapp.paths import AppFilesMissing
from ui.translators import Translators


def test_a_missing_catalogue_stops_the_switch_and_keeps_the_language(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    translators = Translators()
    try:
        assert translators.apply("nl") == "nl"
        monkeypatch.setattr("ui.translators.compiled_dir", lambda: tmp_path)
        with pytest.raises(AppFilesMissing, match=r"rijkapp_en\.qm is missing"):
            translators.apply("en")
        assert translators.language == "nl"
        assert translators.loaded[0] == "rijkapp_nl"
        assert QCoreApplication.translate("MainWindow", "Navigation") == "Navigatie"
    finally:
        translators.remove_all()
