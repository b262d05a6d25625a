"""What every page is given: access to the open data, the clock and the active language.

Two sessions can be open at once: the user's own data, and, while exploring, the example
profile in a temporary directory of its own. Pages never know which one they show; they ask the
context, and the context runs the work on the data thread (``ui.operations``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from rijkapp.services.changes import EVERYTHING, NOTHING, Area, Changes, Operation
from ui.operations import Failure, Operations

if TYPE_CHECKING:
    from rijkapp.services.changes import Store
    from rijkapp.services.data import Session

T = TypeVar("T")

Done = Callable[[Changes], None]


def _today() -> date:
    return date.today()  # noqa: DTZ011 - leave and IKB are about local calendar days


def _now() -> datetime:
    return datetime.now()  # noqa: DTZ005 - backup names and import times are local


# Python's garbage collector (run on the GUI thread, see ``ui.operations``) now and then walks
# every object it tracks. On a whole career (the records, the figures kept beside them, the
# pages) such a walk takes hundreds of milliseconds, in which the window cannot react. So the
# data a job opened or put in place whole (the start, an import, a restore, the example) is
# left out of the walks from then on (``gc.freeze``), and a walk over everything else comes ten
# times less often than by default. What is left out is still freed as soon as nothing refers
# to it; only a cycle among such objects would stay, and records and read models (frozen
# dataclasses and tuples) make none.
FULL_WALK_EVERY = 100  # young walks before a full one (Python's default: 10)


def _lives_on(result: T) -> T:
    """``result`` of a job that opened or replaced the data; what is alive now lives on."""
    gc.freeze()
    return result


class AppContext(QObject):
    """The open data (own or example), the clock and the language, shared by all pages."""

    changed = Signal(object)  # the Changes a service call returned; EVERYTHING after a switch
    sessionChanged = Signal()  # own data <-> example, or reopened after a restore
    languageChanged = Signal(str)
    status = Signal(str)  # a short message for the status bar

    def __init__(
        self,
        operations: Operations,
        *,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self._today = today or _today
        self._now = now or _now
        self._own: Session | None = None
        self._example: Session | None = None
        self.language = "nl"
        self.own_has_profile = False
        # Saved changes can be undone (ui.undo); a switch of data starts a fresh history.
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.sessionChanged.connect(self.undo_stack.clear)
        gc.set_threshold(*gc.get_threshold()[:2], FULL_WALK_EVERY)

    # ------------------------------------------------------------------ state
    def today(self) -> date:
        return self._today()

    def now(self) -> datetime:
        return self._now()

    @property
    def is_open(self) -> bool:
        return self._own is not None or self._example is not None

    @property
    def exploring_example(self) -> bool:
        return self._example is not None

    @property
    def own_data_dir(self) -> Path | None:
        return self._own.data_dir if self._own is not None else None

    def _session(self) -> Session:
        """The session on show. Only called on the data thread, inside a job."""
        session = self._example or self._own
        if session is None:
            raise RuntimeError("no data is open")
        return session

    # ------------------------------------------------------------------ work
    def query(
        self,
        read: Callable[[Store], T],
        on_result: Callable[[T], None],
        on_failure: Failure | None = None,
    ) -> None:
        """Read from the store on the data thread; ``on_result`` gets it on the GUI thread."""
        self.operations.run(
            lambda: read(self._session().store), on_result, on_failure, skip_at_exit=True
        )

    def write(
        self,
        operation: Operation,
        on_done: Done | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        """Run a service call on the data thread; then tell every page what it changed.

        The service validates, writes one transaction and returns the ``Changes``; pages refresh
        from those (``changed``), so the caller never has to know what else a change moves.
        """

        def done(changes: Changes) -> None:
            if changes:
                self.changed.emit(changes)
            if on_done is not None:
                on_done(changes)

        self.operations.run(lambda: operation(self._session().store), done, on_failure)

    def with_session(
        self,
        work: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        changes: Changes = NOTHING,
        *,
        own: bool = False,
    ) -> None:
        """Work with the whole session (backups, export, import) on the data thread.

        ``changes`` is what the work touches (an import: ``EVERYTHING``), told to every page when
        it is done. ``own=True`` works on the user's own data even while the example is on show.
        """

        def done(result: T) -> None:
            if changes:
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        def job() -> T:
            result = work(self._own_session() if own else self._session())
            return _lives_on(result) if Area.ALL in changes.areas else result

        self.operations.run(job, done, on_failure)

    def _own_session(self) -> Session:
        if self._own is None:
            raise RuntimeError("the own data is not open")
        return self._own

    # ------------------------------------------------------------------ sessions
    def open_own(self, data_dir: Path, passphrase: str | None) -> Session:
        """Open the user's data. Runs on the data thread (called from a job)."""
        from rijkapp.services import data

        session = data.open_data(data_dir, now=self._now(), passphrase=passphrase)
        self._own = session
        self.own_has_profile = data.has_profile(session)
        return _lives_on(session)

    def start_example(
        self,
        on_done: Callable[[None], None] | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        """Build the example employee in a temporary directory of its own and show it."""
        today = self._today()

        def build() -> None:
            from rijkapp.services import data

            self._example = _lives_on(data.open_example(today, self._now()))

        self.operations.run(build, self._switched(on_done), on_failure)

    def stop_example(self, on_done: Callable[[None], None] | None = None) -> None:
        self.operations.run(self._close_example, self._switched(on_done))

    def _close_example(self) -> None:
        example, self._example = self._example, None
        if example is not None:
            from rijkapp.services import data  # not at every exit: only an example loads it

            data.close_example(example)

    def reopen_own(
        self,
        work: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        """Close the own data, run ``work(old_session)`` (a restore), and open it again."""

        def job() -> T:
            from rijkapp.services import data

            old = self._own
            if old is None:
                raise RuntimeError("no data is open")
            old.close()
            self._own = None
            try:
                return work(old)
            finally:
                self._own = _lives_on(data.reopen(old, self._now()))
                self.own_has_profile = data.has_profile(self._own)

        self.operations.run(job, self._switched(on_done), on_failure)

    def _switched(self, on_done: Callable[[T], None] | None) -> Callable[[T], None]:
        def done(result: T) -> None:
            self.sessionChanged.emit()
            self.changed.emit(EVERYTHING)
            if on_done is not None:
                on_done(result)

        return done

    def shutdown(self) -> None:
        """Close everything on the data thread and stop it. Safe to call twice."""

        def close_all() -> None:
            self._close_example()
            own, self._own = self._own, None
            if own is not None:
                own.close()

        self.operations.shutdown(close_all)
