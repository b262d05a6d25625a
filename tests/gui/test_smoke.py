"""The installed app starts, shows its window, paints and quits: ``rijkapp --smoke`` at the
first paint, ``rijkapp --smoke=ready`` once the Overzicht shows its data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_smoke_run_exits_zero() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--temp-datadir", "--smoke", "--no-error-dialogs"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "SMOKE OK platform=offscreen language=nl catalogues=rijkapp_nl" in result.stdout
    assert "page=Overzicht" in result.stdout
    assert "shown=loadingPage" in result.stdout  # the first paint: the data is still opening
    assert "Traceback" not in result.stderr


def test_smoke_ready_waits_for_the_overview_with_its_data() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--temp-datadir", "--smoke=ready", "--no-error-dialogs"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "SMOKE OK platform=offscreen language=nl catalogues=rijkapp_nl" in result.stdout
    assert "page=Overzicht shown=overviewPage" in result.stdout
    assert "Traceback" not in result.stderr


def test_smoke_run_in_english() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--temp-datadir", "--smoke", "--lang", "en"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "SMOKE OK platform=offscreen language=en catalogues=rijkapp_en" in result.stdout
    assert "page=Overview" in result.stdout


def test_start_up_imports_no_heavy_libraries() -> None:
    code = (
        "import sys, ui.app; "
        "print(','.join(m for m in ('reportlab', 'keyring', 'sqlite_utils', 'holidays') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == ""


def test_version_flag() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--version"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.startswith("Rijkapp ")
