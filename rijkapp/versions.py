"""Versions of Rijkapp and everything it stands on, for ``--version`` and crash reports."""

from __future__ import annotations

import platform
from importlib import metadata

from rijkapp import __version__


def _dist(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def versions() -> list[tuple[str, str]]:
    found = [("Rijkapp", __version__), ("Python", platform.python_version())]
    # The core never imports Qt; PySide6 wheels carry the Qt release of their own version.
    pyside = _dist("PySide6-Essentials")
    found += [
        ("Qt", f"{pyside} (bundled with PySide6)" if pyside != "-" else "-"),
        ("PySide6", pyside),
    ]
    try:
        from sqlcipher3 import dbapi2

        conn = dbapi2.connect(":memory:")
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        conn.close()
        found.append(("SQLCipher", f"{cipher} (SQLite {dbapi2.sqlite_version})"))
    except ImportError:
        found.append(("SQLCipher", "-"))
    for label, dist in (
        ("sqlite-utils", "sqlite-utils"),
        ("reportlab", "reportlab"),
        ("babel", "babel"),
        ("keyring", "keyring"),
        ("holidays", "holidays"),
        ("icalendar", "icalendar"),
        ("platformdirs", "platformdirs"),
    ):
        found.append((label, _dist(dist)))
    return found


def version_text() -> str:
    return "\n".join(f"{name} {version}" for name, version in versions())
