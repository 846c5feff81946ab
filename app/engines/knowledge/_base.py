"""``KnowledgeBase``: sync folders into the store and search it with citations.

A sync walks the paths, skips what did not change (same size and mtime, or
same SHA-256), extracts, chunks and labels what did, and embeds chunks in
batches across files (indexing is embedding-bound; small files must not mean
small batches). Each file is committed on its own through the manifest, so an
interrupted or cancelled sync keeps every file it finished and serves nothing
half-written; the next sync completes the rest.

Thread safety: one sync at a time (a lock); searches may run while a sync is
in progress and only ever see committed files.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.engines.knowledge._chunking import (
    DEFAULT_MAX_CHARS,
    DEFAULT_OVERLAP_CHARS,
    Chunk,
    chunk_document,
)
from app.engines.knowledge._discovery import DEFAULT_IGNORED_NAMES, discover, is_under
from app.engines.knowledge._document import ExtractedDocument, UnsupportedFile
from app.engines.knowledge._embedding import Embedder
from app.engines.knowledge._labels import DetectorLabeler, DocumentLabel, Labeler
from app.engines.knowledge._loaders import load
from app.engines.knowledge._manifest import DocumentRecord, new_record
from app.engines.knowledge._store import Store
from app.engines.knowledge._types import (
    FileReport,
    IndexProgress,
    IndexReport,
    Outcome,
    RetrievedChunk,
)
from router.levels import Level

log = logging.getLogger(__name__)

ProgressCallback = Callable[[IndexProgress], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class IngestOptions:
    """What to index and how to cut it."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_chars: int = DEFAULT_MAX_CHARS
    overlap_chars: int = DEFAULT_OVERLAP_CHARS
    include_hidden: bool = False
    ignored_names: frozenset[str] = DEFAULT_IGNORED_NAMES
    # Chunks gathered (across files) before one embedding call.
    batch_chunks: int = 64


@dataclass
class _Prepared:
    """A changed file, extracted, chunked and labelled, waiting for embedding."""

    path: Path
    size: int
    mtime_ns: int
    sha256: str
    kind: str
    chunks: list[Chunk]
    lines: list[int]
    label: DocumentLabel


@dataclass
class _Run:
    """State of one sync."""

    report: IndexReport
    total: int
    on_progress: ProgressCallback | None
    should_cancel: CancelCheck | None
    done: int = 0
    batch: list[_Prepared] = field(default_factory=list)

    def cancelled(self) -> bool:
        if self.should_cancel is not None and self.should_cancel():
            self.report.cancelled = True
        return self.report.cancelled

    def finish(self, file_report: FileReport) -> None:
        self.report.files.append(file_report)
        self.done += 1
        if self.on_progress is not None:
            self.on_progress(
                IndexProgress(self.done, self.total, file_report.path, self.report.chunks_embedded)
            )


class KnowledgeBase:
    """The local knowledge base in ``directory``.

    ``embedder`` turns text into vectors; ``labeler`` gives each document its
    sensitivity level (default: ``DetectorLabeler()`` with no path rules).
    Opening may rebuild a damaged store: read ``notices`` (they are also
    copied into the next sync's report).
    """

    def __init__(
        self,
        directory: Path,
        embedder: Embedder,
        *,
        labeler: Labeler | None = None,
        options: IngestOptions | None = None,
    ) -> None:
        self._embedder = embedder
        self._labeler: Labeler = labeler if labeler is not None else DetectorLabeler()
        self._options = options or IngestOptions()
        self._store = Store.open(directory, embedder)
        self._sync_lock = threading.Lock()

    @property
    def directory(self) -> Path:
        """The store folder."""
        return self._store.directory

    @property
    def notices(self) -> list[str]:
        """Messages for the user from opening the store (e.g. a rebuild)."""
        return list(self._store.notices)

    def close(self) -> None:
        """Release the store."""
        self._store.close()

    def documents(self) -> list[DocumentRecord]:
        """Every indexed document with its level, sorted by path."""
        return self._store.manifest.documents()

    def roots(self) -> list[Path]:
        """The files and folders indexed so far (what ``sync()`` re-syncs)."""
        return [Path(p) for p in self._store.manifest.roots()]

    # -- sync ------------------------------------------------------------------

    def sync(
        self,
        paths: Sequence[Path] | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> IndexReport:
        """Bring the store in line with ``paths`` (default: every known root).

        Changed and new files are indexed, unchanged ones skipped without
        embedding, and chunks of files deleted under those paths removed.
        ``on_progress`` is called after each file; ``should_cancel`` is polled
        between files and embedding batches. Cancelling keeps finished files.
        """
        with self._sync_lock:
            report = IndexReport(notices=list(self._store.notices))
            self._store.notices.clear()
            if paths is None:
                roots = self.roots()
            else:
                roots = [Path(p).expanduser().resolve() for p in paths]
            found = discover(
                roots,
                include_hidden=self._options.include_hidden,
                ignored_names=self._options.ignored_names,
            )
            self._store.manifest.add_roots(str(r) for r in roots if r not in found.missing)
            # A root that is gone stops being synced once its documents are removed.
            self._store.manifest.remove_roots(str(r) for r in found.missing)
            run = _Run(report, len(found.files), on_progress, should_cancel)
            for missing in found.missing:
                report.files.append(FileReport(missing, Outcome.MISSING, "no such file or folder"))
            self._remove_absent(roots, {str(f) for f in found.files}, report)
            for path in found.files:
                if run.cancelled():
                    break
                prepared = self._prepare(path, run)
                if prepared is not None:
                    run.batch.append(prepared)
                    if sum(len(p.chunks) for p in run.batch) >= self._options.batch_chunks:
                        self._flush(run)
            if not run.cancelled():
                self._flush(run)
            return report

    def _remove_absent(self, roots: Iterable[Path], present: set[str], report: IndexReport) -> None:
        root_names = [str(r) for r in roots]
        for record in self._store.manifest.documents():
            if record.path in present or not any(is_under(record.path, r) for r in root_names):
                continue
            self._retire(record.path)
            reason = "deleted" if not Path(record.path).exists() else "no longer included"
            report.files.append(FileReport(Path(record.path), Outcome.REMOVED, reason))

    def _retire(self, key: str) -> None:
        generation = self._store.manifest.retire_document(key)
        if generation is not None:
            self._store.delete_generation(generation)
            self._store.manifest.forget_generation(generation)

    def _skip(self, run: _Run, path: Path, reason: str) -> None:
        # A file that can no longer be indexed must not keep serving old text.
        self._retire(str(path))
        run.finish(FileReport(path, Outcome.SKIPPED, reason))

    def _prepare(self, path: Path, run: _Run) -> _Prepared | None:  # noqa: PLR0911 - an exit per outcome
        """Decide what ``path`` needs; returns it when it must be embedded."""
        key = str(path)
        try:
            stat = path.stat()
        except OSError as exc:
            self._skip(run, path, f"cannot read: {exc.strerror}")
            return None
        limit = self._options.max_file_bytes
        if stat.st_size > limit:
            self._skip(run, path, f"too large ({_mib(stat.st_size)}, limit {_mib(limit)})")
            return None
        record = self._store.manifest.document(key)
        fingerprint = self._labeler.fingerprint
        if (
            record is not None
            and record.size == stat.st_size
            and record.mtime_ns == stat.st_mtime_ns
            and record.label_fingerprint == fingerprint
        ):
            run.finish(
                FileReport(path, Outcome.UNCHANGED, chunks=record.chunks, level=record.level)
            )
            return None
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._skip(run, path, f"cannot read: {exc.strerror}")
            return None
        sha = hashlib.sha256(data).hexdigest()
        if record is not None and record.sha256 == sha and record.label_fingerprint == fingerprint:
            self._store.manifest.update_stat(key, stat.st_size, stat.st_mtime_ns)
            run.finish(
                FileReport(path, Outcome.UNCHANGED, chunks=record.chunks, level=record.level)
            )
            return None
        try:
            document = load(path, data)
        except UnsupportedFile as exc:
            self._skip(run, path, exc.reason)
            return None
        except Exception as exc:  # one odd file must not stop the whole sync
            log.warning("could not extract %s", path, exc_info=True)
            self._skip(run, path, f"could not extract text ({type(exc).__name__}: {exc})")
            return None
        label = self._labeler.label(path, document.text)
        if record is not None and record.sha256 == sha:
            self._relabel(record, label, stat.st_size, stat.st_mtime_ns)
            run.finish(
                FileReport(path, Outcome.RELABELLED, chunks=record.chunks, level=label.level)
            )
            return None
        chunks = chunk_document(
            document, max_chars=self._options.max_chars, overlap_chars=self._options.overlap_chars
        )
        if not chunks:
            self._skip(run, path, "no text to index")
            return None
        return _Prepared(
            path, stat.st_size, stat.st_mtime_ns, sha, document.kind, chunks,
            _line_starts(document), label,
        )  # fmt: skip

    def _relabel(self, record: DocumentRecord, label: DocumentLabel, size: int, mtime: int) -> None:
        """New label rules, same content: rewrite the level on every chunk."""
        ids = [f"{record.generation}:{i}" for i in range(record.chunks)]
        metadatas = [{"level": int(label.level)} for _ in ids]
        # Chunks first, manifest second: a crash in between leaves the old
        # fingerprint, so the next sync relabels again.
        self._store.update_metadatas(ids, metadatas)
        self._store.manifest.update_label(
            record.path, label.level, label.reasons, self._labeler.fingerprint
        )
        self._store.manifest.update_stat(record.path, size, mtime)

    def _flush(self, run: _Run) -> None:
        """Embed the waiting files' chunks together, then commit file by file."""
        batch, run.batch = run.batch, []
        if not batch:
            return
        texts = [chunk.embedding_text() for item in batch for chunk in item.chunks]
        step = self._options.batch_chunks
        parts = []
        for i in range(0, len(texts), step):
            if run.cancelled():
                return  # nothing of this batch was written: those files stay as they were
            parts.append(self._embedder.embed(texts[i : i + step]))
        import numpy as np

        vectors = np.concatenate(parts) if len(parts) > 1 else parts[0]
        offset = 0
        for item in batch:
            count = len(item.chunks)
            self._commit(item, vectors[offset : offset + count])
            offset += count
            run.report.chunks_embedded += count
            run.finish(FileReport(item.path, Outcome.INDEXED, chunks=count, level=item.label.level))

    def _commit(self, item: _Prepared, vectors: Any) -> None:
        key = str(item.path)
        generation = uuid.uuid4().hex
        manifest = self._store.manifest
        manifest.begin_generation(generation, key)
        level = int(item.label.level)
        metadatas = []
        for chunk in item.chunks:
            meta: dict[str, str | int] = {
                "path": key,
                "generation": generation,
                "level": level,
                "chunk": chunk.index,
                "start": chunk.start,
                "end": chunk.end,
                "line": bisect.bisect_right(item.lines, chunk.start) + 1,
            }
            if chunk.heading:
                meta["heading"] = chunk.heading
            if chunk.page is not None:
                meta["page"] = chunk.page
            metadatas.append(meta)
        try:
            self._store.add(
                [f"{generation}:{chunk.index}" for chunk in item.chunks],
                vectors,
                [chunk.text for chunk in item.chunks],
                metadatas,
            )
        except Exception:
            # Best effort now; if this fails too, the journal cleans up on next open.
            self._store.delete_generation(generation)
            manifest.forget_generation(generation)
            raise
        old = manifest.commit_document(
            new_record(
                path=key,
                generation=generation,
                sha256=item.sha256,
                size=item.size,
                mtime_ns=item.mtime_ns,
                kind=item.kind,
                level=item.label.level,
                reasons=item.label.reasons,
                label_fingerprint=self._labeler.fingerprint,
                chunks=len(item.chunks),
            )
        )
        if old is not None:
            self._store.delete_generation(old)
            manifest.forget_generation(old)

    # -- search ----------------------------------------------------------------

    def search(
        self, query: str, *, k: int = 5, max_level: Level | None = None
    ) -> list[RetrievedChunk]:
        """The ``k`` chunks closest to ``query``, best first, with citations.

        With ``max_level``, chunks of documents above that level are left out.
        Only committed (live) chunks are returned.
        """
        if k <= 0 or not query.strip():
            return []
        if self._store.manifest.total_chunks() == 0:
            return []  # nothing live: do not even load the model
        vector = self._embedder.embed([query])[0]
        # First try: the nearest few, filtered here. chromadb's metadata filter
        # costs ~0.3 s at 50k chunks (benchmarks/knowledge.py), while the
        # allowed chunks are usually among the nearest 4k anyway. Extra
        # candidates also absorb not-yet-cleaned chunks of replaced files.
        # (Fewer rows than asked for means the store, or the filter, is exhausted.)
        n = k + 8 if max_level is None else 4 * k + 8
        rows = self._store.query(vector, n, None)
        hits = self._live_hits(rows, max_level)
        if len(hits) >= k or len(rows) < n:
            return hits[:k]
        # Too few allowed chunks near the query: let chromadb filter by level.
        where = None if max_level is None else {"level": {"$lte": int(max_level)}}
        while True:
            n *= 4
            rows = self._store.query(vector, n, where)
            hits = self._live_hits(rows, max_level)
            if len(hits) >= k or len(rows) < n:
                return hits[:k]

    def _live_hits(
        self, rows: list[tuple[str, str, dict[str, Any], float]], max_level: Level | None
    ) -> list[RetrievedChunk]:
        """The rows that are live and at most ``max_level``, as ``RetrievedChunk``."""
        live = self._store.manifest.live(str(meta.get("generation", "")) for _, _, meta, _ in rows)
        hits: list[RetrievedChunk] = []
        for _, text, meta, distance in rows:
            entry = live.get(str(meta.get("generation", "")))
            if entry is None:
                continue
            path, document_level = entry
            # The manifest is authoritative; the chunk's own level is a
            # pre-filter. Take the higher of the two: fail closed.
            level = max(document_level, Level(int(meta.get("level", Level.RESTRICTED))))
            if max_level is not None and level > max_level:
                continue
            page = meta.get("page")
            hits.append(
                RetrievedChunk(
                    text=text,
                    source=Path(path),
                    page=None if page is None else int(page),
                    heading=meta.get("heading") or None,
                    line=int(meta.get("line", 1)),
                    start=int(meta.get("start", 0)),
                    end=int(meta.get("end", 0)),
                    level=Level(level),
                    score=1.0 - distance,
                )
            )
        return hits


def _line_starts(document: ExtractedDocument) -> list[int]:
    """Offsets where lines 2, 3, ... start; ``bisect_right(..., offset) + 1`` is the line."""
    text = document.text
    starts = []
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"
