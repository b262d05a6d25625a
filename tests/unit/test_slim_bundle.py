"""What the bundle leaves out (packaging/slim_bundle.py, packaging/slim_icu.py).

The build itself is checked in CI (packaging/ci.sh: the bundle starts in Dutch and makes a talk
PDF); these tests pin the rules: which plugins, catalogues and locales stay, and that a library
goes only when no kept binary needs it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


slim_bundle = _load("slim_bundle")
slim_icu = _load("slim_icu")

QT = "PySide6/Qt"
BINARIES = [
    ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
    (f"{QT}/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
    (f"{QT}/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
    (f"{QT}/lib/libQt6VirtualKeyboard.so.6", "/src/libQt6VirtualKeyboard.so.6", "BINARY"),
    ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
    ("libdbus-1.so.3", "/usr/lib/libdbus-1.so.3", "BINARY"),
    (f"{QT}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    (f"{QT}/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
    (f"{QT}/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    (
        f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "/src/libqtvirtualkeyboardplugin.so",
        "BINARY",
    ),
    (
        f"{QT}/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "/src/libcompose.so",
        "BINARY",
    ),
    (f"{QT}/plugins/iconengines/libqsvgicon.so", "/src/libqsvgicon.so", "BINARY"),
    ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
]
NEEDED = {
    "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
    "/src/libqxcb.so": ["libQt6Widgets.so.6", "libdbus-1.so.3"],
    "/src/libqgtk3.so": ["libgtk-3.so.0"],
    "/src/libqtvirtualkeyboardplugin.so": ["libQt6VirtualKeyboard.so.6", "libQt6Quick.so.6"],
}


def _slim(datas: list[tuple[str, str, str]] | None = None) -> tuple[list[str], list[str]]:
    binaries, kept_data = slim_bundle.slim(
        BINARIES, datas or [], lambda source: NEEDED.get(source, []), log=lambda _: None
    )
    return [name for name, _, _ in binaries], [name for name, _, _ in kept_data]


def test_the_plugins_for_the_window_stay_and_the_others_go() -> None:
    kept, _ = _slim()
    assert f"{QT}/plugins/platforms/libqxcb.so" in kept
    assert f"{QT}/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so" in kept
    assert f"{QT}/plugins/iconengines/libqsvgicon.so" in kept
    assert f"{QT}/plugins/platforms/libqvnc.so" not in kept
    assert f"{QT}/plugins/platformthemes/libqgtk3.so" not in kept
    assert f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so" not in kept


def test_a_library_goes_only_when_no_kept_binary_needs_it() -> None:
    kept, _ = _slim()
    # Needed by a kept extension or plugin: stays.
    assert f"{QT}/lib/libQt6Widgets.so.6" in kept
    assert "libdbus-1.so.3" in kept
    assert "libpython3.11.so.1.0" in kept
    # Needed only by plugins that went: goes with them.
    assert "libgtk-3.so.0" not in kept
    assert f"{QT}/lib/libQt6Quick.so.6" not in kept
    assert f"{QT}/lib/libQt6VirtualKeyboard.so.6" not in kept


def test_catalogues_and_locales_of_dutch_and_english_stay() -> None:
    names = [
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6/Qt/translations/qtbase_de.qm",
        "babel/locale-data/nl.dat",
        "babel/locale-data/nl_NL.dat",
        "babel/locale-data/en_GB.dat",
        "babel/locale-data/root.dat",
        "babel/locale-data/fr.dat",
        "babel/global.dat",
        "holidays/locale/nl/LC_MESSAGES/NL.mo",
        "holidays/locale/de/LC_MESSAGES/NL.mo",
        "reportlab/fonts/Vera.ttf",
        "rijkapp/_data/resources/fonts/dejavu/DejaVuSans.ttf",
    ]
    _, kept = _slim([(name, "/src/" + name, "DATA") for name in names])
    assert kept == [
        "PySide6/Qt/translations/qtbase_nl.qm",
        "babel/locale-data/nl.dat",
        "babel/locale-data/nl_NL.dat",
        "babel/locale-data/en_GB.dat",
        "babel/locale-data/root.dat",
        "babel/global.dat",
        "holidays/locale/nl/LC_MESSAGES/NL.mo",
        "rijkapp/_data/resources/fonts/dejavu/DejaVuSans.ttf",
    ]


def test_icu_keeps_the_shared_tables_and_dutch_and_english() -> None:
    kept = slim_icu._kept
    for item in ("root.res", "pool.res", "coll/ucadata.icu", "coll/nl.res", "coll/en_US.res",
                 "zone/nl.res", "lang/en_GB.res", "unames.icu", "brkitr/thaidict.dict",
                 "zoneinfo64.res", "supplementalData.res", "coll/res_index.res"):  # fmt: skip
        assert kept(item), item
    for item in ("coll/de.res", "coll/de_.res", "zone/fr_CA.res", "ar.res", "gb18030.cnv"):
        assert not kept(item), item


def test_only_an_icu_data_library_is_trimmed(tmp_path: Path) -> None:
    other = tmp_path / "libQt6Core.so.6"
    other.write_bytes(b"")
    assert slim_icu.trimmed(other, tmp_path / "icu", log=lambda _: None) is None
