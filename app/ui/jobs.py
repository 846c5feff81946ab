"""Worker threads with one signal shape: ``chunk``, then ``finished`` or ``failed``.

A ``Job`` wraps a plain function ``fn(emit) -> result``. It runs on a
``QThreadPool`` thread; ``emit(value)`` sends a ``chunk`` signal; the end is
always signalled from a ``finally``, so a consumer never waits forever (the
gpt4all bug STYLE.md warns about). Exceptions are logged with their traceback
and reach the UI as one readable sentence (``describe_error``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.engines.errors import EngineError

log = logging.getLogger(__name__)

Emit = Callable[[object], None]
JobFunction = Callable[[Emit], Any]


def describe_error(exc: BaseException) -> str:
    """One sentence for the user. Our own errors already name the problem and the fix."""
    if isinstance(exc, EngineError | ValueError | OSError):
        text = str(exc) or type(exc).__name__
    else:
        # An unexpected bug: say so plainly, the traceback is in the log.
        text = f"unexpected error ({type(exc).__name__}: {exc}); details are in the log"
    return text[:1].upper() + text[1:]


class JobSignals(QObject):
    """The signals of one job (a QRunnable cannot carry signals itself)."""

    chunk = Signal(object)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """One unit of background work. Connect to ``signals`` before starting it."""

    def __init__(self, name: str, fn: JobFunction) -> None:
        super().__init__()
        self.name = name
        self._fn = fn
        self.signals = JobSignals()
        self.error: BaseException | None = None

    def run(self) -> None:
        result: Any = None
        try:
            result = self._fn(self.signals.chunk.emit)
        except BaseException as exc:  # reported through `failed`, never swallowed
            self.error = exc
            log.exception("background job %r failed", self.name)
        finally:
            if self.error is None:
                self.signals.finished.emit(result)
            else:
                self.signals.failed.emit(describe_error(self.error))


class _Relay(QObject):
    """Lives on the UI thread and calls the plain callbacks there.

    Connecting a signal to a bound slot of a QObject (with an explicit queued
    connection) is what makes Qt deliver it on that object's thread; a bare
    lambda would give no such guarantee. Queued delivery also keeps order:
    every ``chunk`` arrives before ``finished``.
    """

    def __init__(
        self,
        on_chunk: Callable[[object], None] | None,
        on_finished: Callable[[object], None] | None,
        on_failed: Callable[[str], None] | None,
        on_end: Callable[[], None],
    ) -> None:
        super().__init__()
        self._on_chunk = on_chunk
        self._on_finished = on_finished
        self._on_failed = on_failed
        self._on_end = on_end

    @Slot(object)
    def chunk(self, value: object) -> None:
        if self._on_chunk is not None:
            self._on_chunk(value)

    @Slot(object)
    def finished(self, result: object) -> None:
        try:
            if self._on_finished is not None:
                self._on_finished(result)
        finally:
            self._on_end()

    @Slot(str)
    def failed(self, message: str) -> None:
        try:
            if self._on_failed is not None:
                self._on_failed(message)
        finally:
            self._on_end()


class JobPool(QObject):
    """Runs jobs on its own thread pool and keeps them alive until they end."""

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: dict[Job, _Relay] = {}

    def start(
        self,
        name: str,
        fn: JobFunction,
        *,
        on_chunk: Callable[[object], None] | None = None,
        on_finished: Callable[[object], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> Job:
        """Run ``fn`` in a worker thread; the callbacks run on this object's thread."""
        job = Job(name, fn)
        job.setAutoDelete(False)  # Python owns it: dropped once its end is delivered

        def forget() -> None:
            self._running.pop(job, None)

        relay = _Relay(on_chunk, on_finished, on_failed, forget)
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.chunk.connect(relay.chunk, queued)
        job.signals.finished.connect(relay.finished, queued)
        job.signals.failed.connect(relay.failed, queued)
        self._running[job] = relay
        self._pool.start(job)
        return job

    @property
    def active(self) -> int:
        """Jobs started whose end has not been delivered yet."""
        return len(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has returned (used on shutdown and in tests)."""
        return bool(self._pool.waitForDone(msecs))
