"""The layers hold: nothing under rijkapp/ imports PySide6 or ui, and ui/ reaches the core only
through services, read models, domain types, formatting, rules and i18n."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "rijkapp"
GUI = CORE.parent / "ui"

# What ui/ may import from the core (rijkapp.<name>...): it changes data through services and shows
# what the read models (views) give it, rendering their messages (message, formatting, i18n) in the
# window's language; paths and versions find resources and name versions.
GUI_MAY_USE = frozenset(
    {"services", "views", "domain", "formatting", "message", "rules", "i18n", "paths", "versions"}
)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _core_parts(path: Path) -> set[str]:
    """The parts of the core a module imports, as ``rijkapp.<part>``; also under TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from rijkapp import formatting`` imports rijkapp.formatting
            names = [
                f"{node.module}.{alias.name}" if node.module == "rijkapp" else node.module
                for alias in node.names
            ]
        else:
            continue
        found.update(
            ".".join(name.split(".")[:2]) for name in names if name.split(".")[0] == "rijkapp"
        )
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


def test_ui_imports_only_services_views_domain_formatting_rules_i18n() -> None:
    imported = {
        path.relative_to(GUI.parent).as_posix(): {
            part for part in _core_parts(path) if part.removeprefix("rijkapp.") not in GUI_MAY_USE
        }
        for path in sorted(GUI.rglob("*.py"))
    }
    offenders = {module: sorted(parts) for module, parts in imported.items() if parts}
    assert offenders == {}, "ui/ must go through services or views"


def test_every_module_reads_in_one_sitting() -> None:
    # Rooms with one job each: a module that grows past this is doing more than one thing.
    longest = 1000
    sizes = {
        path.relative_to(CORE.parent).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for root in (CORE, GUI)
        for path in root.rglob("*.py")
    }
    too_long = {module: lines for module, lines in sizes.items() if lines > longest}
    assert too_long == {}
