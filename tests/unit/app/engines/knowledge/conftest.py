"""Fixtures for the knowledge-base unit tests.

The unit tests exercise the store, manifest and sync logic against a real
chromadb store with a fast bag-of-words embedder; the real embedding model is
used in tests/integration.
"""

from __future__ import annotations

import pytest
from kb_fakes import HashingEmbedder


@pytest.fixture
def embedder() -> HashingEmbedder:
    return HashingEmbedder()
