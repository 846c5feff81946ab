"""Run a sync in a background thread with progress and cancellation.

Plain callables, no Qt: the UI layer connects them to signals. The callbacks
run on the worker thread. Exactly one of ``on_finished`` / ``on_failed`` is
called, from a ``finally``, so a consumer waiting for the end never hangs.
A cancelled sync *finishes* (its report says ``cancelled``); only an error
fails.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from app.engines.knowledge._base import KnowledgeBase
from app.engines.knowledge._types import IndexProgress, IndexReport


class IndexWorker:
    """One background sync of ``paths`` (None: every known root) into ``knowledge``."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        paths: Sequence[Path] | None = None,
        *,
        on_progress: Callable[[IndexProgress], None] | None = None,
        on_finished: Callable[[IndexReport], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._knowledge = knowledge
        self._paths = None if paths is None else list(paths)
        self._on_progress = on_progress
        self._on_finished = on_finished
        self._on_failed = on_failed
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="edgewise-index", daemon=True)
        self.report: IndexReport | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        """Start the sync; returns at once."""
        self._thread.start()

    def cancel(self) -> None:
        """Ask the sync to stop after the current file or batch."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether ``cancel`` was called."""
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """Whether the thread is still working."""
        return self._thread.is_alive()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the end; True when the worker has finished."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            self.report = self._knowledge.sync(
                self._paths, on_progress=self._on_progress, should_cancel=self._cancel.is_set
            )
        except BaseException as exc:  # reported through on_failed, never lost
            self.error = exc
        finally:
            if self.error is not None:
                if self._on_failed is not None:
                    self._on_failed(self.error)
            elif self._on_finished is not None and self.report is not None:
                self._on_finished(self.report)
