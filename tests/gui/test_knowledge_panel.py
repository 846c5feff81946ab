"""The knowledge panel with the real embedding model: progress, problems, levels, cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.engines.knowledge import IngestOptions, Outcome, open_default
from app.services import Services
from app.ui.knowledge_panel import KnowledgeController, KnowledgeDialog

pytestmark = pytest.mark.slow
OPEN_MS = 180_000


def _write_docs(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"note-{i:03}.md").write_text(
            f"# Note {i}\n\nThe team met on day {i} to plan the garden. "
            "Tomatoes need sun; basil likes water.\n",
            encoding="utf-8",
        )


def test_index_shows_progress_problems_levels_and_can_be_cancelled(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    # Small embedding batches give the cancel more places to take effect.
    controller = KnowledgeController(
        services,
        opener=lambda: open_default(
            services.paths.knowledge_dir, options=IngestOptions(batch_chunks=4)
        ),
    )
    dialog = KnowledgeDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        with qtbot.waitSignal(controller.opened, timeout=OPEN_MS):
            dialog.start()
        assert dialog.add_button.isEnabled()

        small = tmp_path / "small"
        _write_docs(small, 3)
        (small / "board.md").write_text(
            "CONFIDENTIAL\n\nThe board approved the merger.\n", encoding="utf-8"
        )
        (small / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
        progress: list[Any] = []
        controller.progress.connect(progress.append)
        with qtbot.waitSignal(controller.index_finished, timeout=OPEN_MS) as finished:
            assert controller.index([small])
        report = finished.args[0]
        assert not report.cancelled
        assert progress and progress[-1].files_done == progress[-1].files_total == 5
        assert dialog.progress.value() == dialog.progress.maximum()
        problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert any("broken.pdf" in p for p in problems)
        qtbot.waitUntil(lambda: dialog.documents.rowCount() == 4, timeout=30_000)
        levels = {
            Path(dialog.documents.item(r, 0).text()).name: dialog.documents.item(r, 1).text()
            for r in range(dialog.documents.rowCount())
        }
        assert levels["board.md"] == "confidential"
        assert levels["note-000.md"] in ("public", "internal")  # unlabelled: below confidential
        assert dialog.folders.count() == 1

        big = tmp_path / "big"
        _write_docs(big, 300)
        controller.progress.connect(lambda _p: controller.cancel())
        with qtbot.waitSignal(controller.index_finished, timeout=OPEN_MS) as finished:
            assert controller.index([big])
        report = finished.args[0]
        assert report.cancelled
        assert len(report.of(Outcome.INDEXED)) < 300
        assert "cancelled" in dialog.state.text()
        assert dialog.add_button.isEnabled() and not dialog.cancel_button.isEnabled()
    finally:
        controller.shutdown()
