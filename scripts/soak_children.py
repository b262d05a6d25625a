"""The workers of the kill soak (``scripts/kill_soak.py``), each a process that is killed.

    python scripts/soak_children.py KIND DATA_DIR JOURNAL OUT_DIR TRIAL SEED

``KIND`` is ``gui`` (an offscreen Rijkapp window whose saves go through the undo stack and
``AppContext.write``, as the pages' saves do), ``backup`` (backups on request, through
``rijkapp.services.data``) or ``pdf`` (talk PDFs, through ``rijkapp.services.talks``). Imports are
no worker of their own: the soak runs ``python -m rijkapp import`` itself.

Each worker opens the data with the key in the keyring, prints ``ready``, then works until it is
killed. Around every write it appends to ``JOURNAL`` (one JSON object a line, flushed and
fsynced before it goes on):

- ``{"event": "intent", "n": N, "digest": D}`` before write N is handed to the store: ``D`` is
  the digest of the data as it will be once write N is committed;
- ``{"event": "ack", "n": N, "digest": D}`` once write N is acknowledged: the GUI got the answer
  a user sees (the status bar's message), or the service call returned.

So after a kill the data must be the last acknowledged state, or the state of the one intent
after it (a kill between the commit and the acknowledgement). A PDF's lines also carry its
``path`` and, when acknowledged, the ``sha256`` of the file. Each acknowledgement is also printed
as ``ack N`` for the soak to time its kill.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
import sys
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rijkapp.domain.records import Dossier, LeaveEntry, Profile  # noqa: E402

TALK_ID = "t1"


def digest(dossier: Dossier) -> str:
    """A fingerprint of the whole dossier; the order in which records are stored does not count."""
    parts = []
    for field in dataclasses.fields(Dossier):
        value = getattr(dossier, field.name)
        if isinstance(value, tuple) and value and hasattr(value[0], "id"):
            value = tuple(sorted(value, key=lambda record: str(record.id)))
        parts.append(f"{field.name}={value!r}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


class Journal:
    """An append-only file of what was about to be written and what was acknowledged."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, **event: Any) -> None:
        line = json.dumps({**event, "at": round(time.time(), 3)}, sort_keys=True) + "\n"
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def ack(self, **event: Any) -> None:
        self.append(event="ack", **event)
        print(f"ack {event['n']}", flush=True)


def read_journal(path: Path) -> list[dict[str, Any]]:
    """The journal's events; a last line torn by the kill was never written, so it is left out."""
    if not path.exists():
        return []
    events = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if not line.endswith("\n"):
            break
        events.append(json.loads(line))
    return events


# ------------------------------------------------------------------------------------ workers
def _open(data_dir: Path) -> Any:
    from rijkapp.services import data

    return data.open_data(data_dir, now=datetime.now())  # noqa: DTZ005 - as the app does


def backup_worker(data_dir: Path, journal: Journal) -> None:
    """Backups on request, one after the other; the data itself never changes."""
    from rijkapp.services import data

    session = _open(data_dir)
    state = digest(session.store.dossier())
    journal.append(event="start", digest=state)
    print("ready", flush=True)
    for n in range(1, 10_000):
        journal.append(event="intent", n=n, digest=state)
        made = data.make_backup(session, datetime.now())  # noqa: DTZ005 - as the app does
        journal.ack(n=n, digest=state, path=made.name)


def pdf_worker(data_dir: Path, journal: Journal, out_dir: Path) -> None:
    """The talk's PDF, written again and again over two files (each replaced when it exists)."""
    from rijkapp.services import talks

    session = _open(data_dir)
    state = digest(session.store.dossier())
    journal.append(event="start", digest=state)
    print("ready", flush=True)
    for n in range(1, 10_000):
        target = out_dir / f"gesprek-{n % 2}.pdf"
        journal.append(event="intent", n=n, digest=state, path=target.name)
        talks.save_talk_pdf(session.store, TALK_ID, target, "nl" if n % 3 else "en")
        sha = hashlib.sha256(target.read_bytes()).hexdigest()
        journal.ack(n=n, digest=state, path=target.name, sha256=sha)


# ------------------------------------------------------------------------------------ the GUI
class _Model:
    """What the data must hold after each edit: the soak's own copy of the dossier."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier

    def apply(self, before: Any, after: Any) -> None:
        if isinstance(after, Profile) or isinstance(before, Profile):
            self.dossier = dataclasses.replace(self.dossier, profile=after)
            return
        gone = {before.id} if before is not None else set()
        if after is not None:
            gone.add(after.id)
        leave = tuple(e for e in self.dossier.leave if e.id not in gone)
        if after is not None:
            leave += (after,)
        self.dossier = dataclasses.replace(self.dossier, leave=leave)


class GuiHarness:
    """Drives a real Rijkapp window: each step pushes, undoes or redoes one saved edit."""

    def __init__(self, data_dir: Path, journal: Journal, trial: int, seed: int) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.app import Options, Rijkapp

        self.qt = QApplication([sys.argv[0]])
        self.app = Rijkapp(self.qt, Options(data_dir=data_dir, language="nl", error_dialogs=False))
        self.app.owns_event_loop = True
        self.journal = journal
        self.trial = trial
        self.rng = random.Random(seed)
        self.n = 0
        self.model: _Model | None = None
        self.done: list[tuple[Any, Any]] = []  # the edits on the undo stack, oldest first
        self.undone: list[tuple[Any, Any]] = []  # undone edits that redo would do again
        self.expected = ""  # the status message that acknowledges the step in progress
        self.app.startup.ready.connect(self._ready)
        self.app.context.status.connect(self._status)

    def run(self) -> int:
        self.app.start()
        return self.qt.exec()

    def _ready(self, _has_profile: bool) -> None:
        self.app.context.query(lambda store: store.dossier(), self._loaded)

    def _loaded(self, dossier: Dossier) -> None:
        self.model = _Model(dossier)
        self.journal.append(event="start", digest=digest(dossier))
        print("ready", flush=True)
        self._step()

    def _step(self) -> None:
        from ui.undo import EditCommand, undone_message

        assert self.model is not None
        self.n += 1
        stack = self.app.context.undo_stack
        roll = self.rng.random()
        if roll < 0.15 and self.done:
            before, after = self.done.pop()
            self.undone.append((before, after))
            self._intent(after, before)
            self.expected = undone_message(stack.undoText())
            stack.undo()
            return
        if roll < 0.25 and self.undone:
            before, after = self.undone.pop()
            self.done.append((before, after))
            self._intent(before, after)
            self.expected = self._done_text(stack.index())  # the message it was pushed with
            stack.redo()
            return
        before, after = self._edit()
        self.done.append((before, after))
        self.undone.clear()
        self._intent(before, after)
        self.expected = self._done_text(stack.index())
        from rijkapp.services.edits import Edit

        command = EditCommand(
            self.app.context, Edit(before, after), f"soak {self.n}", self.expected
        )
        stack.push(command)

    def _done_text(self, index: int) -> str:
        return f"soak step {self.trial}.{index}"

    def _edit(self) -> tuple[Any, Any]:
        """A new edit: add, change or delete a leave entry, or change the profile."""
        assert self.model is not None
        ours = [e for e in self.model.dossier.leave if e.id.startswith("soak")]
        roll = self.rng.random()
        if roll < 0.2:
            profile = self.model.dossier.profile
            return profile, dataclasses.replace(profile, unit=f"Afdeling {self.trial}.{self.n}")
        if roll < 0.4 and ours:
            entry = self.rng.choice(ours)
            return entry, dataclasses.replace(entry, note=f"gewijzigd {self.trial}.{self.n}")
        if roll < 0.55 and ours:
            return self.rng.choice(ours), None
        day = date(2026, 1, 5) + timedelta(days=self.rng.randrange(0, 300))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        entry = LeaveEntry(
            f"soak-{self.trial}-{self.n}", day, day, Decimal("0.5"), note=f"soak {self.n}"
        )
        return None, entry

    def _intent(self, before: Any, after: Any) -> None:
        assert self.model is not None
        self.model.apply(before, after)
        self.journal.append(event="intent", n=self.n, digest=digest(self.model.dossier))

    def _status(self, message: str) -> None:
        if not self.expected:
            return  # a message of the start (the daily backup), not an answer to a step
        if message != self.expected:
            print(f"refused: {message!r}, expected {self.expected!r}", file=sys.stderr, flush=True)
            self.app.stop(3)
            return
        self.expected = ""
        assert self.model is not None
        self.journal.ack(n=self.n, digest=digest(self.model.dossier))
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._step)


def main(argv: list[str]) -> int:
    kind, data_dir, journal_path, out_dir, trial, seed = argv
    journal = Journal(Path(journal_path))
    if kind == "backup":
        backup_worker(Path(data_dir), journal)
    elif kind == "pdf":
        pdf_worker(Path(data_dir), journal, Path(out_dir))
    elif kind == "gui":
        return GuiHarness(Path(data_dir), journal, int(trial), int(seed)).run()
    else:
        raise SystemExit(f"unknown kind {kind!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
