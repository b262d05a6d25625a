"""Rijkapp's build: the wheel carries the app's own files inside the package.

Everything else about the package is in ``pyproject.toml``. This adds one step to ``build_py``:
``scripts/build_translations.py`` copies ``resources/`` (rule book, icons, style sheet) to
``rijkapp/_data/resources/`` and compiles ``translations/`` (``.po`` to ``.mo`` with babel,
``.ts`` to ``.qm`` with its own writer, so no Qt is needed to build) into
``rijkapp/_data/translations/``. ``rijkapp/paths.py`` finds them there.

An editable install (``pip install -e .``, as ``scripts/start.sh`` does) skips the step:
``rijkapp/paths.py`` then reads the checkout's ``resources/`` and ``translations/compiled/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The venv's setuptools (from ensurepip) has no type information.
from setuptools import setup  # type: ignore[import-untyped]
from setuptools.command.build_py import build_py  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent


class BuildWithAppFiles(build_py):  # type: ignore[misc]
    """``build_py``, then Rijkapp's own files into ``rijkapp/_data`` of the build."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        sys.path.insert(0, str(ROOT))
        from scripts import build_translations

        build_translations.build_package_data(Path(self.build_lib) / "rijkapp" / "_data")


setup(cmdclass={"build_py": BuildWithAppFiles})
