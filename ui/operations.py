"""Database and file work off the GUI thread, one job at a time.

Every job runs on one worker thread, in the order it was asked for, so the SQLCipher connection
is only ever used by that thread and two writes never overlap. The result (or the exception) is
delivered back on the GUI thread through a queued signal. Jobs must never touch widgets: they get
data in and hand data back.

At exit the thread is stopped after the jobs still queued, except those nobody needs once the
app closes (reads, the opening of the data at start): they are skipped; every write still runs.

While the thread runs, Python's cyclic garbage collector runs only on the GUI thread
(``GuiThreadCollector``). Left to itself it runs in whichever thread happens to allocate, and
when that is the data thread and the garbage holds a widget, the widget's C++ destructor runs
there: it takes a Qt lock and then waits for the GIL, while the GUI thread, holding the GIL,
waits for that same lock to make a widget. Both wait for ever.
"""

from __future__ import annotations

import gc
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

T = TypeVar("T")
Success = Callable[[Any], None]  # a callback as kept while its job runs: the result's type is gone
Failure = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Job:
    id: int
    work: Callable[[], object]
    skip_at_exit: bool = False


class _Worker(QObject):
    done = Signal(int, object, object)  # job id, result, exception

    def __init__(self) -> None:
        super().__init__()
        self.stopping = threading.Event()  # set on the GUI thread, read on the data thread

    @Slot(object)
    def run(self, job: _Job) -> None:
        if job.skip_at_exit and self.stopping.is_set():
            return  # asked for before the exit; nobody is left to need it
        try:
            result = job.work()
        except Exception as exc:
            self.done.emit(job.id, None, exc)
        else:
            self.done.emit(job.id, result, None)


def _receiver_alive(callback: Callable[..., object] | None) -> bool:
    """False when the callback is a method of a Qt object that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class GuiThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only, while it is started.

    Automatic collection is switched off; a timer does what it would have done, generation by
    generation, with the same thresholds, so garbage is freed as soon as before, give or take a
    tick. ``stop()`` gives collection back to Python as it was.
    """

    # Each tick walks what was made since the last one; while the data thread works (an import
    # makes some 100.000 objects a second) a short interval keeps each walk well under the
    # 50 ms the window may stall, and an idle check costs next to nothing.
    INTERVAL_MS = 200
    # How many collectors are started (two apps may overlap in tests), and whether Python
    # collected by itself before the first of them.
    started_count: ClassVar[int] = 0
    python_collected: ClassVar[bool] = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._started = False
        self._long_lived = 0  # objects in the oldest generation after the last walk over all

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        cls = GuiThreadCollector
        if cls.started_count == 0:
            cls.python_collected = gc.isenabled()
            gc.disable()
        cls.started_count += 1
        self._timer.start()

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        self._timer.stop()
        cls = GuiThreadCollector
        cls.started_count -= 1
        if cls.started_count == 0 and cls.python_collected:
            gc.enable()

    @Slot()
    def collect(self) -> None:
        """Collect the generations that are over their threshold, as Python itself would."""
        threshold = gc.get_threshold()
        counts = gc.get_count()
        if counts[0] <= threshold[0]:
            return
        generation = 0
        while generation < 2 and counts[generation + 1] > threshold[generation + 1]:
            generation += 1
        if generation == 2 and not self._full_walk_due():
            generation = 1
        gc.collect(generation)
        if generation == 2:
            self._long_lived = len(gc.get_objects(generation=2))

    def _full_walk_due(self) -> bool:
        """Python's own rule for a walk over everything: only once the objects that became
        long-lived since the last one are a quarter of those that were then. Without it a large
        heap that does not change (a whole career, a log of 100.000 activities) is walked again
        and again, each walk a stall of hundreds of milliseconds."""
        pending = len(gc.get_objects(generation=2)) - self._long_lived
        return pending > self._long_lived // 4


class Operations(QObject):
    """Runs callables on the one data thread and reports back on the GUI thread."""

    busyChanged = Signal(bool)
    # An exception that no caller handled; the application shows it (or the crash handler does).
    unhandled = Signal(object)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("rijkapp-data")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.done.connect(self._finish)
        self._pending: dict[int, tuple[Success | None, Failure | None]] = {}
        self._ids = itertools.count(1)
        self._running = True
        self._collector = GuiThreadCollector(self)
        self._collector.start()
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def running(self) -> bool:
        return self._running

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        *,
        skip_at_exit: bool = False,
    ) -> None:
        """Run ``work()`` on the data thread; then ``on_success(result)`` or ``on_failure(exc)``.

        Without ``on_failure`` the exception goes to ``unhandled``. Work that is ``skip_at_exit``
        (it changes nothing the user asked for: a read) is skipped when the exit comes first.
        """
        if not self._running:
            return
        job_id = next(self._ids)
        was_busy = self.busy
        self._pending[job_id] = (on_success, on_failure)
        if not was_busy:
            self.busyChanged.emit(True)
        self._submit.emit(_Job(job_id, work, skip_at_exit))

    @Slot(int, object, object)
    def _finish(self, job_id: int, result: object, error: BaseException | None) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks is None:
            return
        if not self._pending:
            self.busyChanged.emit(False)
        on_success, on_failure = callbacks
        if error is not None:
            if on_failure is not None and _receiver_alive(on_failure):
                on_failure(error)
            else:
                self.unhandled.emit(error)
        elif on_success is not None and _receiver_alive(on_success):
            on_success(result)

    def shutdown(self, last: Callable[[], object] | None = None) -> None:
        """Run ``last`` after every queued job, then stop the thread and wait for it."""
        if not self._running:
            return
        self._running = False
        self._pending.clear()
        self._worker.stopping.set()

        def final() -> None:
            try:
                if last is not None:
                    last()
            finally:
                QThread.currentThread().quit()

        self._submit.emit(_Job(0, final))
        self._thread.wait()
        self._collector.stop()
