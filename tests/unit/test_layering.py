"""The core is Qt-free: nothing under rijkapp/ may import PySide6 or ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "rijkapp"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_core_imports_neither_qt_nor_ui() -> None:
    offenders = {
        str(path.relative_to(CORE.parent)): sorted(
            _imports(path) & {"PySide6", "PyQt6", "ui", "shiboken6"}
        )
        for path in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_whole_core_loads_without_qt() -> None:
    # Import every core module in a fresh interpreter and check Qt never got loaded.
    modules = sorted(
        ".".join(p.relative_to(CORE.parent).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=CORE.parent
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_float_in_the_core() -> None:
    hits = [
        f"{p.relative_to(CORE.parent)}:{n}"
        for p in CORE.rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "float(" in line and "never through float" not in line
    ]
    assert hits == []
