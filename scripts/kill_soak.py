"""The kill soak: real work on real encrypted data, killed (SIGKILL) at random moments.

    .venv/bin/python scripts/kill_soak.py [--trials 200] [--seed N] [--keep]

One data folder (SQLCipher, its key in the keyring) lives through all trials. Each trial starts
one process doing real work and kills it at a random moment:

- ``import``: ``python -m rijkapp import`` of a generated export (tens to thousands of records),
  killed anywhere from its start to its end: opening, the backup before the import, the import's
  transaction, closing;
- ``gui``: an offscreen Rijkapp window whose edits go through the undo stack and
  ``AppContext.write`` as the pages' do: add, change and delete leave entries, change the
  profile, undo and redo (``scripts/soak_children.py``);
- ``backup``: backups on request, one after the other, pruned to the newest ten;
- ``pdf``: the talk PDF written again and again over two files.

The kill comes while the process starts (before its first acknowledged write) or after a random
number of acknowledged writes plus a random part of the time one write takes.

**What must hold after each kill.** Every write is written to a journal (fsynced) twice: its
*intent* with the state the data will have once it is committed, before it is handed to the
store, and its *acknowledgement* once the user would see it done (the status bar's message in the
window; the service call returned; the CLI exited 0). A commit is durable when SQLite's COMMIT
returns (WAL, ``synchronous = FULL``), and the acknowledgement comes only after it. So the
data must be exactly the last acknowledged state, or exactly the state of the one intent after
it: a kill after the COMMIT and before the acknowledgement. Anything else (an older state, a
mix, a state the journal does not name) is a failure. Then also:

- the database opens with the key from the keyring and ``PRAGMA integrity_check`` says ``ok``;
- every backup under a final name (``rijkapp-*.db``) opens with the key, is intact and holds a
  state the data held; a half-written backup may only exist as ``*.partial``;
- every talk PDF under its final name is the last acknowledged one or, when a write of it was
  under way, a complete PDF; a half file may only exist as ``*.partial``.

Each trial prints its kind and outcome; the end prints the tally. Exit code 0 when no trial
failed. Without a D-Bus session the script runs itself inside ``scripts/with-keyring.sh``.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import queue
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("import", "gui", "backup", "pdf")
MOST_ACKS = {"gui": 5, "backup": 3, "pdf": 3}  # a kill after 0..N acknowledged writes
STUCK_S = 300  # a worker that says nothing for this long has hung: that is a failure too
DOCUMENT_SIZES = (10, 200, 1500)  # learning activities in the generated exports


@dataclass
class Outcome:
    kind: str
    ok: bool
    state: str  # "acknowledged", "one ahead", "finished", or what went wrong
    detail: str = ""


@dataclass
class Soak:
    """The data folder and everything known about the states it went through."""

    work: Path
    current: str = ""  # the state found after the last trial
    states: set[str] = field(default_factory=set)  # every state the data has held
    pdfs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    checked_backups: dict[tuple[str, int, int], str] = field(default_factory=dict)
    durations: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    documents: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.work / "data"

    @property
    def out_dir(self) -> Path:
        return self.work / "pdf"

    def estimate(self, what: str, default: float) -> float:
        seen = self.durations[what]
        return statistics.median(seen[-15:]) if seen else default


# ------------------------------------------------------------------------------ set-up
def make_documents(soak: Soak, rng: random.Random) -> None:
    """Exports of different sizes to import, each with its state worked out beforehand."""
    from soak_children import digest

    from rijkapp.services.exchange import read_import

    base = json.loads((ROOT / "tests" / "data" / "example.json").read_text(encoding="utf-8"))
    template = {
        k: v
        for k, v in base["learning_activities"][0].items()
        if k not in ("budget_id", "agreement_id", "certificates", "funding")
    }
    for number, size in enumerate(DOCUMENT_SIZES, start=1):
        document = copy.deepcopy(base)
        document["profile"]["name"] = f"Soak Persoon {number}"
        document["learning_activities"] += [
            {**template, "id": f"x{number}-{i}", "title": f"Cursus {number}.{i}"}
            for i in range(size)
        ]
        rng.shuffle(document["learning_activities"])
        path = soak.work / f"export-{number}.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        soak.documents.append((path, digest(read_import(path))))
        soak.states.add(soak.documents[-1][1])


def set_up(soak: Soak, rng: random.Random) -> None:
    from soak_children import digest

    from rijkapp.services import exchange
    from rijkapp.store import keys
    from rijkapp.store.session import open_session

    if not keys.keyring_usable():
        raise SystemExit("kill soak: no keyring answers; run it inside scripts/with-keyring.sh")
    soak.out_dir.mkdir(parents=True)
    make_documents(soak, rng)
    session = open_session(soak.data_dir, now=datetime.now())  # noqa: DTZ005 - as the app does
    try:
        assert session.key_mode == "keyring"
        soak.states.add(digest(session.store.dossier()))  # what the import's backup holds
        exchange.import_file(session, soak.documents[0][0], datetime.now())  # noqa: DTZ005
        soak.current = digest(session.store.dossier())
    finally:
        session.close()
    soak.states.add(soak.current)
    # One whole import through the command line, timed: where the kills of imports aim.
    how = run_import(soak, rng, soak.work / "journal-0.jsonl", kill=False)
    if not how.startswith("finished"):
        raise SystemExit(f"kill soak: the import without a kill did not work: {how}")
    soak.current = soak.documents[1][1]


# ------------------------------------------------------------------------------ running
def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "RIJKAPP_LANG": "nl",
    }


def _lines(stream: TextIO, into: queue.Queue[str | None]) -> None:
    for line in stream:
        into.put(line.strip())
    into.put(None)


def run_worker(soak: Soak, kind: str, trial: int, rng: random.Random, journal: Path) -> str:
    """Start a worker and kill it at a random moment; how the kill went, as words."""
    command = [
        sys.executable,
        str(ROOT / "scripts" / "soak_children.py"),
        kind,
        str(soak.data_dir),
        str(journal),
        str(soak.out_dir),
        str(trial),
        str(rng.randrange(1 << 30)),
    ]
    acks_wanted = rng.randint(0, MOST_ACKS[kind])
    fraction = rng.random()
    started = time.monotonic()
    # Never a pipe for what it says on stderr: nobody reads it until the end, and a full pipe
    # would stop the worker in the middle of a write.
    said = journal.with_suffix(".err")
    with said.open("w", encoding="utf-8") as errors_file:
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors_file, text=True, cwd=ROOT, env=_env()
        )
    assert child.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_lines, args=(child.stdout, lines), daemon=True).start()
    try:
        if acks_wanted == 0:
            time.sleep(fraction * soak.estimate(f"{kind} start", 2.0))
            how = f"killed at +{time.monotonic() - started:.2f}s, during the start"
        else:
            how = _kill_after_acks(
                soak,
                kind=kind,
                child=child,
                lines=lines,
                started=started,
                acks_wanted=acks_wanted,
                fraction=fraction,
            )
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    errors = said.read_text(encoding="utf-8", errors="replace").strip()[-300:]
    if child.returncode != -signal.SIGKILL:
        how += f"; it had ended by itself (exit {child.returncode}): {errors}"
    elif how.startswith("STUCK"):
        how += f"; it said: {errors}"
    return how


def _kill_after_acks(
    soak: Soak,
    *,
    kind: str,
    child: subprocess.Popen[str],
    lines: queue.Queue[str | None],
    started: float,
    acks_wanted: int,
    fraction: float,
) -> str:
    acks = 0
    last = started
    while acks < acks_wanted:
        try:
            line = lines.get(timeout=STUCK_S)
        except queue.Empty:
            return f"STUCK: no word from the worker for {STUCK_S}s"
        if line is None:
            return "the worker ended before the kill"
        now = time.monotonic()
        if line == "ready":
            soak.durations[f"{kind} start"].append(now - started)
        elif line.startswith("ack"):
            acks += 1
            soak.durations[f"{kind} write"].append(now - last)
        last = now
    delay = fraction * soak.estimate(f"{kind} write", 0.2)
    time.sleep(delay)
    return f"killed after {acks} acknowledged writes +{delay * 1000:.0f} ms"


def run_import(soak: Soak, rng: random.Random, journal: Path, *, kill: bool = True) -> str:
    """``python -m rijkapp import`` of another export, killed at a random moment (or not)."""
    from soak_children import Journal

    others = [d for d in soak.documents if d[1] != soak.current]
    document, state = rng.choice(others) if kill else soak.documents[1]
    log = Journal(journal)
    log.append(event="start", digest=soak.current)
    log.append(event="intent", n=1, digest=state)
    command = [sys.executable, "-m", "rijkapp", "--data-dir", str(soak.data_dir), "import"]
    delay = rng.random() * 1.2 * soak.estimate("import whole", 3.0) if kill else STUCK_S
    started = time.monotonic()
    said = journal.with_suffix(".err")
    with said.open("w", encoding="utf-8") as errors_file:
        child = subprocess.Popen(
            [*command, str(document)],
            stdout=subprocess.DEVNULL,
            stderr=errors_file,
            cwd=ROOT,
            env=_env(),
        )
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()
    errors = said.read_text(encoding="utf-8", errors="replace")
    took = time.monotonic() - started
    if child.returncode == 0:
        soak.durations["import whole"].append(took)
        log.append(event="ack", n=1, digest=state)
        return f"finished in {took:.2f}s, before the kill at +{delay:.2f}s"
    if child.returncode == -signal.SIGKILL:
        return f"killed at +{took:.2f}s of about {soak.estimate('import whole', 3.0):.2f}s"
    return f"FAILED by itself (exit {child.returncode}): {errors.strip()[-300:]}"


# ------------------------------------------------------------------------------ checking
def expected_states(events: list[dict[str, Any]], before: str) -> tuple[str, str | None, int]:
    """The last acknowledged state, the state of an intent after it (or None), the acks."""
    acked, pending, acks = before, None, 0
    for event in events:
        if event["event"] == "start":
            acked, pending = event["digest"], None
        elif event["event"] == "intent":
            pending = event["digest"]
        elif event["event"] == "ack":
            acked, pending, acks = event["digest"], None, acks + 1
    return acked, pending, acks


class Failed(Exception):
    """What a check found wrong: a short name for the tally and the details."""

    def __init__(self, state: str, detail: str) -> None:
        super().__init__(detail)
        self.state = state
        self.detail = detail


def check(soak: Soak, kind: str, journal: Path, how: str) -> Outcome:
    try:
        state = check_data(soak, journal, how)
    except Failed as failed:
        return Outcome(kind, False, failed.state, failed.detail)
    if kind == "import" and how.startswith("finished"):
        state = "finished"
    return Outcome(kind, True, state, how)


def check_data(soak: Soak, journal: Path, how: str) -> str:
    """Check the data folder after a kill; "acknowledged" or "one ahead", or raise Failed."""
    from soak_children import digest, read_journal

    from rijkapp.store import keys
    from rijkapp.store.session import DB_NAME, open_session

    if "STUCK" in how or "FAILED" in how or "ended" in how:
        raise Failed("the worker did not run as it should", how)
    events = read_journal(journal)
    starts = [e["digest"] for e in events if e["event"] == "start"]
    if starts and starts[0] != soak.current:
        raise Failed("changed at start", "the data changed before the first write")
    acked, pending, acks = expected_states(events, soak.current)
    if keys.load_key(soak.data_dir / DB_NAME) is None:
        raise Failed("key lost", "the keyring no longer has the key")
    try:
        session = open_session(soak.data_dir, now=datetime.now(), daily_backup=False)  # noqa: DTZ005
    except Exception as exc:  # any way it fails to open is what this soak is after
        raise Failed("does not open", f"{type(exc).__name__}: {exc}") from None
    try:
        intact = session.store.db.integrity_ok()
        found = digest(session.store.dossier())
        key = session.key
    finally:
        session.close()
    if not intact:
        raise Failed("integrity_check failed", how)
    if found == acked:
        state = "acknowledged"
    elif pending is not None and found == pending:
        state = "one ahead"
    else:
        named = "a state it held before" if found in soak.states else "a state nobody wrote"
        raise Failed("lost or mixed", f"the data is {named} ({acks} acks)")
    soak.current = found
    soak.states.update({acked, *([pending] if pending else [])})
    problems = check_backups(soak, key) + check_pdfs(soak, events)
    if problems:
        raise Failed("files", "; ".join(problems))
    return state


def check_backups(soak: Soak, key: Any) -> list[str]:
    """Every backup under a final name opens, is intact and holds a state the data held."""
    from soak_children import digest

    from rijkapp.store.backups import backup_dir
    from rijkapp.store.database import Database, verify
    from rijkapp.store.repository import Store
    from rijkapp.store.session import DB_NAME

    problems = []
    for path in sorted(backup_dir(soak.data_dir / DB_NAME).glob("rijkapp-*.db")):
        stat = path.stat()
        seen = (path.name, stat.st_size, stat.st_mtime_ns)
        if seen in soak.checked_backups:
            continue
        try:
            conn = verify(path, key)
            db = Database(path, conn)
            try:
                intact = db.integrity_ok()
                state = digest(Store(db).dossier())
            finally:
                db.close()
        except Exception as exc:  # a backup that does not open is a failure, whatever the cause
            problems.append(f"backup {path.name} does not open: {type(exc).__name__}: {exc}")
            continue
        if not intact:
            problems.append(f"backup {path.name} is damaged")
        elif state not in soak.states:
            problems.append(f"backup {path.name} holds a state the data never held")
        soak.checked_backups[seen] = state
    return problems


def check_pdfs(soak: Soak, events: list[dict[str, Any]]) -> list[str]:
    """Each PDF is the last acknowledged one, or complete when a write of it was under way."""
    from pypdf import PdfReader

    under_way = None
    for event in events:
        if "path" in event and event["event"] == "intent":
            under_way = event["path"]
        elif "sha256" in event:
            soak.pdfs[event["path"]].add(event["sha256"])
            under_way = None
    problems = []
    for path in sorted(soak.out_dir.glob("*.pdf")):
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        if sha in soak.pdfs[path.name]:
            continue
        if path.name != under_way:
            problems.append(f"{path.name} is no PDF that was written")
            continue
        try:
            pages = len(PdfReader(path).pages)
        except Exception as exc:  # a PDF that does not read is what this check is after
            problems.append(f"{path.name} is half a PDF: {type(exc).__name__}: {exc}")
            continue
        if pages == 0 or not path.read_bytes().rstrip().endswith(b"%%EOF"):
            problems.append(f"{path.name} is not a complete PDF")
        soak.pdfs[path.name].add(sha)
    return problems


def partial_files(soak: Soak) -> int:
    return sum(1 for _ in soak.work.rglob("*.partial"))


# ------------------------------------------------------------------------------ main
def soak_run(trials: int, seed: int, work: Path, kinds_run: list[str]) -> list[Outcome]:
    rng = random.Random(seed)
    soak = Soak(work)
    set_up(soak, rng)
    kinds = [kinds_run[i % len(kinds_run)] for i in range(trials)]
    rng.shuffle(kinds)
    outcomes = []
    for trial, kind in enumerate(kinds, start=1):
        journal = work / f"journal-{trial}.jsonl"
        started = time.monotonic()
        if kind == "import":
            how = run_import(soak, rng, journal)
        else:
            how = run_worker(soak, kind, trial, rng, journal)
        outcome = check(soak, kind, journal, how)
        outcomes.append(outcome)
        verdict = "ok  " if outcome.ok else "FAIL"
        print(
            f"{trial:4d} {kind:<7} {verdict} {outcome.state:<13} {outcome.detail}"
            f"  [{time.monotonic() - started:.1f}s, {partial_files(soak)} partial]",
            flush=True,
        )
    return outcomes


def tally(outcomes: list[Outcome]) -> str:
    failures = sum(1 for o in outcomes if not o.ok)
    lines = [f"kill soak: {len(outcomes)} trials, {failures} failures"]
    for kind in KINDS:
        mine = [o for o in outcomes if o.kind == kind]
        states = Counter(o.state for o in mine)
        described = ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
        lines.append(f"  {kind:<7} {len(mine):4d}: {described}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Kill Rijkapp at random moments; check the data.")
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--kinds", default=",".join(KINDS), help="which kinds, comma-separated")
    parser.add_argument("--keep", action="store_true", help="keep the work folder to look at")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        script = str(ROOT / "scripts" / "with-keyring.sh")
        os.execvp("bash", ["bash", script, sys.executable, __file__, *sys.argv[1:]])
    sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
    work = Path(tempfile.mkdtemp(prefix="rijkapp-soak-"))
    print(f"kill soak: {args.trials} trials, seed {args.seed}, in {work}", flush=True)
    started = time.monotonic()
    try:
        outcomes = soak_run(args.trials, args.seed, work, args.kinds.split(","))
    finally:
        from rijkapp.store import keys
        from rijkapp.store.session import DB_NAME

        keys.forget_key(work / "data" / DB_NAME)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(tally(outcomes))
    print(f"  {time.monotonic() - started:.0f}s in all")
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
