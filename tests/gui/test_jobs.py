"""Worker jobs: chunks, then exactly one of finished/failed, delivered on the UI thread."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from PySide6.QtCore import QThread

from app.engines.errors import ModelNotFoundError
from app.ui.jobs import Emit, JobPool, describe_error


def _collect(qtbot: Any, pool: JobPool, fn: Any) -> list[tuple[str, object]]:
    events: list[tuple[str, object]] = []
    threads: set[bool] = set()
    main = QThread.currentThread()

    def record(kind: str) -> Any:
        def handler(value: object) -> None:
            threads.add(QThread.currentThread() is main)
            events.append((kind, value))

        return handler

    pool.start(
        "test",
        fn,
        on_chunk=record("chunk"),
        on_finished=record("finished"),
        on_failed=record("failed"),
    )
    qtbot.waitUntil(lambda: pool.active == 0, timeout=10_000)
    assert threads == {True}, "callbacks must run on the UI thread"
    return events


def test_chunks_arrive_in_order_before_finished(qtbot: Any) -> None:
    pool = JobPool()
    worker_thread: list[str] = []

    def work(emit: Emit) -> str:
        worker_thread.append(threading.current_thread().name)
        for i in range(50):
            emit(i)
        return "done"

    events = _collect(qtbot, pool, work)
    assert events == [("chunk", i) for i in range(50)] + [("finished", "done")]
    assert worker_thread != [threading.main_thread().name]


def test_an_unexpected_exception_fails_readably_and_is_logged(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    pool = JobPool()

    def work(emit: Emit) -> None:
        emit("partial")
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR, logger="app.ui.jobs"):
        events = _collect(qtbot, pool, work)
    assert events == [
        ("chunk", "partial"),
        ("failed", "Unexpected error (RuntimeError: boom); details are in the log"),
    ]
    assert "Traceback" in caplog.text and "boom" in caplog.text


def test_our_errors_keep_their_message_and_fix() -> None:
    error = ModelNotFoundError("model file not found: /x.gguf; fix: choose a file in Settings")
    assert describe_error(error) == "Model file not found: /x.gguf; fix: choose a file in Settings"
