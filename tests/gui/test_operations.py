"""The data thread: jobs run off the GUI thread, and garbage is only ever collected on it.

A Qt object caught in a reference cycle used to be freed by whichever thread happened to trigger
Python's collector. On the data thread its C++ destructor took a Qt lock and then waited for the
GIL, while the GUI thread, holding the GIL, waited for that lock to build a table: the app hung
(seen in CI, once every twenty or so runs of the Gesprekken tests).
"""

from __future__ import annotations

import gc
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.operations import GuiThreadCollector, Operations

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


class _Cyclic(QObject):
    """A Qt object that keeps itself alive through a cycle and notes the thread that frees it."""

    freed_on: list[str]

    def __init__(self, freed_on: list[str]) -> None:
        super().__init__()
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _allocate_a_lot() -> list[list[int]]:
    """Work on the data thread that allocates far past the collector's first threshold.

    The lists are handed back, not freed: Python counts allocations less deallocations, and only
    a count over the threshold runs the collector."""
    return [[n] for n in range(50_000)]


def test_garbage_with_a_qt_object_is_freed_on_the_gui_thread_not_the_data_thread(
    qtbot: QtBot,
) -> None:
    operations = Operations()
    try:
        assert not gc.isenabled(), "Python must not collect by itself while the data thread runs"
        freed_on: list[str] = []
        _Cyclic(freed_on)  # unreachable at once, but only the cyclic collector can free it
        done: list[list[list[int]]] = []
        operations.run(_allocate_a_lot, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        assert len(done[0]) == 50_000
        # Freed not yet, or by the GUI thread's timer meanwhile: never by the data thread.
        assert freed_on in ([], [threading.main_thread().name]), freed_on
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
        assert freed_on == [threading.main_thread().name]
    finally:
        operations.shutdown()
    assert gc.isenabled(), "after the data thread stops, Python collects by itself again"


def test_two_overlapping_data_threads_give_collection_back_only_when_both_stop(
    qtbot: QtBot,
) -> None:
    first = Operations()
    second = Operations()
    first.shutdown()
    assert not gc.isenabled()
    second.shutdown()
    assert gc.isenabled()


def test_the_collector_collects_a_generation_only_once_it_is_over_its_threshold() -> None:
    collector = GuiThreadCollector()
    collector.start()
    try:
        gc.collect()
        freed_on: list[str] = []
        _Cyclic(freed_on)
        collector.collect()  # one object is far below the first threshold: left for later
        assert freed_on == []
        _ = [[n] for n in range(gc.get_threshold()[0] + 10)]
        collector.collect()
        assert freed_on == [threading.main_thread().name]
    finally:
        collector.stop()


def _full_walks() -> int:
    return int(gc.get_stats()[2]["collections"])


def test_a_large_heap_that_does_not_grow_is_not_walked_again_and_again() -> None:
    """Python walks everything only once the long-lived objects grew by a quarter; so does the
    GUI thread's collector, or a whole career in memory means a stall of its size every few
    seconds."""
    collector = GuiThreadCollector()
    thresholds = gc.get_threshold()
    collector.start()
    gc.set_threshold(1, 1, 1)  # every tick is over every threshold
    try:
        kept = [[n] for n in range(200_000)]
        walks = _full_walks()
        for _ in range(20):  # the first ticks: young walks, then a walk over everything
            kept += [[n] for n in range(10)]
            collector.collect()
            if _full_walks() > walks:
                break
        assert _full_walks() == walks + 1, "the collector never walked everything"
        walks = _full_walks()
        for _ in range(20):
            kept += [[n] for n in range(10)]  # a little more, kept: the counts grow
            collector.collect()
        assert _full_walks() == walks, "a heap that did not grow was walked again"
        grown = len(gc.get_objects(generation=2)) // 2  # half as many again, long-lived
        kept += [[n] for n in range(grown)]
        for _ in range(20):
            kept += [[n] for n in range(10)]  # a little more, kept: the counts grow
            collector.collect()
        assert _full_walks() == walks + 1, "a heap that grew by half was not walked"
    finally:
        gc.set_threshold(*thresholds)
        collector.stop()
