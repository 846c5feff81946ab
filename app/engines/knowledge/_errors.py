"""Errors the knowledge base raises; part of the engines' ``EngineError`` family.

    EngineError
    └── KnowledgeError            the knowledge base cannot do what was asked
        ├── EmbeddingModelError   the embedding model cannot be loaded or run
        └── StoreError            the on-disk store cannot be opened or written

Every message says what is wrong and how to fix it. A *corrupt* store is not an
error for the caller: it is moved aside and rebuilt, and a notice says so.
"""

from __future__ import annotations

from app.engines.errors import EngineError


class KnowledgeError(EngineError):
    """Base class of every knowledge-base error."""


class EmbeddingModelError(KnowledgeError):
    """The embedding model is missing or failed to load or run."""


class StoreError(KnowledgeError):
    """The store could not be opened, written or rebuilt."""
