"""A smaller ICU data library for the bundle: the data of Dutch and English only.

Qt Core links ICU, and the ICU data library that comes with PySide6 (``libicudata.so.NN``,
31 MB) holds the collation, names and converters of every language and legacy character set:
a fifth of the bundle. Rijkapp shows Dutch and English, so the bundle carries ICU data with the
root, ``en*`` and ``nl*`` locales of every tree and the shared tables, without the other locales'
data and the legacy converters (about 8 MB). Sorting, upper case and time-zone names in both
languages stay exactly the same (checked when this was made: QCollator, QLocale.toUpper and
QTimeZone.displayName gave the same results with both libraries).

Linux only, and only when the ICU tools (``icupkg`` and ``genccode`` from icu-devtools), ``gcc``
and ``readelf`` are there; otherwise the bundle keeps the full library and the build log says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")
KEPT_LANGUAGES = ("en", "nl")
# The trees of per-locale resource bundles; in each, the root, pool and index stay.
LOCALE_TREES = {"", "brkitr", "coll", "curr", "lang", "rbnf", "region", "unit", "zone"}
LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9_]*)?\.res$")
SHARED_ITEMS = {"root.res", "pool.res", "res_index.res"}  # in every tree; res_index looks like one
TOOLS = ("icupkg", "genccode", "gcc", "readelf")


def _kept(item: str) -> bool:
    tree, _, name = item.rpartition("/")
    if name.endswith(".cnv"):  # legacy character sets; Qt converts UTF-8 and UTF-16 itself
        return False
    locale = LOCALE_ITEM.match(name)
    if name in SHARED_ITEMS:
        return True
    return not (tree in LOCALE_TREES and locale and locale.group(1) not in KEPT_LANGUAGES)


def _run(*command: str | Path, cwd: Path | None = None) -> str:
    return subprocess.run(
        [str(c) for c in command], check=True, capture_output=True, text=True, cwd=cwd
    ).stdout


def _package(library: Path, version: str) -> bytes:
    """The ICU common-data package inside the library: the bytes of its ``icudtNN_dat``."""
    sections = _run("readelf", "-SW", library)
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    symbols = _run("readelf", "-sW", library)
    symbol = re.search(
        rf"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+icudt{version}_dat",
        symbols,
    )
    if rodata is None or symbol is None:
        raise ValueError(f"no icudt{version}_dat in {library}")
    address, offset = int(rodata.group(1), 16), int(rodata.group(2), 16)
    start = offset + int(symbol.group(1), 16) - address
    return library.read_bytes()[start : start + int(symbol.group(2), 0)]


def trimmed(library: Path, workdir: Path, log: Callable[[str], None] = print) -> Path | None:
    """A trimmed copy of the ICU data ``library`` in ``workdir``, or None (and why, in the log)
    when this is not an ICU data library or the tools are missing."""
    match = LIBRARY.match(library.name)
    if match is None:
        return None
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        log(f"slim ICU: {', '.join(missing)} missing; the bundle keeps the full {library.name}")
        return None
    version = match.group(1)
    name = f"icudt{version}l"  # little-endian package; its items are named after the file
    workdir.mkdir(parents=True, exist_ok=True)
    full = workdir / "full" / f"{name}.dat"
    full.parent.mkdir(exist_ok=True)
    full.write_bytes(_package(library, version))
    items = _run("icupkg", "-l", full).split()
    dropped = [item for item in items if not _kept(item)]
    (workdir / "dropped.txt").write_text("\n".join(dropped) + "\n")
    small = workdir / f"{name}.dat"
    small.unlink(missing_ok=True)
    _run("icupkg", "-r", workdir / "dropped.txt", full, small)
    _run("genccode", "-a", "gcc", "-e", f"icudt{version}", "-d", workdir, small)
    assembly = workdir / f"{name}_dat.S"
    _run("gcc", "-c", "-o", workdir / "icudata.o", assembly)
    out = workdir / library.name
    _run(
        "gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", out,
        workdir / "icudata.o",
    )  # fmt: skip
    for leftover in (assembly, workdir / "icudata.o", full):
        leftover.unlink()
    log(
        f"slim ICU: {library.name} {library.stat().st_size // 2**20} MB -> "
        f"{out.stat().st_size // 2**20} MB ({len(items) - len(dropped)} of {len(items)} items: "
        f"root, {' and '.join(KEPT_LANGUAGES)}, shared tables)"
    )
    return out
