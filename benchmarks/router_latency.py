"""Decision latency of the router: p50/p99 of ``decide`` at 1k, 8k and 64k characters.

Payloads are built from the shared evaluation data (real prompts, a mix of
benign, PII and credential text) cut to length, and decided with the bundled
default policy in what-if mode (online, healthy endpoint), so every stage runs:
all detectors, the policy's rules, the complexity score and the rules.
The target: p99 <= 5 ms at 8k characters. Also shown: the share of the time
spent in the detectors and the complexity score, and ``route``-style
throughput over 1,000 real prompts.

Run: .venv/bin/python benchmarks/router_latency.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from router import Context, Payload, complexity, decide, detectors  # noqa: E402  # noqa: E402
from router.policy import load_file  # noqa: E402
from router.policy.sources import bundled_default_path  # noqa: E402

FILES = (
    "benign/arena_hard_prompts_1250.jsonl",
    "sensitive/presidio_synth_v2_1500.jsonl",
    "sensitive/credsweeper_expected_lines.jsonl",
    "complexity/routellm_gsm8k.jsonl",
)
SIZES = (1_000, 8_000, 64_000)
RUNS = {1_000: 400, 8_000: 200, 64_000: 40}
MIN_RUNS = 20
BUDGET_S = 15.0  # per size, so a slow build still finishes in about a minute
PAYLOADS_PER_SIZE = 20


def _texts(data: Path) -> list[str]:
    texts = []
    for name in FILES:
        with (data / name).open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def _payloads(texts: list[str], size: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(PAYLOADS_PER_SIZE):
        parts, total = [], 0
        while total < size:
            t = rng.choice(texts)
            parts.append(t)
            total += len(t) + 1
        out.append("\n".join(parts)[:size])
    return out


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def _time_ms(fn: object, arg: str) -> float:
    start = time.perf_counter()
    fn(arg)  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"{args.data}: not found; pass --data PATH to the shared evaluation data")
        return 2

    rng = random.Random(args.seed)
    texts = _texts(args.data)
    policy = load_file(bundled_default_path())
    context = Context.what_if_online()
    names = detectors.available()
    ctx_tokens = policy.complexity.local_context_tokens

    print(f"router decision latency, bundled default policy, {len(names)} detectors")
    print(
        f"{'chars':>7} {'runs':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'detect p50':>11} {'complex p50':>12} {'engine p50':>10} {'engine p99':>10}"
    )
    print("(engine = decide with the detectors stubbed out: policy rules, terms, complexity,")
    print(" decision; detect / complex = the detectors / complexity score alone)")
    results: dict[int, float] = {}
    engine_p99: dict[int, float] = {}
    for size in SIZES:
        payloads = _payloads(texts, size, rng)
        for p in payloads[:3]:  # warm caches and lazy compiles
            decide(Payload(p), context, policy)
        total, detect, comp, engine = [], [], [], []
        deadline = time.perf_counter() + BUDGET_S
        for i in range(RUNS[size]):
            if i >= MIN_RUNS and time.perf_counter() > deadline:
                break
            text = payloads[i % len(payloads)]
            total.append(_time_ms(lambda t: decide(Payload(t), context, policy), text))
            detect.append(_time_ms(lambda t: detectors.scan(t, names), text))
            comp.append(
                _time_ms(lambda t: complexity.score(t, local_context_tokens=ctx_tokens), text)
            )
            # The policy engine alone: detectors answer instantly, everything else runs.
            real_scan = detectors.scan
            detectors.scan = lambda t, n=None: []  # type: ignore[assignment]
            try:
                engine.append(_time_ms(lambda t: decide(Payload(t), context, policy), text))
            finally:
                detectors.scan = real_scan  # type: ignore[assignment]
        p50, p99 = statistics.median(total), _percentile(total, 99)
        results[size] = p99
        engine_p99[size] = _percentile(engine, 99)
        print(
            f"{size:>7} {len(total):>5} {p50:>8.2f} {p99:>8.2f} {max(total):>8.2f} "
            f"{statistics.median(detect):>11.2f} {statistics.median(comp):>12.2f} "
            f"{statistics.median(engine):>10.2f} {_percentile(engine, 99):>10.2f}"
        )

    prompts = [t for t in texts if len(t) < 4000][:1000]
    start = time.perf_counter()
    targets = [decide(Payload(t), context, policy).target.value for t in prompts]
    elapsed = time.perf_counter() - start
    print(
        f"\n{len(prompts)} real prompts decided in {elapsed:.2f} s "
        f"({len(prompts) / elapsed:.0f}/s); cloud {targets.count('cloud')}, "
        f"local {targets.count('local')}"
    )
    verdict = "meets" if results[8_000] <= 5.0 else "MISSES"
    print(f"p99 at 8k characters: {results[8_000]:.2f} ms ({verdict} the 5 ms target)")
    print(f"policy engine alone (detectors stubbed), p99 at 8k: {engine_p99[8_000]:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
