"""Each command of ``python -m rijkapp`` loads only what it needs: ``balances`` reads and works
out figures, so it never loads the import and export, the writer, the PDF or the holiday list of
every country; and choosing the keyring does not ask the system for Apple's libraries off
macOS."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import EXAMPLE, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
# What only other commands (import, export, talk pdf) or nothing at all here should load.
NOT_FOR_BALANCES = (
    "rijkapp.services.exchange",
    "rijkapp.exchange",
    "sqlite_utils",
    "holidays",
    "reportlab",
    "pypdf",
    "PySide6",
)

PROBE = """
import sys
from rijkapp.cli import main
code = main(sys.argv[1:])
print("LOADED", ",".join(m for m in {names!r} if m in sys.modules))
sys.exit(code)
"""


def cli_loading(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    code = PROBE.format(names=NOT_FOR_BALANCES)
    return subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "--passphrase-stdin", *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RIJKAPP_LANG": "en"},
        check=False,
        timeout=120,
    )


def test_balances_loads_neither_the_exchange_nor_the_writer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    imported = cli_loading(data, "import", str(EXAMPLE))
    assert imported.returncode == 0, imported.stderr
    assert "rijkapp.services.exchange" in imported.stdout  # the import does need it

    result = cli_loading(data, "balances", "--on", "2026-11-28", "--json")
    assert result.returncode == 0, result.stderr
    assert '"leave"' in result.stdout  # the figures were worked out
    assert "LOADED \n" in result.stdout


def test_choosing_the_keyring_does_not_look_for_apple_libraries_off_macos() -> None:
    code = (
        "import ctypes.util\n"
        "asked = []\n"
        "real = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda name: asked.append(name) or real(name)\n"
        "from rijkapp.store import keys\n"
        "keys.keyring_usable()\n"
        "print('ASKED', ','.join(asked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        timeout=120,
    )
    assert "ASKED \n" in result.stdout
