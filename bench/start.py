"""Start-up and command-line figures, each against a bare baseline process of the same run.

    .venv/bin/python bench/start.py [--runs 5]      (or through bench/bench.py)

Every figure is a whole process, from its start to its exit, the median of ``runs`` runs after
one warm-up; the runs of a figure and of its baseline take turns, so a busy machine slows both
alike. Peak memory is the child's own ``ru_maxrss`` (``os.wait4``), the median of the runs.

* the baseline window: Python imports Qt, shows a ``QMainWindow`` with a label and quits at its
  first paint;
* ``rijkapp --data-dir D --smoke``: the main window's first paint, on a ten-year dossier in D;
* ``rijkapp --data-dir D --smoke=ready``: until the Overzicht shows that dossier's figures;
* the baseline command line: Python fetches the key from the keyring and opens the database;
* ``python -m rijkapp --data-dir D balances --json``.

Rijkapp's own modules are compiled first (``compileall``), as an installed wheel has them.
D is made once through the exchange format (``python -m rijkapp import``), its key kept in the
keyring as a user's would be; the GUI runs offscreen. Without a D-Bus session the script runs
itself again inside ``scripts/with-keyring.sh`` (a private, throwaway keyring).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
YEARS = range(2017, 2027)

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Rijkapp", window))
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""

BARE_CLI = """
import sys
from pathlib import Path
import keyring
from sqlcipher3 import dbapi2 as sqlcipher

path = Path(sys.argv[1]).resolve()
secret = keyring.get_password("rijkapp", str(path))
conn = sqlcipher.connect(str(path))
conn.execute(f"PRAGMA key = \\"x'{secret}'\\"")
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
conn.close()
"""


@dataclass(frozen=True)
class Run:
    ms: float
    mib: float


def whole_process(command: list[str], env: dict[str, str]) -> Run:
    """Run ``command`` to its end; its wall time and its own peak memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=ROOT, env=env
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            lines = err.read().decode(errors="replace").strip().splitlines() or ["(no output)"]
            raise RuntimeError(f"{Path(command[0]).name} exited {process.returncode}: {lines[-1]}")
    return Run(elapsed, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def ten_year_document() -> dict[str, Any]:
    """An employee's last ten years: steps and a change of hours, two weeks of leave in parts
    every year, monthly IKB choices, courses and three talks a year."""
    leave: list[dict[str, Any]] = []
    choices: list[dict[str, Any]] = []
    activities: list[dict[str, Any]] = []
    talks: list[dict[str, Any]] = []
    for year in YEARS:
        for n in range(25):
            day = date(year, 1, 9) + timedelta(days=14 * n)
            while day.weekday() >= 5:
                day += timedelta(days=1)
            end = day + timedelta(days=1 if n % 5 == 0 else 0)
            leave.append(
                {
                    "id": f"l{year}-{n}",
                    "start": day.isoformat(),
                    "end": end.isoformat(),
                    "hours": None if n % 2 else "3.6",
                    "bucket": None,
                    "status": "taken" if year < 2026 or n < 22 else "planned",
                    "note": f"verlof {n + 1}",
                }
            )
        for month in range(1, 13) if year >= 2020 else ():  # the IKB exists from 2020
            kind = {"kind": "buy_hours", "hours": "8"} if month == 5 else {"kind": "payout"}
            if kind["kind"] == "payout":
                kind["amount"] = "50.00"
            choices.append({"id": f"k{year}-{month}", "month": f"{year}-{month:02d}", **kind})
        for n in range(3):
            start = date(year, 2 + 3 * n, 1)
            activities.append(
                {
                    "id": f"a{year}-{n}",
                    "title": f"Cursus {year} nummer {n + 1}",
                    "kind": ("cursus", "training", "e-learning")[n],
                    "provider": "Rijksacademie",
                    "start": start.isoformat(),
                    "end": (start + timedelta(days=40)).isoformat(),
                    "hours": "16",
                    "cost": "450.00",
                    "status": "done" if year < 2026 else "planned",
                    "budget_id": None,
                    "skills": ["schrijven", "analyse"],
                    "reflection": "Wat ging goed, en wat neem ik mee.",
                }
            )
            purpose = ("plannen", "reflecteren", "evalueren")[n]
            talks.append(
                {
                    "id": f"t{year}-{n}",
                    "purpose": purpose,
                    "date": date(year, 2 + 4 * n, 12).isoformat(),
                    "period_from": f"{year}-01-01",
                    "period_to": f"{year}-12-31",
                    "manager": "C. Ijkpunt",
                    "informants": [],
                    "agreements": [
                        {
                            "id": f"g{year}-{n}-{m}",
                            "kind": ("result", "development", "career")[m],
                            "text": f"Afspraak {m + 1} van {year}",
                            "measure": "Besproken in het volgende gesprek",
                            "due": f"{year}-12-01",
                            "status": "done" if year < 2026 else "open",
                            "reflection": "",
                        }
                        for m in range(3)
                    ],
                    "topics": {"resultaten": "Wat ik dit jaar bereikte."},
                    "questions_for_manager": "",
                    "self_score": None,
                    "manager_conclusion": None,
                    "manager_score": None,
                    "employee_reaction": None,
                    "status": "concept" if year == 2026 else "afgerond",
                }
            )
    return {
        "format": "rijkapp",
        "version": 1,
        "exported_at": "2026-11-28T12:00:00+01:00",
        "profile": {
            "name": "B. Enchmark",
            "birth_date": "1975-03-14",
            "rijk_start_date": "2005-09-01",
            "organisation": "Ministerie van Meten",
            "unit": "Directie Snelheid",
            "job_title": "Senior beleidsmedewerker",
            "function_start_date": "2018-01-01",
            "manager": "C. Ijkpunt",
            "language": "nl",
        },
        "employment": [
            {
                "id": f"e{n + 1}",
                "from": f"{year}-01-01",
                "hours_per_week": "36" if year < 2022 else "32",
                "scale": 11,
                "step": 3 + n,
                "monthly_salary_fulltime": f"{4200 + 120 * n}.00",
                "allowances_monthly": "0.00",
            }
            for n, year in enumerate((2017, 2019, 2022, 2024))
        ],
        "work_schedule": [
            {
                "id": "w1",
                "from": "2017-01-01",
                "hours": {d: "7.2" for d in ("mon", "tue", "wed", "thu", "fri")}
                | {"sat": "0", "sun": "0"},
            },
            {
                "id": "w2",
                "from": "2022-01-01",
                "hours": {d: "8" for d in ("mon", "tue", "wed", "thu")}
                | {"fri": "0", "sat": "0", "sun": "0"},
            },
        ],
        "leave_balances": [
            {
                "id": "b1",
                "date": "2017-01-01",
                "bucket": "wettelijk",
                "year": 2016,
                "hours": "36",
                "note": "saldo volgens P-Direkt",
            }
        ],
        "leave": leave,
        "ikb_choices": choices,
        "development_budgets": [],
        "learning_activities": activities,
        "talks": talks,
    }


def make_dossier(folder: Path, env: dict[str, str]) -> Path:
    """The ten-year dossier in ``folder/data``, imported as a user would, key in the keyring."""
    source = folder / "ten-years.json"
    source.write_text(json.dumps(ten_year_document(), indent=2), encoding="utf-8")
    data_dir = folder / "data"
    result = subprocess.run(
        [sys.executable, "-m", "rijkapp", "--data-dir", str(data_dir), "import", str(source)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the import of the ten-year dossier failed: {result.stderr.strip()}")
    return data_dir


def compare(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, Run]:
    """The median run of each command, the commands taking turns run by run."""
    for command in commands.values():
        whole_process(command, env)  # warm-up: the file cache, the keyring daemon
    seen: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            seen[name].append(whole_process(command, env))
    return {
        name: Run(statistics.median(r.ms for r in found), statistics.median(r.mib for r in found))
        for name, found in seen.items()
    }


def start_figures(runs: int) -> list[tuple[str, str]]:
    """The start and command-line figures, measured from a small process of their own.

    A child's peak memory (``ru_maxrss``) starts from its parent's size at the fork, so they are
    not measured from a parent that has loaded Rijkapp (as ``bench.py`` has).
    """
    result = subprocess.run(
        [sys.executable, __file__, "--runs", str(runs), "--lines"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
        return [("start-up figures", f"n/a: {last}")]
    lines = (line.partition("\t") for line in result.stdout.splitlines())
    return [(name, value) for name, _tab, value in lines]


def measure(runs: int) -> list[tuple[str, str]]:
    """The start and command-line figures, each with its ratio to its baseline."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RIJKAPP_LANG": "nl"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    figures: list[tuple[str, str]] = []
    for package in ("rijkapp", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory(prefix="rijkapp-bench-start-") as tmp:
        data_dir = make_dossier(Path(tmp), env)
        figures.append(("ten-year dossier", _describe(ten_year_document())))
        gui = [str(BIN / "rijkapp"), "--data-dir", str(data_dir), "--no-error-dialogs"]
        window = compare(
            {
                "bare": [sys.executable, "-c", BARE_WINDOW],
                "paint": [*gui, "--smoke"],
                "ready": [*gui, "--smoke=ready"],
            },
            runs,
            env,
        )
        bare = window["bare"]
        figures.append(("bare window to first paint (baseline)", _run(bare)))
        figures.append(("rijkapp --smoke: first paint", _run(window["paint"], bare)))
        figures.append(("rijkapp --smoke=ready: the Overzicht filled", _run(window["ready"], bare)))
        db = data_dir / "rijkapp.db"
        cli = compare(
            {
                "bare": [sys.executable, "-c", BARE_CLI, str(db)],
                "balances": [
                    *(sys.executable, "-m", "rijkapp", "--data-dir", str(data_dir)),
                    *("balances", "--json"),
                ],
            },
            runs,
            env,
        )
        figures.append(("key and database only (CLI baseline)", _run(cli["bare"])))
        figures.append(("python -m rijkapp balances --json", _run(cli["balances"], cli["bare"])))
    return figures


def _describe(document: dict[str, Any]) -> str:
    counted = ("leave", "ikb_choices", "learning_activities", "talks", "employment")
    return ", ".join(f"{len(document[key])} {key}" for key in counted)


def _run(run: Run, baseline: Run | None = None) -> str:
    text = f"{run.ms:.0f} ms, {run.mib:.0f} MiB"
    if baseline is not None:
        text += f"  ({run.ms / baseline.ms:.2f}x time, {run.mib / baseline.mib:.2f}x memory)"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description="Rijkapp's start-up figures.")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--lines", action="store_true", help="name<TAB>figure lines only")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        script = str(ROOT / "scripts" / "with-keyring.sh")
        os.execvp("bash", ["bash", script, sys.executable, __file__, *sys.argv[1:]])
    figures = measure(args.runs)
    if args.lines:
        print("\n".join(f"{name}\t{value}" for name, value in figures))
        return 0
    print(f"Rijkapp start-up: median of {args.runs} runs after one warm-up, whole processes")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {sys.platform}")
    for name, value in figures:
        print(f"  {name:<55} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
