"""Figures for a whole career: a generated 40-year dossier, in process and in the window.

    .venv/bin/python bench/career.py [--runs 5] [--only window|big-log|exchange]   (bench.py too)

The dossier is made as an exchange document and imported, as a user's would be: a career from
1990 to 2029 (the years after today planned) with an employment record for every year up to the
next (steps, scales, a part-time period), three work schedules, the hours P-Direkt gave for each
year before the rule book's first, 80 leave entries a year, an IKB choice for every month of the
IKB up to today, 2.000 learning activities (a hundred with a certificate of 48 KiB), development
budgets and 80 talks with their agreements. A second dossier holds the same career with 100.000
learning activities, for the learning log.

Measured in process, each the median of the runs:

* balances on a date: ``rijkapp.cli.balances`` (every calculator the Overzicht and
  ``balances --json`` use) on a dossier already read, and each page's loader, reading included;
* import and export: the service calls (``rijkapp.services.exchange``);
* in the window (offscreen, a real SQLCipher store whose key is in the keyring): each page opened
  with ``show_page(key)`` until it shows its data (the data thread has answered and the page has
  emitted ``loaded``, then painted), changing the balance date of the Verlof page, import and
  export from the File menu until every page shows the result, the learning log with 100.000
  activities opened and searched one keystroke at a time.

During everything in the window a 5 ms timer notes the longest gap between two of its ticks: how
long the GUI thread could not react (the "stall"). Figures only: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.app import Rijkapp

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 28, 12, 0).astimezone()
TODAY = NOW.date()
YEARS = 40
FIRST_YEAR = 1990  # the first year the exchange format takes for a kind of hours
LAST_YEAR = FIRST_YEAR + YEARS - 1  # 2029: the last years are planned
LEAVE_PER_YEAR = 80
LEARNING = 2_000
BIG_LOG = 100_000
TALKS_PER_YEAR = 2
RULES_FROM = 2020  # the first year of the rule book: earlier hours come from P-Direkt
CERTIFICATES = 100
CERTIFICATE_BYTES = 48 * 1024
SEARCH = "data-analyse"  # typed into the log's search box, one key at a time

# The goals of the issue, in milliseconds.
GOAL_BALANCES = 50
GOAL_PAGE = 150
GOAL_DATE = 50
GOAL_LOG_OPEN = 300
GOAL_KEYSTROKE = 100
GOAL_EXCHANGE = 1000
GOAL_STALL = 50

Figure = tuple[str, str]


# ---------------------------------------------------------------------------- the dossier


def _weekdays(year: int) -> list[date]:
    day, days = date(year, 1, 1), []
    while day.year == year:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _employment() -> list[dict[str, Any]]:
    """A record every 1 January: a step up each year, a scale up every eight years."""
    records = []
    for n, year in enumerate(range(FIRST_YEAR, TODAY.year + 1)):
        scale = 8 + n // 8
        step = n % 8
        salary = 2200 + 95 * n
        part_time = 2000 <= year < 2009
        records.append(
            {
                "id": f"e{n + 1}",
                "from": f"{year}-01-01",
                "hours_per_week": "32" if part_time else "36",
                "scale": scale,
                "step": step,
                "monthly_salary_fulltime": f"{salary}.00",
                "allowances_monthly": "45.00" if year >= 2015 else "0.00",
            }
        )
    return records


def _schedules() -> list[dict[str, Any]]:
    full = dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), "7.2") | {"sat": "0", "sun": "0"}
    four = dict.fromkeys(("mon", "tue", "wed", "thu"), "8") | {"fri": "0", "sat": "0", "sun": "0"}
    return [
        {"id": "w1", "from": f"{FIRST_YEAR}-01-01", "hours": full},
        {"id": "w2", "from": "2000-01-01", "hours": four},
        {"id": "w3", "from": "2009-01-01", "hours": full},
    ]


def _leave(rng: random.Random) -> list[dict[str, Any]]:
    """80 entries a year, about 160 hours: short absences, half days and whole days (the
    computed hours of the day), planned after today."""
    entries: list[dict[str, Any]] = []
    part_time = ("mon", "tue", "wed", "thu")
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        workdays = _weekdays(year)
        if 2000 <= year < 2009:  # four days a week: no leave on a Friday off
            workdays = [d for d in workdays if WEEKDAYS[d.weekday()] in part_time]
        days = rng.sample(workdays, LEAVE_PER_YEAR)
        for i, day in enumerate(sorted(days)):
            n = len(entries) + 1
            hours = "1.5" if i % 20 < 16 else ("3.6" if i % 20 < 19 else None)
            entries.append(
                {
                    "id": f"l{n}",
                    "start": day.isoformat(),
                    "end": day.isoformat(),
                    "hours": hours,
                    "bucket": None,
                    "status": "taken" if day <= TODAY else "planned",
                    "note": f"verlof {n}" if n % 5 else "",
                }
            )
    return entries


def _balances() -> list[dict[str, Any]]:
    """The hours of each year before the rule book's first (2020), as P-Direkt gave them: the
    ledger grants hours only where the rule book has a rule for that year."""
    balances = []
    for year in range(FIRST_YEAR, RULES_FROM):
        for bucket, hours in (("wettelijk", "144"), ("ikb_uren", "40")):
            balances.append(
                {
                    "id": f"b{len(balances) + 1}",
                    "date": f"{year}-01-01",
                    "bucket": bucket,
                    "year": year,
                    "hours": hours,
                    "note": f"{bucket} {year} volgens P-Direkt",
                }
            )
    return balances


def _ikb_choices(first_year: int) -> list[dict[str, Any]]:
    """One choice every month of the IKB: hours bought in March, a goal in June, else a pay-out."""
    choices = []
    for year in range(first_year, TODAY.year + 1):
        for month in range(1, 13):
            n = len(choices) + 1
            if date(year, month, 1) > TODAY:
                break
            choice: dict[str, Any] = {"id": f"k{n}", "month": f"{year}-{month:02d}"}
            if month == 3:
                choice |= {"kind": "buy_hours", "hours": "8"}
            elif month == 6:
                choice |= {"kind": "fiscal_goal", "goal": "vakbondscontributie", "amount": "210.00"}
            else:
                choice |= {"kind": "payout", "amount": "40.00"}
            choices.append(choice)
    return choices


def _budgets() -> list[dict[str, Any]]:
    return [
        {
            "id": f"d{n + 1}",
            "name": f"Ontwikkelbudget {year}",
            "source": "organisatie",
            "amount": "2500.00",
            "hours": "40",
            "from": f"{year}-01-01",
            "to": f"{year + 4}-12-31",
        }
        for n, year in enumerate(range(FIRST_YEAR, LAST_YEAR + 1, 5))
    ]


def _talks() -> list[dict[str, Any]]:
    """Two a year: planning in February, and reflection or evaluation in October."""
    talks = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for half in range(TALKS_PER_YEAR):
            n = len(talks) + 1
            on = date(year, 2, 10) if half == 0 else date(year, 10, 14)
            purpose = "plannen" if half == 0 else ("evalueren" if year % 3 == 0 else "reflecteren")
            done = on < TODAY
            talks.append(
                {
                    "id": f"t{n}",
                    "purpose": purpose,
                    "date": on.isoformat(),
                    "period_from": f"{year}-01-01",
                    "period_to": f"{year}-12-31",
                    "manager": f"Leidinggevende {year // 6}",
                    "informants": [{"name": f"Collega {n}", "function": "projectleider"}],
                    "agreements": [
                        {
                            "id": f"g{n}-{k}",
                            "kind": kind,
                            "text": f"Afspraak {k} over {kind} in {year}: " + "werk " * 30,
                            "measure": "Besproken in het volgende gesprek",
                            "due": f"{year}-12-01",
                            "status": "done" if done else "open",
                            "reflection": "",
                        }
                        for k, kind in enumerate(("result", "development", "career"), start=1)
                    ],
                    "topics": {
                        "resultaten": f"In {year} heb ik mijn opdrachten afgerond. " * 8,
                        "ontwikkeling": "Ik wil beter worden in data-analyse. " * 6,
                        "loopbaan": "Na vijf jaar in deze functie verken ik wat er kan. " * 4,
                        "inzetbaarheid": "Goed, de werkdruk was in het voorjaar hoog. " * 4,
                    },
                    "questions_for_manager": "Kan ik meedoen aan het programma?",
                    "self_score": "+",
                    "manager_conclusion": "Goed gedaan." if done else None,
                    "manager_score": "+" if done and purpose == "evalueren" else None,
                    "employee_reaction": None,
                    "status": "afgerond" if done else "concept",
                }
            )
    return talks


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KINDS = ("cursus", "training", "e-learning", "congres", "intervisie", "coaching", "zelfstudie")
SKILLS = ("data-analyse", "schrijven", "projectleiding", "coachen", "wetgeving", "digitaal")


def _activities(count: int, talks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``count`` activities spread over the career; every ``count / CERTIFICATES``-th has a
    certificate, some serve an agreement of that year's planning talk."""
    rng = random.Random(count)
    every = max(1, count // CERTIFICATES)
    per_year = count / YEARS
    planning = {t["date"][:4]: t for t in talks if t["purpose"] == "plannen"}
    activities = []
    for n in range(count):
        year = FIRST_YEAR + int(n / per_year)
        start = date(year, 1, 1) + timedelta(days=rng.randrange(0, 330))
        end = start + timedelta(days=rng.randrange(0, 30))
        kind = KINDS[n % len(KINDS)]
        skill = SKILLS[n % len(SKILLS)]
        activity: dict[str, Any] = {
            "id": f"a{n + 1}",
            "title": f"{kind.capitalize()} {skill} {n + 1}",
            "kind": kind,
            "provider": f"Opleider {n % 37}",
            "start": start.isoformat(),
            "end": end.isoformat(),
            "hours": str(4 + n % 20),
            "cost": f"{(n % 12) * 95}.00",
            "status": "done" if end < TODAY else "planned",
            "budget_id": f"d{(year - FIRST_YEAR) // 5 + 1}" if n % 4 == 0 else None,
            "skills": [skill, SKILLS[(n + 2) % len(SKILLS)]],
            "reflection": f"Wat ik leerde bij activiteit {n + 1}: toepassen in mijn werk.",
        }
        if n % 9 == 0 and str(year) in planning:
            activity["agreement_id"] = planning[str(year)]["agreements"][1]["id"]
        if n % every == 0:
            data = rng.randbytes(CERTIFICATE_BYTES)
            activity["certificates"] = [
                {
                    "id": "c1",
                    "filename": f"certificaat-{n + 1}.pdf",
                    "media_type": "application/pdf",
                    "issued": end.isoformat(),
                    "valid_until": (end + timedelta(days=3 * 365)).isoformat(),
                    "data_base64": base64.b64encode(data).decode("ascii"),
                }
            ]
        activities.append(activity)
    return activities


def career_document(learning: int = LEARNING) -> dict[str, Any]:
    """A 40-year career as an exchange document, the same every time."""
    rng = random.Random(YEARS)
    talks = _talks()
    return {
        "format": "rijkapp",
        "version": 1,
        "exported_at": NOW.isoformat(),
        "profile": {
            "name": "L. Oopbaan",
            "birth_date": "1962-04-02",
            "rijk_start_date": f"{FIRST_YEAR}-01-01",
            "organisation": "Ministerie van Meten",
            "unit": "Directie Lange Adem",
            "job_title": "Strategisch adviseur",
            "function_start_date": "2019-01-01",
            "manager": "C. Ijkpunt",
            "language": "nl",
        },
        "employment": _employment(),
        "work_schedule": _schedules(),
        "leave_balances": _balances(),
        "leave": _leave(rng),
        "ikb_choices": _ikb_choices(RULES_FROM),
        "development_budgets": _budgets(),
        "learning_activities": _activities(learning, talks),
        "talks": talks,
    }


def write_document(path: Path, learning: int = LEARNING) -> str:
    """Write the dossier to ``path``; a line that says what is in it."""
    document = career_document(learning)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    counted = {key: len(value) for key, value in document.items() if isinstance(value, list)}
    return (
        f"{YEARS} years, {counted['employment']} employment records, {counted['leave']} leave "
        f"entries, {counted['ikb_choices']} IKB choices, {counted['learning_activities']} "
        f"learning activities, {counted['talks']} talks, {path.stat().st_size / 2**20:.1f} MiB"
    )


# ---------------------------------------------------------------------------- measuring


# ---------------------------------------------------------------------------- measuring


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm up: rule book, fonts, imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def against(ms: float, goal: float) -> str:
    """A figure with its goal beside it."""
    mark = "ok" if ms <= goal else "OVER"
    return f"{ms:7.0f} ms   goal <= {goal:.0f} ms   {mark}"


def in_process(
    data_dir: Path, source: Path, runs: int, *, only_exchange: bool = False
) -> Iterator[Figure]:
    """Import, export, balances and each page's loader: the core alone, no window."""
    from rijkapp.cli import balances
    from rijkapp.services import exchange
    from rijkapp.store.session import open_session
    from rijkapp.views.ikb import load_ikb
    from rijkapp.views.leave import load_leave
    from rijkapp.views.ontwikkeling import load_ontwikkeling
    from rijkapp.views.overview import load_overview_page
    from rijkapp.views.profile import load_profile
    from ui.pages.leren import load_leren_data

    session = open_session(data_dir, now=NOW, daily_backup=False)
    try:
        ms = median_ms(lambda: exchange.import_file(session, source, NOW), runs)
        yield "import, with its backup (service call)", against(ms, GOAL_EXCHANGE)
        ms = median_ms(lambda: exchange.export_text(session, NOW), runs)
        yield "export to JSON text (service call)", against(ms, GOAL_EXCHANGE)
        if only_exchange:
            return
        store = session.store
        yield "read the whole dossier from the store", f"{median_ms(store.dossier, runs):7.0f} ms"
        dossier = store.dossier()
        for on in (TODAY, date(2022, 6, 30), date(TODAY.year + 1, 12, 31)):
            ms = median_ms(lambda on=on: balances(dossier, on), runs)
            yield f"balances on {on.isoformat()} (every calculator)", against(ms, GOAL_BALANCES)
        loaders: dict[str, Callable[[], object]] = {
            "Overzicht": lambda: load_overview_page(store, TODAY),
            "Verlof": lambda: load_leave(store, TODAY, TODAY, TODAY.year),
            "IKB": lambda: load_ikb(store, TODAY.year, TODAY, "nl"),
            "Ontwikkeling": lambda: load_ontwikkeling(store, TODAY),
            "Leren": lambda: load_leren_data(store, TODAY),
            "Profiel": lambda: load_profile(store),
        }
        for name, load in loaders.items():
            yield f"data thread: load {name}", f"{median_ms(load, runs):7.0f} ms"
    finally:
        session.close()


class StallMeter:
    """The longest gap between two ticks of a 5 ms timer: how long the GUI thread was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        """The longest gap since ``start``, the last one up to now included, in ms."""
        self._tick()
        self.timer.stop()
        return self.longest * 1000


class Measured:
    """The times of one kind of action and the GUI thread's longest stall during them."""

    def __init__(self, name: str, goal: float) -> None:
        self.name = name
        self.goal = goal
        self.times: list[float] = []
        self.stalls: list[float] = []

    def figures(self, *, slowest: bool = False) -> Iterator[Figure]:
        if slowest and len(self.times) > 1:
            yield f"{self.name} (median)", against(statistics.median(self.times), self.goal)
            yield f"{self.name} (slowest)", against(max(self.times), self.goal)
        else:
            yield self.name, against(statistics.median(self.times), self.goal)
        longest = max(self.stalls)
        mark = "ok" if longest <= GOAL_STALL else "OVER"
        yield "  its longest stall", f"{longest:7.0f} ms   goal <= {GOAL_STALL} ms   {mark}"


class Window:
    """The whole application on a data folder, driven as a user would, without a test runner."""

    def __init__(self, app: QApplication, data_dir: Path) -> None:
        from ui.app import Options, Rijkapp

        self.app = app
        self.stall = StallMeter()
        self.controller: Rijkapp = Rijkapp(
            app, Options(data_dir=data_dir, language="nl", error_dialogs=False), today=lambda: TODAY
        )
        self.controller.operations.unhandled.connect(self._failed)
        self.problem: BaseException | None = None
        self.window = self.controller.window
        self.longest_stall = 0.0

    def _failed(self, error: BaseException) -> None:
        self.problem = error

    def wait(self, done: Callable[[], bool], timeout: float = 300.0) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + timeout
        while not done():
            if self.problem is not None:
                raise RuntimeError(f"the window failed: {self.problem!r}") from self.problem
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not finish in time")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    def idle(self) -> bool:
        return not self.controller.operations.busy

    def start(self) -> float:
        """Start and wait until the Overzicht shows its data and the data thread is idle."""
        began = time.perf_counter()
        self.controller.start()
        self.wait(lambda: self.window.in_workspace() and self.idle())
        self.paint()
        return (time.perf_counter() - began) * 1000

    def page(self, key: str) -> QWidget:
        pages = getattr(self.window, "pages", {})
        page = pages.get(key) if isinstance(pages, dict) else None
        return page if page is not None else self.window.pages_stack.currentWidget()

    def paint(self) -> None:
        self.app.processEvents()
        self.window.repaint()

    @contextmanager
    def measured(self, into: Measured) -> Iterator[None]:
        """Time the block, and the GUI thread's longest stall during it."""
        self.stall.start()
        began = time.perf_counter()
        yield
        into.times.append((time.perf_counter() - began) * 1000)
        into.stalls.append(self.stall.stop())
        self.longest_stall = max(self.longest_stall, into.stalls[-1])

    def until_loaded(self, key: str, action: Callable[[], object]) -> None:
        """Run ``action`` and wait until page ``key`` shows its data: when the action asked the
        data thread, until it has answered and the page has emitted ``loaded``; then one paint.
        A page built on its first show is built by the action."""
        action()
        page = self.page(key)
        signal = getattr(page, "loaded", None)
        if signal is not None and not self.idle():
            seen: list[bool] = []

            def note() -> None:
                seen.append(True)

            signal.connect(note)
            try:
                self.wait(lambda: self.idle() and bool(seen))
            finally:
                signal.disconnect(note)
        else:
            self.wait(self.idle)
        self.paint()

    def open_page(self, key: str) -> None:
        self.until_loaded(key, lambda: self.window.show_page(key))

    def until_idle(self, action: Callable[[], object]) -> None:
        action()
        self.wait(self.idle)
        self.paint()

    def close(self) -> None:
        self.controller.close()
        self.window.close()
        self.window.deleteLater()
        self.app.processEvents()


def page_figures(window: Window, runs: int) -> Iterator[Figure]:
    """Each page opened the first time (built then, where pages are built on first show), then
    every page opened again ``runs`` times."""
    from ui.main_window import PAGES

    keys = [key for key, _icon, _page in PAGES if key != "overview"] + ["overview"]
    for key in keys:
        first = Measured(f"window: open {key} (first time)", GOAL_PAGE)
        with window.measured(first):
            window.open_page(key)
        yield from first.figures()
    again = Measured("window: open a page again", GOAL_PAGE)
    for _ in range(runs):
        for key in keys:
            with window.measured(again):
                window.open_page(key)
    yield from again.figures(slowest=True)


def date_figures(window: Window, runs: int) -> Iterator[Figure]:
    """The Verlof page's balance date changed, in the past, the future and back to today."""
    from ui.pages.verlof import VerlofPage

    window.open_page("verlof")
    verlof = window.page("verlof")
    assert isinstance(verlof, VerlofPage)
    changed = Measured("window: change the balance date", GOAL_DATE)
    days = (date(2021, 3, 1), date(2024, 6, 30), date(TODAY.year + 1, 12, 31), TODAY)
    for _ in range(runs):
        for day in days:
            with window.measured(changed):
                window.until_loaded("verlof", lambda day=day: verlof.set_peildatum(day))
    yield from changed.figures(slowest=True)


def exchange_figures(window: Window, source: Path, target: Path, runs: int) -> Iterator[Figure]:
    """Export and import from the File menu: until the export is written, and until the page on
    show and every page that reloads at once show the import. A page that reloads only when it
    is shown next does so in "open a page after an import", which opens every other page."""
    from ui.main_window import PAGES

    exported = Measured("window: export (File menu)", GOAL_EXCHANGE)
    imported = Measured(
        "window: import, until the pages that reload at once show it", GOAL_EXCHANGE
    )
    after = Measured("window: open a page after an import", GOAL_PAGE)
    for _ in range(max(1, runs // 2)):
        with window.measured(exported):
            window.until_idle(lambda: window.window.export_to(target))
        shown = window.window.current_page_key()
        with window.measured(imported):
            window.until_idle(lambda: window.window.import_from(source))
        for key in [key for key, _icon, _page in PAGES if key != shown] + [shown]:
            with window.measured(after):
                window.open_page(key)
    yield from exported.figures()
    yield from imported.figures()
    yield from after.figures(slowest=True)


def in_window(
    app: QApplication, data_dir: Path, source: Path, runs: int, *, only_exchange: bool = False
) -> Iterator[Figure]:
    window = Window(app, data_dir)
    try:
        ms = window.start()
        yield "window: start until the Overzicht shows its data", f"{ms:7.0f} ms"
        if not only_exchange:
            yield from page_figures(window, runs)
            yield from date_figures(window, runs)
        yield from exchange_figures(window, source, data_dir.parent / "export.json", runs)
        longest = window.longest_stall
        mark = "ok" if longest <= GOAL_STALL else "OVER"
        yield (
            "window: longest stall of all",
            f"{longest:7.0f} ms   goal <= {GOAL_STALL} ms   {mark}",
        )
    finally:
        window.close()


def big_log(app: QApplication, data_dir: Path, source: Path, runs: int) -> Iterator[Figure]:
    """The learning log with 100.000 activities: open the page, search one keystroke at a time."""
    from rijkapp.services import exchange
    from rijkapp.store.session import open_session
    from ui.pages.leren import LerenPage

    session = open_session(data_dir, now=NOW, daily_backup=False)
    try:
        began = time.perf_counter()
        exchange.import_file(session, source, NOW)
        ms = (time.perf_counter() - began) * 1000
        yield f"import {BIG_LOG} activities (service call)", f"{ms:7.0f} ms"
    finally:
        session.close()

    window = Window(app, data_dir)
    try:
        window.start()
        opened = Measured(f"window: open Leren with {BIG_LOG} activities", GOAL_LOG_OPEN)
        with window.measured(opened):
            window.open_page("leren")
        yield from opened.figures()
        leren = window.page("leren")
        assert isinstance(leren, LerenPage)
        log = leren.log
        typed = Measured("window: search the log, per keystroke", GOAL_KEYSTROKE)
        for _ in range(runs):
            for n in range(1, len(SEARCH) + 1):
                with window.measured(typed):
                    log.search_edit.setText(SEARCH[:n])
                    log.apply_filter()  # typing filters at once: this finds it done
                    window.paint()
            shown = log.proxy.rowCount()
            log.search_edit.clear()
            log.apply_filter()
        typed.name += f" ({shown} rows found at the end)"
        yield from typed.figures(slowest=True)
    finally:
        window.close()


def _import(data_dir: Path, source: Path) -> None:
    """The dossier imported once, not measured: what the window part starts from."""
    from rijkapp.services import exchange
    from rijkapp.store.session import open_session

    session = open_session(data_dir, now=NOW, daily_backup=False)
    try:
        exchange.import_file(session, source, NOW)
    finally:
        session.close()


def career_figures(runs: int, only: str | None = None) -> Iterator[Figure]:
    """Every figure of a whole career, as it is measured; needs a D-Bus session with a keyring
    (bench.py has one). ``only="big-log"``: only the learning log with 100.000 activities;
    ``only="exchange"``: only import and export, as a service call and in the window;
    ``only="window"``: only the window on the 40-year dossier (its pages, the balance date, the
    File menu)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication(["rijkapp-bench"])
    assert isinstance(app, QApplication)
    apply_theme(app)
    with tempfile.TemporaryDirectory(prefix="rijkapp-career-") as tmp:
        if only in (None, "exchange", "window"):
            source = Path(tmp) / "career.json"
            yield "career dossier", write_document(source)
            exchange = only == "exchange"
            if only == "window":
                _import(Path(tmp) / "data", source)
            else:
                yield from in_process(Path(tmp) / "data", source, runs, only_exchange=exchange)
            yield from in_window(app, Path(tmp) / "data", source, runs, only_exchange=exchange)
        if only in ("exchange", "window"):
            return
        big = Path(tmp) / "big.json"
        yield "big learning log", write_document(big, BIG_LOG)
        yield from big_log(app, Path(tmp) / "big-data", big, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description="Rijkapp's figures for a whole career.")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument(
        "--only",
        choices=["window", "big-log", "exchange"],
        help="only these figures (window: the window on the 40-year dossier; big-log: the "
        "100.000 activities; exchange: import and export)",
    )
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        script = str(ROOT / "scripts" / "with-keyring.sh")
        os.execvp("bash", ["bash", script, sys.executable, __file__, *sys.argv[1:]])
    sys.path.insert(0, str(ROOT))
    print(f"Rijkapp, a whole career: median of {args.runs} runs after one warm-up, {TODAY}")
    for name, value in career_figures(args.runs, args.only):
        print(f"  {name:<62} {value}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
