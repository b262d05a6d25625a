"""What a wheel carries: scripts/build_translations.py's package data and its .qm writer.

The writer must give exactly what Qt's own ``pyside6-lrelease`` gives, byte for byte, so the
wheel can be built without Qt and still speak Dutch.
"""

from __future__ import annotations

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from rijkapp.paths import find_app_files
from scripts import build_translations

ROOT = Path(__file__).resolve().parents[2]

# A small catalogue with what the real ones do not have yet: plural forms, a disambiguation
# comment, an unfinished translation with text, one without, and a string gone from the code.
SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Sample</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uren</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a file</comment>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Concept</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message>
        <source>Open</source>
        <translation>Geopend</translation>
    </message>
</context>
</TS>
"""


def _lrelease() -> str:
    for candidate in (
        Path(sys.executable).parent / "pyside6-lrelease",
        shutil.which("pyside6-lrelease"),
    ):
        if candidate and Path(candidate).exists():
            return str(candidate)
    pytest.skip("pyside6-lrelease is not installed")


def _with_lrelease(ts: Path, qm: Path) -> bytes:
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm.read_bytes()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_qm_writer_gives_what_lrelease_gives(language: str, tmp_path: Path) -> None:
    ts = ROOT / "translations" / f"rijkapp_{language}.ts"
    build_translations.write_qm(ts, tmp_path / "ours.qm")
    assert (tmp_path / "ours.qm").read_bytes() == _with_lrelease(ts, tmp_path / "theirs.qm")


def test_the_qm_writer_handles_plurals_comments_and_unfinished(tmp_path: Path) -> None:
    ts = tmp_path / "sample_nl.ts"
    ts.write_text(SAMPLE_TS, encoding="utf-8")
    build_translations.write_qm(ts, tmp_path / "ours.qm")
    assert (tmp_path / "ours.qm").read_bytes() == _with_lrelease(ts, tmp_path / "theirs.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "ours.qm"))
    assert translator.language() == "nl_NL"
    assert translator.translate("Sample", "%n hour(s)", None, 1) == "%n uur"
    assert translator.translate("Sample", "%n hour(s)", None, 3) == "%n uren"
    assert translator.translate("Sample", "Open", "a file") == "Openen"
    assert translator.translate("Sample", "Open") == "Open"
    assert translator.translate("Other", "Open") == "Geopend"
    assert translator.translate("Sample", "Draft") == "Concept"
    assert translator.translate("Sample", "Empty") == ""  # not in the file: Qt shows the source
    assert translator.translate("Sample", "Gone") == ""


def test_the_package_data_is_what_rijkapp_reads_when_installed(tmp_path: Path) -> None:
    package = tmp_path / "rijkapp"
    build_translations.build_package_data(package / "_data")
    files = find_app_files(package)
    assert files.translation_sources is None
    rules = sorted(p.name for p in (files.resources / "rules").glob("*.toml"))
    assert rules == sorted(p.name for p in (ROOT / "resources" / "rules").glob("*.toml"))
    assert (files.resources / "ui" / "rijkapp.qss").is_file()
    assert (files.resources / "icons" / "rijkapp.svg").is_file()
    assert (files.resources / "fonts" / "dejavu" / "DejaVuSans.ttf").is_file()  # the talk PDF's
    dutch = gettext.translation("rijkapp", files.compiled_translations, languages=["nl"])
    assert dutch.gettext("show balances on a date") == "toon de saldi op een datum"
    translator = QTranslator()
    assert translator.load("rijkapp_nl", str(files.compiled_translations))
    assert translator.translate("MainWindow", "Navigation") == "Navigatie"


def test_package_data_is_built_afresh(tmp_path: Path) -> None:
    target = tmp_path / "_data"
    (target / "resources" / "rules").mkdir(parents=True)
    (target / "resources" / "rules" / "withdrawn.toml").write_text("", encoding="utf-8")
    build_translations.build_package_data(target)
    assert not (target / "resources" / "rules" / "withdrawn.toml").exists()
