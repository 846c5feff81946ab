from __future__ import annotations

import threading
from pathlib import Path

from kb_fakes import HashingEmbedder

from app.engines.knowledge import (
    IndexProgress,
    IndexReport,
    IndexWorker,
    IngestOptions,
    KnowledgeBase,
    Outcome,
)


def folder(tmp_path: Path, n: int) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    for i in range(n):
        (root / f"f{i}.txt").write_text(f"file {i} talks about subject{i}\n")
    return root


def test_worker_reports_progress_then_finished_once(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store", HashingEmbedder())  # type: ignore[arg-type]
    root = folder(tmp_path, 4)
    progress: list[IndexProgress] = []
    finished: list[IndexReport] = []
    failed: list[BaseException] = []
    worker = IndexWorker(
        kb,
        [root],
        on_progress=progress.append,
        on_finished=finished.append,
        on_failed=failed.append,
    )
    worker.start()
    assert worker.join(timeout=60)
    assert failed == []
    assert len(finished) == 1 and finished[0] is worker.report
    assert len(finished[0].of(Outcome.INDEXED)) == 4
    assert [p.files_done for p in progress] == [1, 2, 3, 4]
    assert progress[-1].fraction == 1.0 and progress[-1].files_total == 4


class FailingEmbedder(HashingEmbedder):
    def embed(self, texts):  # type: ignore[no-untyped-def]
        raise RuntimeError("model exploded")


def test_worker_failure_calls_failed_once(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store", FailingEmbedder())  # type: ignore[arg-type]
    root = folder(tmp_path, 2)
    finished: list[IndexReport] = []
    failed: list[BaseException] = []
    worker = IndexWorker(kb, [root], on_finished=finished.append, on_failed=failed.append)
    worker.start()
    assert worker.join(timeout=60)
    assert finished == []
    assert len(failed) == 1 and "model exploded" in str(failed[0])
    assert kb.documents() == []


def test_worker_cancel_finishes_with_a_cancelled_report(tmp_path: Path) -> None:
    started, gate = threading.Event(), threading.Event()

    class SlowEmbedder(HashingEmbedder):
        def embed(self, texts):  # type: ignore[no-untyped-def]
            started.set()
            gate.wait(timeout=30)
            return super().embed(texts)

    kb = KnowledgeBase(
        tmp_path / "store",
        SlowEmbedder(),  # type: ignore[arg-type]
        options=IngestOptions(batch_chunks=1),  # one file per embedding call
    )
    root = folder(tmp_path, 3)
    finished: list[IndexReport] = []
    worker = IndexWorker(kb, [root], on_finished=finished.append)
    worker.start()
    assert started.wait(timeout=30)  # the first file is being embedded
    worker.cancel()
    gate.set()
    assert worker.join(timeout=60)
    assert worker.cancel_requested and not worker.is_running()
    assert len(finished) == 1 and finished[0].cancelled
    # The file in flight is finished and kept; the others wait for the next sync.
    assert len(finished[0].of(Outcome.INDEXED)) == 1
    assert len(kb.documents()) == 1
