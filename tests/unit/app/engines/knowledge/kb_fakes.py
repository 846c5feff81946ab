"""A fast, deterministic stand-in embedder for the knowledge-base unit tests."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np


class HashingEmbedder:
    """Bag-of-words vectors: texts sharing words are close. Counts its work."""

    name = "test-hashing-64"
    dimension = 64

    def __init__(self) -> None:
        self.embedded = 0
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        self.embedded += len(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "big")
                out[row, h % self.dimension] += 1.0
            out[row, 0] += 1e-3  # never the zero vector
            out[row] /= np.linalg.norm(out[row])
        return out
