"""Knowledge base: is indexing embedding-bound, and is search fast at 50k chunks?

1. Ingest throughput: a folder of Markdown files (built from the public
   prompts in ../shared/data) is indexed with ``KnowledgeBase.sync``; in the
   same run the same chunk texts are embedded directly. The ratio ingest /
   raw (target >= 0.8) says how much the rest (reading, chunking, labelling,
   writing) costs next to the embedding.
2. Query latency: the store is filled to 10k, then 50k chunks (vectors of
   real embeddings of the corpus plus noise, so HNSW sees realistic
   neighbourhoods without hours of embedding), and ``KnowledgeBase.search``
   is timed end to end — query embedding included — with and without a
   level filter (target p95 <= 50 ms at 50k); the query embedding alone is
   timed too, to tell the model's share from the store's.

    python benchmarks/knowledge.py [--files 40] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.engines.knowledge import (  # noqa: E402
    KnowledgeBase,
    Outcome,
    SentenceTransformerEmbedder,
)
from app.engines.knowledge._chunking import chunk_document  # noqa: E402
from app.engines.knowledge._loaders import load  # noqa: E402
from app.engines.knowledge._manifest import new_record  # noqa: E402
from router.levels import Level  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "benign" / "arena_hard_prompts_1250.jsonl"


def prompts() -> list[str]:
    if DATA.exists():
        return [
            json.loads(line)["text"]
            for line in DATA.read_text(encoding="utf-8").split("\n")
            if line.strip()
        ]
    return [f"Note {i}: the policy requires receipts within {i} days." * 5 for i in range(1250)]


def build_folder(root: Path, files: int) -> None:
    texts = prompts()
    root.mkdir(parents=True)
    per_file = max(1, len(texts) // files)
    for i in range(files):
        body = "\n\n".join(
            f"## Topic {j}\n\n{t}" for j, t in enumerate(texts[i * per_file : (i + 1) * per_file])
        )
        (root / f"note{i:04d}.md").write_text(f"# Note {i}\n\n{body}\n")


def ingest(workdir: Path, embedder: SentenceTransformerEmbedder, files: int) -> None:
    folder = workdir / "docs"
    build_folder(folder, files)
    chunk_texts = [
        c.embedding_text()
        for path in sorted(folder.iterdir())
        for c in chunk_document(load(path, path.read_bytes()))
    ]
    embedder.embed(chunk_texts[:64])  # warm-up
    start = time.perf_counter()
    embedder.embed(chunk_texts)
    raw = len(chunk_texts) / (time.perf_counter() - start)

    kb = KnowledgeBase(workdir / "store-ingest", embedder)
    start = time.perf_counter()
    report = kb.sync([folder])
    seconds = time.perf_counter() - start
    assert len(report.of(Outcome.INDEXED)) == files, report.counts()
    rate = report.chunks_embedded / seconds
    start = time.perf_counter()
    again = kb.sync([folder])
    resync = time.perf_counter() - start
    print(f"ingest: {files} files, {report.chunks_embedded} chunks "
          f"(mean {statistics.mean(map(len, chunk_texts)):.0f} chars)")  # fmt: skip
    print(f"  raw embedding   {raw:8.1f} chunks/s")
    print(f"  ingest (sync)   {rate:8.1f} chunks/s   ratio {rate / raw:.2f}  (target >= 0.80)")
    print(f"  re-sync unchanged folder: {resync * 1000:.0f} ms, "
          f"{again.chunks_embedded} chunks embedded")  # fmt: skip
    kb.close()


def fill(
    kb: KnowledgeBase, base: np.ndarray, texts: list[str], target: int, rng: np.random.Generator
) -> None:
    """Add documents of 10 chunks until the store holds ``target`` chunks."""
    store = kb._store
    while store.count() < target:
        docs = []
        for _ in range(50):
            rows = rng.integers(0, len(base), size=10)
            vectors = base[rows] + rng.normal(0, 0.05, size=(10, base.shape[1])).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            level = Level(int(rng.integers(0, 4)))
            docs.append((f"/bench/{uuid.uuid4().hex}.md", uuid.uuid4().hex, rows, vectors, level))
        for path, generation, rows, vectors, level in docs:
            store.manifest.begin_generation(generation, path)
            store.add(
                [f"{generation}:{i}" for i in range(10)],
                vectors,
                [texts[r] for r in rows],
                [
                    {
                        "path": path,
                        "generation": generation,
                        "level": int(level),
                        "chunk": i,
                        "start": 0,
                        "end": 0,
                        "line": 1,
                    }
                    for i in range(10)
                ],
            )
            store.manifest.commit_document(
                new_record(
                    path=path,
                    generation=generation,
                    sha256="0",
                    size=0,
                    mtime_ns=0,
                    kind="markdown",
                    level=level,
                    reasons=(),
                    label_fingerprint="bench",
                    chunks=10,
                )
            )


def latency(kb: KnowledgeBase, queries: list[str], max_level: Level | None) -> tuple[float, float]:
    times = []
    for q in queries:
        start = time.perf_counter()
        hits = kb.search(q, k=5, max_level=max_level)
        times.append((time.perf_counter() - start) * 1000)
        assert hits
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def queries_bench(
    workdir: Path, embedder: SentenceTransformerEmbedder, n_queries: int, n_base: int = 300
) -> None:
    # A few hundred real embeddings seed the synthetic neighbourhoods.
    texts = [t[:1000] for t in prompts()[:n_base]]
    base = embedder.embed(texts)
    rng = np.random.default_rng(7)
    queries = [texts[int(i)][:100] for i in rng.integers(0, len(texts), size=n_queries)]
    times = []
    for q in queries:
        start = time.perf_counter()
        embedder.embed([q])
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"query embedding alone   p50 {statistics.median(times):6.1f} ms   "
          f"p95 {times[int(0.95 * (len(times) - 1))]:6.1f} ms")  # fmt: skip
    kb = KnowledgeBase(workdir / "store-query", embedder)
    for target in (10_000, 50_000):
        start = time.perf_counter()
        fill(kb, base, texts, target, rng)
        print(
            f"store at {kb._store.count()} chunks (filled in {time.perf_counter() - start:.0f} s)"
        )
        for label, max_level in (("no filter", None), ("max internal", Level.INTERNAL)):
            latency(kb, queries[:10], max_level)  # warm-up
            p50, p95 = latency(kb, queries, max_level)
            print(
                f"  search {label:<13} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   (target p95 <= 50)"
            )
    kb.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder()
    with tempfile.TemporaryDirectory(prefix="edgewise-kb-bench-") as tmp:
        if not args.skip_ingest:
            ingest(Path(tmp), embedder, args.files)
        if not args.skip_queries:
            queries_bench(Path(tmp), embedder, args.queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
