"""The size of the frozen bundle and the .deb, against their goals, when they are built here.

Building them takes minutes (``bash packaging/build-bundle.sh``, then
``RIJKAPP_DEB_COMPRESSION=xz bash packaging/build-deb.sh``, as the release and CI do), so the bench
does not build them; it measures what ``dist/`` holds and says so when it holds nothing.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "bundle" / "rijkapp"
DEBS = ROOT / "dist" / "deb"
MIB = 1024 * 1024
BUNDLE_GOAL_MIB = 150
DEB_GOAL_MIB = 60


def _size(folder: Path) -> int:
    """Bytes on disk of everything in ``folder``; a link counts as a link, not as its target."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def _against(mib: float, goal: int) -> str:
    return f"{mib:.0f} MiB, goal at most {goal} ({mib / goal:.2f}x the goal)"


def bundle_figures() -> list[tuple[str, str]]:
    figures: list[tuple[str, str]] = []
    if (BUNDLE / "rijkapp").exists():
        mib = _size(BUNDLE) / MIB
        figures.append(("PyInstaller bundle (dist/bundle/rijkapp)", _against(mib, BUNDLE_GOAL_MIB)))
    else:
        figures.append(("PyInstaller bundle", "not built here: bash packaging/build-bundle.sh"))
    debs = sorted(DEBS.glob("rijkapp_*.deb"))
    if debs:
        mib = debs[-1].stat().st_size / MIB
        figures.append((f".deb ({debs[-1].name})", _against(mib, DEB_GOAL_MIB)))
    else:
        figures.append((".deb", "not built here: bash packaging/build-deb.sh after the bundle"))
    return figures
