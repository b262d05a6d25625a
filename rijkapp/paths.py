"""Where Rijkapp finds its own files (rules, icons, style sheet, translations) and the user's data.

Rijkapp's own files are found through ``importlib.resources``, next to the ``rijkapp`` package, in
one of two layouts:

* **installed** (a wheel: ``pip install .``, ``pipx install .``; also the PyInstaller bundle):
  ``rijkapp/_data/resources/`` is a copy of the repository's ``resources/`` and
  ``rijkapp/_data/translations/`` holds the compiled catalogues. Both are made when the package
  is built (``setup.py``, with ``scripts/build_translations.py``) and are never committed.
* **source checkout** (``scripts/start.sh``, ``pip install -e .``): there is no ``_data``; the
  repository's ``resources/`` and ``translations/compiled/`` (written by
  ``scripts/build_translations.py``) are used, and the ``.po`` sources in ``translations/core/``
  stand in for a core catalogue that was not compiled yet.

The compiled catalogues are ``<lang>/LC_MESSAGES/rijkapp.mo`` (core messages, gettext) and
``rijkapp_<lang>.qm`` (the window, Qt). When neither layout is there, ``AppFilesMissing`` says
where Rijkapp looked: Rijkapp never runs without its rule book, nor falls back to English
without a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

PACKAGE_DATA = "_data"  # inside the rijkapp package, in an installed Rijkapp


class AppFilesMissing(RuntimeError):
    """Rijkapp's own files are not where this installation keeps them (a packaging fault)."""


@dataclass(frozen=True)
class AppFiles:
    """The folders with Rijkapp's own files for one layout."""

    resources: Path  # rules/*.toml, icons/*.svg, ui/rijkapp.qss
    compiled_translations: Path  # <lang>/LC_MESSAGES/rijkapp.mo and rijkapp_<lang>.qm
    translation_sources: Path | None  # translations/ of a checkout (.po, .ts); None if installed


def find_app_files(package: Path) -> AppFiles:
    """The layout around the ``rijkapp`` package folder ``package``: installed, else checkout."""
    packaged = package / PACKAGE_DATA
    if packaged.is_dir():
        return AppFiles(packaged / "resources", packaged / "translations", None)
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        translations = checkout / "translations"
        return AppFiles(checkout / "resources", translations / "compiled", translations)
    raise AppFilesMissing(
        f"Rijkapp's own files (rule book, icons, translations) are missing: neither {packaged} "
        f"(an installed Rijkapp) nor {checkout / 'resources'} (a source checkout) exists. "
        "Install Rijkapp from a wheel built from its repository (pip install .), which puts "
        "them inside the package."
    )


@cache
def app_files() -> AppFiles:
    import importlib.resources  # only when a file is first needed: not for --version or --help

    package = importlib.resources.files("rijkapp")
    if not isinstance(package, Path):
        raise AppFilesMissing(
            f"Rijkapp is installed as {package!r}; it needs its package unpacked as files."
        )
    return find_app_files(package)


def resources_dir() -> Path:
    """``rules/``, ``icons/`` and ``ui/`` (the style sheet)."""
    return app_files().resources


def compiled_translations_dir() -> Path:
    """The compiled catalogues: ``<lang>/LC_MESSAGES/rijkapp.mo`` and ``rijkapp_<lang>.qm``."""
    return app_files().compiled_translations


def default_data_dir() -> Path:
    """The user's data directory, by the platform's convention."""
    import platformdirs

    return Path(platformdirs.user_data_dir("rijkapp", appauthor=False))
