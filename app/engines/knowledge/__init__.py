"""The local knowledge base: ingest files, embed, store, retrieve with citations.

No Qt here. The pieces, each in its own private module:

- ``KnowledgeBase`` (``_base``): ``sync(paths)`` indexes files and folders
  incrementally and returns an ``IndexReport`` with one ``FileReport`` per
  file; ``search(query, k=, max_level=)`` returns ``RetrievedChunk`` hits
  carrying their citation and their document's sensitivity ``Level``.
- ``IndexWorker`` (``_worker``): the same sync on a background thread with
  progress and cancellation callbacks.
- ``Embedder`` / ``SentenceTransformerEmbedder`` (``_embedding``): offline
  sentence embeddings on the bundled all-MiniLM-L6-v2.
- ``Labeler`` / ``DetectorLabeler`` (``_labels``): document sensitivity
  from path rules (the policy's ``knowledge.paths``) and the router's
  detectors.

Errors: ``KnowledgeError`` and subclasses (``_errors``), all ``EngineError``.
"""

from __future__ import annotations

from pathlib import Path

from app.engines.knowledge._base import IngestOptions, KnowledgeBase
from app.engines.knowledge._embedding import (
    Embedder,
    SentenceTransformerEmbedder,
    default_model_path,
    prepare_offline_environment,
)
from app.engines.knowledge._errors import EmbeddingModelError, KnowledgeError, StoreError
from app.engines.knowledge._labels import DetectorLabeler, DocumentLabel, Labeler
from app.engines.knowledge._manifest import DocumentRecord
from app.engines.knowledge._types import (
    FileReport,
    IndexProgress,
    IndexReport,
    Outcome,
    RetrievedChunk,
)
from app.engines.knowledge._worker import IndexWorker
from router.levels import Level

__all__ = [
    "DetectorLabeler",
    "DocumentLabel",
    "DocumentRecord",
    "Embedder",
    "EmbeddingModelError",
    "FileReport",
    "IndexProgress",
    "IndexReport",
    "IndexWorker",
    "IngestOptions",
    "KnowledgeBase",
    "KnowledgeError",
    "Labeler",
    "Outcome",
    "RetrievedChunk",
    "SentenceTransformerEmbedder",
    "StoreError",
    "default_model_path",
    "open_default",
    "prepare_offline_environment",
]


def open_default(
    directory: Path,
    *,
    path_rules: tuple[tuple[str, Level], ...] = (),
    options: IngestOptions | None = None,
) -> KnowledgeBase:
    """The knowledge base in ``directory`` with the bundled model and default labeler.

    ``path_rules`` are the policy's ``knowledge.paths`` as ``(glob, Level)``.
    """
    return KnowledgeBase(
        directory,
        SentenceTransformerEmbedder(),
        labeler=DetectorLabeler(path_rules),
        options=options,
    )
