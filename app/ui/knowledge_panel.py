"""The knowledge panel: folders, indexing with progress and cancel, per-file problems.

``KnowledgeController`` owns the knowledge base (opened on a worker thread:
loading the embedding model takes seconds) and turns ``IndexWorker``'s plain
callbacks, which run on the indexing thread, into queued Qt signals. The
dialog only talks to the controller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.engines.knowledge import (
    DocumentRecord,
    IndexProgress,
    IndexReport,
    IndexWorker,
    KnowledgeBase,
    Outcome,
    open_default,
)
from app.services import Services
from app.ui.jobs import Emit, JobPool, describe_error

log = logging.getLogger(__name__)
Opener = Callable[[], KnowledgeBase]
PROBLEMS = (Outcome.SKIPPED, Outcome.MISSING)


class _IndexSignals(QObject):
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)


class KnowledgeController(QObject):
    """Opens the knowledge base and runs syncs in the background."""

    opened = Signal()
    open_failed = Signal(str)
    documents_changed = Signal(object, object)  # roots: list[Path], documents: list[DocumentRecord]
    progress = Signal(object)  # IndexProgress
    index_finished = Signal(object)  # IndexReport
    index_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self, services: Services, opener: Opener | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        policy = services.policy_state.policy
        rules = tuple((p.glob, p.level) for p in policy.knowledge_paths)
        self._opener: Opener = opener or (
            lambda: open_default(services.paths.knowledge_dir, path_rules=rules)
        )
        self.jobs = JobPool(max_threads=1, parent=self)
        self.knowledge: KnowledgeBase | None = None
        self._opening = False
        self._worker: IndexWorker | None = None
        self._signals = _IndexSignals()
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.progress.connect(self._on_progress, queued)
        self._signals.finished.connect(self._on_finished, queued)
        self._signals.failed.connect(self._on_failed, queued)

    @property
    def indexing(self) -> bool:
        """True while a sync runs."""
        return self._worker is not None

    def open(self) -> None:
        """Open the knowledge base (once) in the background."""
        if self.knowledge is not None:
            self.opened.emit()
            self.refresh()
            return
        if self._opening:
            return
        self._opening = True

        def done(result: object) -> None:
            self._opening = False
            assert isinstance(result, KnowledgeBase)
            self.knowledge = result
            self.opened.emit()
            self.refresh()

        def failed(message: str) -> None:
            self._opening = False
            self.open_failed.emit(message)

        opener = self._opener
        self.jobs.start(
            "open knowledge base", lambda _emit: opener(), on_finished=done, on_failed=failed
        )

    def refresh(self) -> None:
        """Re-read the folders and documents."""
        knowledge = self.knowledge
        if knowledge is None:
            return

        def work(_emit: Emit) -> tuple[list[Path], list[DocumentRecord]]:
            return knowledge.roots(), knowledge.documents()

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            self.documents_changed.emit(result[0], result[1])

        self.jobs.start(
            "list documents",
            work,
            on_finished=done,
            on_failed=self.index_failed.emit,
        )

    def index(self, paths: Sequence[Path] | None = None) -> bool:
        """Index ``paths`` (None: re-sync every folder); False if busy or not open."""
        if self.knowledge is None or self._worker is not None:
            return False
        signals = self._signals
        self._worker = IndexWorker(
            self.knowledge,
            paths,
            on_progress=signals.progress.emit,
            on_finished=signals.finished.emit,
            on_failed=lambda exc: signals.failed.emit(describe_error(exc)),
        )
        self.busy_changed.emit(True)
        self._worker.start()
        return True

    def cancel(self) -> None:
        """Stop indexing after the current file; finished files are kept."""
        if self._worker is not None:
            self._worker.cancel()

    @Slot(object)
    def _on_progress(self, progress: IndexProgress) -> None:
        self.progress.emit(progress)

    @Slot(object)
    def _on_finished(self, report: IndexReport) -> None:
        self._end()
        self.index_finished.emit(report)
        self.refresh()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._worker is not None and self._worker.error is not None:
            log.error("indexing failed", exc_info=self._worker.error)
        self._end()
        self.index_failed.emit(message)

    def _end(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join(5)
        self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Cancel indexing, wait for the workers and close the store."""
        worker = self._worker
        if worker is not None:
            worker.cancel()
            worker.join(30)
        self.jobs.wait(30_000)
        if self.knowledge is not None:
            self.knowledge.close()
            self.knowledge = None


class KnowledgeDialog(QDialog):
    """Folders, an index button with progress and cancel, problems and documents."""

    def __init__(self, controller: KnowledgeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("Edgewise knowledge")
        self.setAccessibleName("Knowledge")
        layout = QVBoxLayout(self)
        self.state = QLabel("Opening the knowledge base (loading the embedding model)…")
        self.state.setWordWrap(True)
        self.state.setAccessibleName("Knowledge state")
        layout.addWidget(self.state)
        layout.addWidget(QLabel("<b>Folders</b>"))
        self.folders = QListWidget()
        self.folders.setAccessibleName("Indexed folders")
        self.folders.setMaximumHeight(70)
        layout.addWidget(self.folders)
        row = QHBoxLayout()
        self.add_button = QPushButton("Add folder…")
        self.add_button.setAccessibleName("Add folder")
        self.reindex_button = QPushButton("Re-index all")
        self.cancel_button = QPushButton("Cancel indexing")
        self.cancel_button.setEnabled(False)
        for button in (self.add_button, self.reindex_button, self.cancel_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Indexing progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.current = QLabel()
        self.current.setAccessibleName("Current file")
        layout.addWidget(self.current)
        layout.addWidget(QLabel("<b>Problems</b>"))
        self.problems = QListWidget()
        self.problems.setAccessibleName("Files that could not be indexed")
        self.problems.setMaximumHeight(110)
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        layout.addWidget(QLabel("<b>Documents</b>"))
        self.documents = QTableWidget(0, 3)
        self.documents.setHorizontalHeaderLabels(["File", "Level", "Chunks"])
        header = self.documents.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.documents.setAccessibleName("Indexed documents")
        self.documents.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.documents, 1)
        self._connect()
        self.resize(720, 560)

    def _connect(self) -> None:
        controller = self.controller
        self.add_button.clicked.connect(self.add_folder)
        self.reindex_button.clicked.connect(lambda: self._index(None))
        self.cancel_button.clicked.connect(controller.cancel)
        controller.opened.connect(self._on_opened)
        controller.open_failed.connect(self._on_open_failed)
        controller.documents_changed.connect(self._on_documents)
        controller.progress.connect(self._on_progress)
        controller.index_finished.connect(self._on_finished)
        controller.index_failed.connect(self._on_failed)
        controller.busy_changed.connect(self._on_busy)

    def start(self) -> None:
        """Open the knowledge base (the dialog is usable meanwhile)."""
        self.controller.open()

    def add_folder(self) -> None:
        """Choose a folder and index it."""
        folder = QFileDialog.getExistingDirectory(self, "Add a folder to the knowledge base")
        if folder:
            self._index([Path(folder)])

    def _index(self, paths: Sequence[Path] | None) -> None:
        if self.controller.index(paths):
            self.problems.clear()
            self.progress.setRange(0, 0)  # busy until the first progress report
            self.state.setText("Indexing…")

    def _on_opened(self) -> None:
        self.state.setText("Ready.")
        self._on_busy(self.controller.indexing)

    def _on_open_failed(self, message: str) -> None:
        self.state.setText(f"The knowledge base could not be opened: {message}")

    def _on_busy(self, busy: bool) -> None:
        ready = self.controller.knowledge is not None
        self.add_button.setEnabled(ready and not busy)
        self.reindex_button.setEnabled(ready and not busy)
        self.cancel_button.setEnabled(busy)

    def _on_documents(self, roots: list[Path], documents: list[DocumentRecord]) -> None:
        self.folders.clear()
        for root in roots:
            self.folders.addItem(str(root))
        self.documents.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            name = QTableWidgetItem(doc.path)
            name.setToolTip("\n".join(doc.reasons) or doc.path)
            self.documents.setItem(row, 0, name)
            self.documents.setItem(row, 1, QTableWidgetItem(doc.level.label))
            self.documents.setItem(row, 2, QTableWidgetItem(str(doc.chunks)))

    def _on_progress(self, progress: IndexProgress) -> None:
        self.progress.setRange(0, max(1, progress.files_total))
        self.progress.setValue(progress.files_done)
        if progress.current is not None:
            self.current.setText(
                f"{progress.files_done}/{progress.files_total}: {progress.current}"
            )

    def _on_finished(self, report: IndexReport) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0 if report.cancelled else 1)
        self.current.clear()
        counts = report.counts()
        done = counts.get(Outcome.INDEXED, 0)
        unchanged = counts.get(Outcome.UNCHANGED, 0)
        head = "Indexing cancelled; finished files are kept" if report.cancelled else "Indexed"
        self.state.setText(
            f"{head}: {done} new or changed, {unchanged} unchanged, "
            f"{sum(counts.get(o, 0) for o in PROBLEMS)} with problems."
        )
        for file in report.files:
            if file.outcome in PROBLEMS:
                item = QListWidgetItem(f"{file.path.name}: {file.reason or file.outcome.value}")
                item.setToolTip(str(file.path))
                self.problems.addItem(item)
        for notice in report.notices:
            self.problems.addItem(notice)

    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.state.setText(f"Indexing failed: {message}")
