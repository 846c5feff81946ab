"""The on-disk store: a chromadb collection of chunks plus the manifest.

Layout of the store folder::

    manifest.sqlite3   which generation of which file is live (see _manifest)
    chroma/            the chromadb PersistentClient (vectors, text, metadata)

Opening the store checks both halves: the manifest's SQLite integrity and
schema, that chromadb opens and answers a query, that no live chunk is
missing, and that the store was built with the same embedding model. A store
that fails is moved aside (``<folder>.corrupt-<time>``, the newest one kept
for support) and a fresh one is created; ``notices`` says so in plain words.
The folders the user indexed are remembered across a rebuild when the
manifest could still be read, so the next sync re-indexes them.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from app.engines.knowledge._embedding import ChromaEmbeddingFunction, Embedder, Vectors
from app.engines.knowledge._errors import StoreError
from app.engines.knowledge._manifest import SCHEMA_VERSION, Manifest, ManifestCorrupt

log = logging.getLogger(__name__)

COLLECTION = "chunks"
MANIFEST_FILE = "manifest.sqlite3"
CHROMA_DIR = "chroma"

Metadata = Mapping[str, str | int | float | bool]


class _Corrupt(Exception):
    pass


class Store:
    """The chunk collection and its manifest; use ``Store.open``."""

    def __init__(self, directory: Path, manifest: Manifest, client: Any, collection: Any) -> None:
        self.directory = directory
        self.manifest = manifest
        self._client = client
        self._collection = collection
        self._lock = threading.RLock()
        self.notices: list[str] = []

    @classmethod
    def open(cls, directory: Path, embedder: Embedder) -> Store:
        """Open (creating, repairing or rebuilding as needed) the store in ``directory``."""
        try:
            store = cls._open_checked(directory, embedder)
        except _Corrupt as exc:
            roots = _readable_roots(directory)
            backup = _move_aside(directory)
            log.warning("knowledge store %s rebuilt: %s", directory, exc)
            try:
                store = cls._open_checked(directory, embedder)
            except _Corrupt as again:
                raise StoreError(
                    f"Could not create a fresh knowledge store in {directory} ({again}). "
                    "Fix: check that the folder is writable and the disk is not full."
                ) from again
            store.manifest.add_roots(roots)
            store.notices.append(
                f"The knowledge store in {directory} was damaged ({exc}); it was moved to "
                f"{backup} and a new, empty store was created. Run `edgewise index` again "
                "to re-index your files."
            )
        return store

    @classmethod
    def _open_checked(cls, directory: Path, embedder: Embedder) -> Store:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the knowledge folder {directory} ({exc.strerror}). "
                "Fix: make the folder writable or set EDGEWISE_HOME to one that is."
            ) from exc
        try:
            manifest = Manifest(directory / MANIFEST_FILE)
        except ManifestCorrupt as exc:
            raise _Corrupt(f"the manifest is not readable: {exc}") from exc
        try:
            version = manifest.get_meta("schema")
            if version is not None and version != SCHEMA_VERSION:
                raise _Corrupt(f"the manifest has schema {version}, expected {SCHEMA_VERSION}")
            model = manifest.get_meta("embedding_model")
            if model is not None and model != embedder.name:
                raise _Corrupt(
                    f"it was built with the embedding model {model!r}, not {embedder.name!r}"
                )
            client, collection = _open_chroma(directory / CHROMA_DIR, embedder)
            store = cls(directory, manifest, client, collection)
            store._finish_interrupted()
            store._check_consistency()
            manifest.set_meta("schema", SCHEMA_VERSION)
            manifest.set_meta("embedding_model", embedder.name)
        except BaseException:
            manifest.close()
            raise
        return store

    def close(self) -> None:
        """Release the manifest; chromadb persists on every write."""
        self.manifest.close()

    # -- integrity -------------------------------------------------------------

    def _finish_interrupted(self) -> None:
        """Delete the chunks of generations an interrupted run left behind."""
        for generation in self.manifest.pending():
            self.delete_generation(generation)
            self.manifest.forget_generation(generation)

    def _check_consistency(self) -> None:
        try:
            count = int(self._collection.count())
            if count:
                probe = np.zeros((1, self._dimension_hint()), dtype=np.float32)
                probe[0, 0] = 1.0
                self._collection.query(query_embeddings=probe, n_results=1, include=[])
        except Exception as exc:
            raise _Corrupt(
                f"the vector store does not answer: {type(exc).__name__}: {exc}"
            ) from exc
        expected = self.manifest.total_chunks()
        if count < expected:
            raise _Corrupt(f"{expected - count} of {expected} indexed chunks are missing")

    def _dimension_hint(self) -> int:
        sample = self._collection.peek(limit=1)
        embeddings = sample.get("embeddings")
        if embeddings is None or len(embeddings) == 0:
            raise _Corrupt("a stored chunk has no vector")
        return len(embeddings[0])

    # -- chunks ----------------------------------------------------------------

    def count(self) -> int:
        """Chunks physically in the collection (live or not)."""
        try:
            return int(self._collection.count())
        except Exception as exc:
            raise self._failed("read", exc) from exc

    def add(
        self,
        ids: Sequence[str],
        vectors: Vectors,
        documents: Sequence[str],
        metadatas: Sequence[Metadata],
    ) -> None:
        """Write chunks with precomputed vectors (chromadb never embeds itself)."""
        step = max(1, int(self._client.get_max_batch_size()))
        try:
            for i in range(0, len(ids), step):
                self._collection.add(
                    ids=list(ids[i : i + step]),
                    embeddings=vectors[i : i + step],
                    documents=list(documents[i : i + step]),
                    metadatas=[dict(m) for m in metadatas[i : i + step]],
                )
        except Exception as exc:
            raise StoreError(
                f"Could not write to the knowledge store in {self.directory} ({exc}). "
                "Fix: check free disk space; the next `edgewise index` completes the work."
            ) from exc

    def update_metadatas(self, ids: Sequence[str], metadatas: Sequence[Metadata]) -> None:
        """Update the given metadata keys of existing chunks (relabelling)."""
        try:
            self._collection.update(ids=list(ids), metadatas=[dict(m) for m in metadatas])
        except Exception as exc:
            raise self._failed("update", exc) from exc

    def delete_generation(self, generation: str) -> None:
        """Delete every chunk of ``generation``."""
        try:
            self._collection.delete(where={"generation": generation})
        except Exception as exc:
            raise self._failed("delete from", exc) from exc

    def _failed(self, action: str, exc: Exception) -> StoreError:
        return StoreError(
            f"Could not {action} the knowledge store in {self.directory} "
            f"({type(exc).__name__}: {exc}). Fix: check free disk space and permissions; "
            "if it persists, delete that folder and run `edgewise index` again."
        )

    def query(
        self, vector: Vectors, n_results: int, where: dict[str, Any] | None
    ) -> list[tuple[str, str, dict[str, Any], float]]:
        """Nearest chunks as ``(id, text, metadata, distance)``, best first."""
        try:
            result = self._collection.query(
                query_embeddings=vector.reshape(1, -1),
                n_results=n_results,
                where=where,
                include=["documents", "metadatas", "distances"],
            )
        except Exception as exc:
            raise self._failed("search", exc) from exc
        ids = result["ids"][0]
        documents = (result.get("documents") or [[]])[0]
        metadatas = (result.get("metadatas") or [[]])[0]
        distances = (result.get("distances") or [[]])[0]
        return [
            (str(i), str(doc or ""), dict(meta or {}), float(dist))
            for i, doc, meta, dist in zip(ids, documents, metadatas, distances, strict=True)
        ]


def _open_chroma(path: Path, embedder: Embedder) -> tuple[Any, Any]:
    try:
        import chromadb
        from chromadb.config import Settings

        client = chromadb.PersistentClient(
            path=str(path),
            settings=Settings(anonymized_telemetry=False, allow_reset=False),
        )
        collection = client.get_or_create_collection(
            COLLECTION,
            embedding_function=ChromaEmbeddingFunction(embedder),  # type: ignore[arg-type]
            configuration={"hnsw": {"space": "cosine"}},
        )
    except Exception as exc:
        raise _Corrupt(f"chromadb cannot open it: {type(exc).__name__}: {exc}") from exc
    return client, collection


def _readable_roots(directory: Path) -> list[str]:
    try:
        manifest = Manifest(directory / MANIFEST_FILE)
    except (ManifestCorrupt, OSError):
        return []
    try:
        return manifest.roots()
    except Exception:
        return []
    finally:
        manifest.close()


def _move_aside(directory: Path) -> Path:
    """Move a broken store out of the way, keeping only the newest broken copy."""
    _forget_chroma_clients()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = directory.with_name(f"{directory.name}.corrupt-{stamp}")
    for old in directory.parent.glob(f"{directory.name}.corrupt-*"):
        shutil.rmtree(old, ignore_errors=True)
    try:
        directory.rename(backup)
    except OSError as exc:
        raise StoreError(
            f"The knowledge store in {directory} is damaged and could not be moved aside "
            f"({exc.strerror}). Fix: delete that folder and run `edgewise index` again."
        ) from exc
    return backup


def _forget_chroma_clients() -> None:
    # chromadb caches one client system per path; after moving the folder the
    # cached one would keep serving the old, broken files.
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    except Exception:  # noqa: S110 - best effort: a fresh process has no cache
        pass
