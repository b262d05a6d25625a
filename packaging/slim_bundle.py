"""What the PyInstaller bundle leaves out: Qt plugins, catalogues and locales Rijkapp never uses.

PyInstaller collects every Qt plugin of a module it sees, every Qt catalogue, every babel locale
and every `holidays` translation. Rijkapp needs few of them: the window on X11 or Wayland (and
offscreen for the smoke tests), Dutch and English text, Dutch public holidays. The rest is about
half the bundle. :func:`slim` takes the plugins and data away by name, then drops every shared
library that no kept binary needs any more (found with the same dependency scan PyInstaller uses),
and prints what it left out so a change in a new Qt release shows up in the build log.

Used by ``packaging/rijkapp.spec``; no Rijkapp code imports it.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Sequence
from pathlib import PurePosixPath

# A TOC entry of PyInstaller: (name in the bundle, source path, type code).
Entry = tuple[str, str, str]

PLUGINS = "PySide6/Qt/plugins/"

# Plugin folders kept whole, and single plugins kept from the folders that are thinned.
KEEP_PLUGIN_DIRS = {
    "iconengines",  # the SVG icons
    "xcbglintegrations",  # OpenGL on X11
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
}
KEEP_PLUGINS = {
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"},
    # The desktop portal gives native file dialogs on GNOME and KDE; the GTK 3 theme alone
    # would pull in GTK, GDK, cairo and pango (about 15 MB).
    "platformthemes": {"libqxdgdesktopportal.so"},
    # Compose keys (é, ë) and IBus input methods; not the on-screen keyboard, which needs Qt Quick.
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    # Certificates are PDFs, photos (JPEG) or PNG (built in); icons are SVG.
    "imageformats": {"libqjpeg.so", "libqsvg.so", "libqpdf.so", "libqgif.so", "libqico.so"},
}

# Data kept by pattern; everything else under these folders goes.
THINNED_DATA = {
    # Only the standard-button texts of Qt in the two languages of the window.
    "PySide6/Qt/translations/": ("qtbase_nl.qm", "qtbase_en.qm", "qt_nl.qm", "qt_en.qm"),
    # Dutch and British English (rijkapp.formatting), their parents and the root.
    "babel/locale-data/": ("root.dat", "nl.dat", "nl_NL.dat", "en.dat", "en_001.dat", "en_GB.dat"),
    # The Dutch public holidays in Dutch and in English (rijkapp.calc.holidays).
    "holidays/locale/": ("nl/*", "en_US/*"),
    # reportlab's sample fonts: the talk PDF embeds DejaVu Sans (resources/fonts) and nothing else.
    "reportlab/fonts/": (),
}

# Python modules Rijkapp never reaches. The Qt modules for OpenGL and networking are needed as C++
# libraries (QtCharts and QtPdf load them) but never as Python modules (10 MB). reportlab imports
# Pillow for bitmap images, which the talk PDF does not have: Pillow's core stays, its optional
# codecs and bindings (AVIF, WebP, colour management, FreeType, Tk, Qt) go, and with them the
# libraries they bring (8 MB).
EXCLUDED_MODULES = [
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtNetwork",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "PIL.ImageTk",
]


def _plugin_kept(name: str) -> bool:
    folder, _, plugin = name[len(PLUGINS) :].partition("/")
    if folder in KEEP_PLUGIN_DIRS:
        return True
    return plugin in KEEP_PLUGINS.get(folder, set())


def _data_kept(name: str) -> bool:
    for folder, patterns in THINNED_DATA.items():
        if name.startswith(folder):
            rest = name[len(folder) :]
            return any(fnmatch.fnmatch(rest, pattern) for pattern in patterns)
    return True


def _is_library(name: str) -> bool:
    """A plain shared library (a candidate for removal), not a Python extension or a plugin."""
    base = PurePosixPath(name).name
    return (
        not name.startswith(PLUGINS)
        and ".so" in base
        and ".cpython-" not in base
        and ".abi3." not in base
        and not base.startswith("libpython")
    )


def slim(
    binaries: Sequence[Entry],
    datas: Sequence[Entry],
    needed: Callable[[str], Iterable[str]],
    log: Callable[[str], None] = print,
) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data to bundle. ``needed(source_path)`` gives the names of the shared
    libraries a binary loads, directly or not (PyInstaller's ``bindepend.get_imports``)."""
    kept = [e for e in binaries if not e[0].startswith(PLUGINS) or _plugin_kept(e[0])]
    dropped_plugins = sorted(e[0] for e in binaries if e not in kept)

    roots = [e for e in kept if not _is_library(e[0])]
    wanted: set[str] = set()
    for _, source, _ in roots:
        wanted.update(PurePosixPath(n).name for n in needed(source))
    libraries = [e for e in kept if _is_library(e[0])]
    unneeded = sorted(e[0] for e in libraries if PurePosixPath(e[0]).name not in wanted)
    kept = [e for e in kept if e[0] not in set(unneeded)]

    kept_data = [e for e in datas if _data_kept(e[0])]
    log(
        f"slim bundle: {len(dropped_plugins)} Qt plugins, {len(unneeded)} libraries no kept "
        f"binary needs, {len(datas) - len(kept_data)} data files (catalogues, locales) left out"
    )
    for name in (*dropped_plugins, *unneeded):
        log(f"  left out {name}")
    return kept, kept_data
