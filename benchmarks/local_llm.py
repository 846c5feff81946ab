"""Local engine speed against llama-cpp-python's raw ``generate`` loop.

Same GGUF, same thread count, same prompt tokens, greedy decoding, in one run,
interleaved so machine noise hits both sides alike. The raw loop generates
exactly as many tokens as the engine did in the same round. Prints tokens/s and
time-to-first-token for both and the engine/raw ratio (target: >= 0.95).

    .venv/bin/python benchmarks/local_llm.py [--rounds 5] [--max-tokens 128]
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from app.engines.base import GenerationOptions
from app.engines.local import LocalEngine

MESSAGES: list[Any] = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Write a long, detailed story about a lighthouse keeper."},
]


def run_engine(engine: LocalEngine, max_tokens: int) -> tuple[float, float, int]:
    llm = engine._ready_llm()
    llm.reset()  # no KV prefix reuse between rounds: both sides start cold
    start = time.perf_counter()
    stream = engine.chat(MESSAGES, GenerationOptions(max_tokens=max_tokens, temperature=0.0))
    first = None
    for _ in stream:
        if first is None:
            first = time.perf_counter()
    end = time.perf_counter()
    n = stream.usage.completion_tokens
    return (first or end) - start, n / (end - start), n


def run_raw(engine: LocalEngine, n_tokens: int) -> tuple[float, float, int]:
    llm = engine._ready_llm()
    llm.reset()
    start = time.perf_counter()
    prompt = engine.format_prompt(MESSAGES)
    tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
    first = None
    n = 0
    for _ in llm.generate(tokens, temp=0.0, top_k=40, top_p=0.95, repeat_penalty=1.1, reset=True):
        if first is None:
            first = time.perf_counter()
        n += 1
        if n >= n_tokens:
            break
    end = time.perf_counter()
    return (first or end) - start, n / (end - start), n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    engine = LocalEngine(n_threads=args.threads)
    t0 = time.perf_counter()
    engine.load()
    print(f"model: {engine.model_name}  threads: {engine.n_threads}  n_ctx: {engine.n_ctx}")
    print(f"load (verify sha256 + mmap): {time.perf_counter() - t0:.3f} s")
    run_engine(engine, 8)  # warm-up: page in weights, allocate buffers

    eng_ttft, eng_tps, raw_ttft, raw_tps, ratios = [], [], [], [], []
    for i in range(args.rounds):
        # Alternate who goes first so drift in machine load hits both sides alike.
        if i % 2 == 0:
            e_t, e_s, n = run_engine(engine, args.max_tokens)
            r_t, r_s, _ = run_raw(engine, n)
        else:
            r_t, r_s, _ = run_raw(engine, args.max_tokens)
            e_t, e_s, n = run_engine(engine, args.max_tokens)
        eng_ttft.append(e_t)
        eng_tps.append(e_s)
        raw_ttft.append(r_t)
        raw_tps.append(r_s)
        ratios.append(e_s / r_s)

    med = statistics.median
    print(f"{'':8}{'tokens/s':>12}{'TTFT ms':>12}")
    print(f"{'engine':8}{med(eng_tps):12.1f}{med(eng_ttft) * 1000:12.1f}")
    print(f"{'raw':8}{med(raw_tps):12.1f}{med(raw_ttft) * 1000:12.1f}")
    print(
        f"throughput ratio engine/raw: median {med(ratios):.3f} of {len(ratios)} paired rounds "
        f"(min {min(ratios):.3f}, max {max(ratios):.3f}; target >= 0.95)"
    )
    print(f"TTFT ratio raw/engine:       {med(raw_ttft) / med(eng_ttft):.3f}")


if __name__ == "__main__":
    main()
