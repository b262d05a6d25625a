"""Where Rijkapp finds its own files (rules, fonts, translations) and the user's data."""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``translations/``.

    From a source checkout that is the repository; in a PyInstaller bundle it is the bundle's
    data folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def translations_dir() -> Path:
    return install_root() / "translations"


def default_data_dir() -> Path:
    """The user's data directory, by the platform's convention."""
    import platformdirs

    return Path(platformdirs.user_data_dir("rijkapp", appauthor=False))
