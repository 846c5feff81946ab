"""Knowledge retrieval for the request path: the knowledge base seen as a retriever.

Opening the knowledge base loads the embedding model (seconds), so it happens
on the first question, and only when a store exists. Only chunks close enough
to the question are passed on: an irrelevant confidential document would
otherwise both crowd the small local model's window and keep a harmless
question from the cloud.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from router.levels import Level
from router.payload import Chunk

if TYPE_CHECKING:
    from app.engines.knowledge import KnowledgeBase

log = logging.getLogger(__name__)

# Cosine similarity below which a chunk is not worth sending (all-MiniLM-L6-v2).
MIN_SCORE = 0.35

Opener = Callable[[Path, tuple[tuple[str, Level], ...]], "KnowledgeBase"]


def _open_default(directory: Path, rules: tuple[tuple[str, Level], ...]) -> KnowledgeBase:
    from app.engines.knowledge import open_default

    return open_default(directory, path_rules=rules)


class KnowledgeRetriever:
    """Retrieves chunks (with their document levels) for ``Copilot``."""

    def __init__(
        self,
        directory: Path,
        path_rules: tuple[tuple[str, Level], ...] = (),
        *,
        min_score: float = MIN_SCORE,
        opener: Opener = _open_default,
    ) -> None:
        self.directory = directory
        self.path_rules = path_rules
        self.min_score = min_score
        self._opener = opener
        self._kb: KnowledgeBase | None = None
        self._lock = threading.Lock()
        self.last_error: str | None = None

    def available(self) -> bool:
        """True when a knowledge store has been created on this machine."""
        return self.directory.is_dir() and any(self.directory.iterdir())

    def retrieve(self, query: str, limit: int) -> Sequence[Chunk]:
        """Up to ``limit`` relevant chunks; none when there is no store or it fails."""
        if not self.available():
            return []
        from app.engines.errors import EngineError

        try:
            with self._lock:
                if self._kb is None:
                    self._kb = self._opener(self.directory, self.path_rules)
                kb = self._kb
            hits = kb.search(query, k=limit)
        except EngineError as exc:
            # The answer goes on without documents; nothing sensitive can leak this way.
            self.last_error = str(exc)
            log.warning("knowledge search failed: %s", exc)
            return []
        self.last_error = None
        return [
            Chunk(text=h.text, level=h.level, source=str(h.source))
            for h in hits
            if h.score >= self.min_score
        ]

    def close(self) -> None:
        with self._lock:
            if self._kb is not None:
                self._kb.close()
                self._kb = None
