"""The PySide6 desktop application: the only package that imports Qt widgets.

Loading it also makes PySide6's check of every later import cheap (see
:func:`_scan_imports_without_caching`): the start-up imports a few hundred modules after Qt.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - PySide6 sets up its import hook here


def _uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source names PySide6, read without keeping it in ``linecache``."""
    spec = getattr(module, "__spec__", None)
    get_source = getattr(getattr(spec, "loader", None), "get_source", None)
    if spec is None or get_source is None:
        return False
    try:
        source = get_source(spec.name)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError):
        return False
    return source is not None and "PySide6" in source


def _scan_imports_without_caching() -> None:
    """After each import PySide6 reads the module's whole source with ``inspect.getsource``
    to see whether it names PySide6 (for its optional ``__feature__`` switches, which Rijkapp
    does not use). ``inspect`` keeps every source it read in ``linecache``: 7 MiB of text for
    the modules a start loads. The same question is answered here from the source without
    keeping it. A PySide6 without this check is left alone."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_scan_imports_without_caching()
