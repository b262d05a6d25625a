"""Rijkapp's performance figures. Figures only: nothing here passes or fails.

    .venv/bin/python bench/bench.py [--runs 5]

Measures, each as the median of several runs:

* start-up to first paint: ``rijkapp --temp-datadir --smoke`` (offscreen), a whole process;
* ``python -m rijkapp --version``, a whole process;
* a generated dossier with 2000 leave entries and 500 IKB choices: import and export, in
  process (the service calls) and through the CLI (a whole process each);
* the balances of that dossier (``rijkapp.cli.balances``, which runs every calculator);
* the PDF of a talk of about six pages (long texts, two dozen agreements), in process, fonts
  already loaded (the first PDF of a session also reads the fonts);
* the start and the CLI against bare baselines (bench/start.py), a whole career (bench/career.py),
  and the size of the bundle and the .deb when ``dist/`` holds them (bench/bundle.py).

The GUI start needs a keyring for its temporary data folder, so without a D-Bus session the
script runs itself again inside ``scripts/with-keyring.sh`` (a private, throwaway keyring).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSPHRASE = "bench passphrase, not a secret"
NOW = datetime(2026, 11, 28, 12, 0).astimezone()
LEAVE_ENTRIES = 2000
IKB_CHOICES = 500


def median_ms(action: Callable[[], object], runs: int, *, warm_up: bool = True) -> float:
    if warm_up:
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(*command: str | Path, stdin: str | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(c) for c in command],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise RuntimeError(f"{Path(str(command[0])).name} exited {result.returncode}: {last}")
    return result.stdout


def generated_document() -> dict[str, Any]:
    """A long-serving employee: 2000 leave entries since 2012 and 500 IKB pay-outs since 2020."""
    leave = []
    day = date(2012, 1, 2)
    while len(leave) < LEAVE_ENTRIES:
        if day.weekday() < 5:
            n = len(leave) + 1
            leave.append(
                {
                    "id": f"l{n}",
                    "start": day.isoformat(),
                    "end": day.isoformat(),
                    "hours": "3.6" if n % 3 else None,
                    "bucket": None,
                    "status": "taken" if day < NOW.date() else "planned",
                    "note": f"verlof {n}",
                }
            )
            day += timedelta(days=2)
        else:
            day += timedelta(days=1)
    months = [f"{y}-{m:02d}" for y in range(2020, 2027) for m in range(1, 13)][:82]
    choices = [
        {"id": f"k{n + 1}", "month": months[n % len(months)], "kind": "payout", "amount": "10.00"}
        for n in range(IKB_CHOICES)
    ]
    return {
        "format": "rijkapp",
        "version": 1,
        "exported_at": NOW.isoformat(),
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
                "id": "e1",
                "from": "2010-01-01",
                "hours_per_week": "36",
                "scale": 11,
                "step": 5,
                "monthly_salary_fulltime": "4500.00",
                "allowances_monthly": "0.00",
            }
        ],
        "work_schedule": [
            {
                "id": "w1",
                "from": "2010-01-01",
                "hours": {
                    "mon": "7.2",
                    "tue": "7.2",
                    "wed": "7.2",
                    "thu": "7.2",
                    "fri": "7.2",
                    "sat": "0",
                    "sun": "0",
                },
            }
        ],
        "leave_balances": [],
        "leave": leave,
        "ikb_choices": choices,
        "development_budgets": [],
        "learning_activities": [],
        "talks": [],
    }


def bench(runs: int) -> list[tuple[str, str]]:
    from rijkapp.cli import balances
    from rijkapp.services import exchange
    from rijkapp.store.session import open_session

    figures: list[tuple[str, str]] = []
    rijkapp = BIN / "rijkapp"
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    try:
        ms = median_ms(lambda: run(rijkapp, "--temp-datadir", "--smoke", env=offscreen), runs)
        figures.append(("start-up to first paint (rijkapp --smoke, offscreen)", f"{ms:.0f} ms"))
    except (RuntimeError, OSError) as exc:
        figures.append(("start-up to first paint (rijkapp --smoke, offscreen)", f"n/a: {exc}"))

    ms = median_ms(lambda: run(sys.executable, "-m", "rijkapp", "--version"), runs)
    figures.append(("python -m rijkapp --version", f"{ms:.0f} ms"))

    with tempfile.TemporaryDirectory(prefix="rijkapp-bench-") as tmp:
        source = Path(tmp) / "dossier.json"
        source.write_text(json.dumps(generated_document(), indent=2), encoding="utf-8")
        size_kb = source.stat().st_size / 1024
        label = f"{LEAVE_ENTRIES} leave entries, {IKB_CHOICES} IKB choices, {size_kb:.0f} KB"
        figures.append(("generated dossier", label))

        data_dir = Path(tmp) / "data"
        session = open_session(data_dir, now=NOW, passphrase=PASSPHRASE, daily_backup=False)
        try:
            ms = median_ms(lambda: exchange.read_import(source), runs)
            figures.append(("read and check the import file (in process)", f"{ms:.0f} ms"))
            ms = median_ms(lambda: exchange.import_file(session, source, NOW), runs)
            figures.append(("import, with its backup (in process)", f"{ms:.0f} ms"))
            ms = median_ms(lambda: exchange.export_text(session, NOW), runs)
            figures.append(("export to JSON text (in process)", f"{ms:.0f} ms"))
            dossier = session.store.dossier()
            ms = median_ms(lambda: balances(dossier, NOW.date()), runs)
            figures.append(("balances on one date (all calculators)", f"{ms:.0f} ms"))
        finally:
            session.close()

        cli = [sys.executable, "-m", "rijkapp", "--data-dir", str(data_dir), "--passphrase-stdin"]
        target = Path(tmp) / "export.json"
        ms = median_ms(lambda: run(*cli, "import", str(source), stdin=PASSPHRASE + "\n"), runs)
        figures.append(("python -m rijkapp import (whole process)", f"{ms:.0f} ms"))
        ms = median_ms(lambda: run(*cli, "export", str(target), stdin=PASSPHRASE + "\n"), runs)
        figures.append(("python -m rijkapp export (whole process)", f"{ms:.0f} ms"))
        ms = median_ms(lambda: run(*cli, "balances", "--json", stdin=PASSPHRASE + "\n"), runs)
        figures.append(("python -m rijkapp balances --json (whole process)", f"{ms:.0f} ms"))
    figures.append(talk_pdf_figure(runs))
    from start import start_figures  # bench/start.py: the start and the CLI against baselines

    return figures + start_figures(runs)


def talk_pdf_figure(runs: int) -> tuple[str, str]:
    import io

    from pypdf import PdfReader

    from rijkapp.reports.talk_pdf import make_talk_pdf
    from tests.helpers.talks import long_talk

    dossier = long_talk()
    pages = len(PdfReader(io.BytesIO(make_talk_pdf(dossier, "t1"))).pages)
    ms = median_ms(lambda: make_talk_pdf(dossier, "t1"), runs)
    return (f"talk PDF, {pages} pages (in process)", f"{ms:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description="Rijkapp's performance figures.")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        script = str(ROOT / "scripts" / "with-keyring.sh")
        os.execvp("bash", ["bash", script, sys.executable, __file__, *sys.argv[1:]])
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("RIJKAPP_LANG", "en")

    print(f"Rijkapp benchmark: median of {args.runs} runs after one warm-up, {NOW:%Y-%m-%d}")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {sys.platform}")
    for name, value in bench(args.runs):
        print(f"  {name:<55} {value}")
    from career import career_figures  # bench/career.py: a whole career, in the window too

    for name, value in career_figures(args.runs):
        print(f"  {name:<62} {value}", flush=True)
    from bundle import bundle_figures  # bench/bundle.py: the bundle and .deb, when built here

    for name, value in bundle_figures():
        print(f"  {name:<62} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
