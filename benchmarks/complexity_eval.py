"""How well the complexity score picks the queries the local model gets wrong.

    .venv/bin/python benchmarks/complexity_eval.py [--data DIR] [--model FILE] [--no-speed]

Data: lm-sys/RouteLLM evals in ``../shared/data/complexity`` (weak model
Mixtral-8x7B, strong model GPT-4-1106). Split (``complexity_data.py``): the
model was fitted on MMLU subjects at even positions of the sorted subject list
and even-numbered GSM8K questions; this script reports the held-out MMLU
subjects, the held-out GSM8K questions and MT-bench (never fitted) apart, and
the fitting rows only as an in-sample reference.

How ``hard_both_wrong`` is treated: it is not a query the cloud fixes, so it
is never counted as a "hard" query caught, but it stays in the population,
because in real use it is sent (and paid for) like any other. AUC is
reported for ``hard`` vs ``easy`` (the issue's measure, both-wrong left out)
and for "weak model wrong" vs "weak model right" (what the score estimates).

Routing curve: send the highest-scoring queries first; x = share of all
queries sent, y = share of ``hard`` queries sent. "Saving" is 1 - x at the
point where y first reaches 80% / 95%. A random router needs x = y, so it
saves 20% / 5%. RouteLLM's own headline (about 45% fewer GPT-4 calls on MMLU,
35% on GSM8K) is measured differently: the share sent until the mixed
answers reach 95% of GPT-4's *accuracy*; this script prints that figure too,
with the random router's figure next to it.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from complexity_data import DEFAULT_DATA, Row, load_mt_bench, load_split
from complexity_metrics import (
    random_share_at_quality,
    roc_auc,
    routing_curve,
    share_sent_at_quality,
    share_sent_at_recall,
    threshold_at_recall,
)

from router.complexity import ComplexityModel, ComplexityScorer, default_scorer

ARENA_FILE = "benign/arena_hard_prompts_1250.jsonl"
CURVE_POINTS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# MT-bench has no right/wrong: a question counts as "hard" when the judge
# scored the strong model at least this much higher (mean of both turns).
MT_BENCH_GAP = 1.0


def caught_at(curve: Sequence[tuple[float, float]], share: float) -> float:
    """Share of hard queries caught once ``share`` of all queries is sent."""
    best = 0.0
    for sent, caught in curve:
        if sent <= share + 1e-12:
            best = caught
    return best


def report_labelled(name: str, rows: Sequence[Row], scores: Sequence[float]) -> None:
    """AUC, routing curve, savings and RouteLLM's quality view for one set."""
    hard = [r.label == "hard" for r in rows]
    easy_or_hard = [i for i, r in enumerate(rows) if r.label != "hard_both_wrong"]
    auc_hard = roc_auc([scores[i] for i in easy_or_hard], [hard[i] for i in easy_or_hard])
    auc_fail = roc_auc(scores, [r.local_fails for r in rows])
    n_both = sum(r.label == "hard_both_wrong" for r in rows)
    print(f"\n== {name}: {len(rows)} queries ({sum(hard)} hard, {n_both} both wrong)")
    print(f"ROC AUC hard vs easy: {auc_hard:.3f}   weak-wrong vs weak-right: {auc_fail:.3f}")
    curve = routing_curve(scores, hard)
    points = "  ".join(f"{int(s * 100)}%->{caught_at(curve, s) * 100:.0f}%" for s in CURVE_POINTS)
    print(f"routing curve (share sent -> share of hard sent): {points}")
    for recall in (0.8, 0.95):
        sent = share_sent_at_recall(curve, recall)
        thr = threshold_at_recall(scores, hard, recall)
        print(
            f"{int(recall * 100)}% of hard reach the cloud: {sent * 100:.1f}% of queries sent, "
            f"saving {(1 - sent) * 100:.1f}% (random: {(1 - recall) * 100:.0f}%), "
            f"threshold {thr:.3f}"
        )
    weak = [r.weak_correct for r in rows]
    strong = [r.strong_correct for r in rows]
    n = len(rows)
    sent_q = share_sent_at_quality(scores, weak, strong, 0.95)
    rand_q = random_share_at_quality(weak, strong, 0.95)
    print(
        f"RouteLLM view: weak acc {sum(weak) / n:.3f}, strong acc {sum(strong) / n:.3f}; "
        f"95% of strong accuracy with {sent_q * 100:.1f}% sent "
        f"(saving {(1 - sent_q) * 100:.1f}%; random router: saving {(1 - rand_q) * 100:.1f}%)"
    )


def report_mt_bench(scorer: ComplexityScorer, data: Path) -> None:
    """MT-bench: judge scores instead of right/wrong; never used for fitting."""
    rows = load_mt_bench(data)
    # The second turn is sent with the first as history, so the whole
    # conversation is what gets scored.
    scores = [scorer.score("\n\n".join(r.turns)).score for r in rows]
    weak = [statistics.fmean(r.weak_scores) for r in rows]
    strong = [statistics.fmean(r.strong_scores) for r in rows]
    hard = [s - w >= MT_BENCH_GAP for w, s in zip(weak, strong, strict=True)]
    print(f"\n== MT-bench (never fitted): {len(rows)} questions, {sum(hard)} hard ")
    print(f"   (hard = strong judged >= {MT_BENCH_GAP:g} point above weak, mean of 2 turns)")
    print(f"ROC AUC hard vs rest: {roc_auc(scores, hard):.3f}")
    curve = routing_curve(scores, hard)
    for recall in (0.8, 0.95):
        sent = share_sent_at_recall(curve, recall)
        print(
            f"{int(recall * 100)}% of hard reach the cloud: {sent * 100:.1f}% sent, "
            f"saving {(1 - sent) * 100:.1f}% (random: {(1 - recall) * 100:.0f}%)"
        )
    target = 0.95 * statistics.fmean(strong)
    total = sum(weak)
    sent_q = 0.0
    if total / len(rows) < target:
        for k, i in enumerate(sorted(range(len(rows)), key=lambda i: -scores[i]), start=1):
            total += strong[i] - weak[i]
            if total / len(rows) >= target:
                sent_q = k / len(rows)
                break
    print(
        f"RouteLLM view: weak mean {statistics.fmean(weak):.2f}, strong "
        f"{statistics.fmean(strong):.2f}; 95% of strong with {sent_q * 100:.1f}% sent "
        f"(saving {(1 - sent_q) * 100:.1f}%)"
    )
    # The signs of the hand-set cue weights were chosen knowing MT-bench's
    # per-category gaps, so MT-bench is not fully unseen for them: show the
    # score without them too.
    fitted_only = ComplexityScorer(
        replace(
            scorer.model,
            dense={
                n: dw if dw.fitted else replace(dw, weight=0.0)
                for n, dw in scorer.model.dense.items()
            },
        )
    )
    plain = [fitted_only.score("\n\n".join(r.turns)).score for r in rows]
    plain_curve = routing_curve(plain, hard)
    print(
        f"without the hand-set weights: AUC {roc_auc(plain, hard):.3f}, saving at 80% / 95% "
        f"of hard: {(1 - share_sent_at_recall(plain_curve, 0.8)) * 100:.1f}% / "
        f"{(1 - share_sent_at_recall(plain_curve, 0.95)) * 100:.1f}%"
    )
    by_cat: dict[str, list[float]] = {}
    for r, s in zip(rows, scores, strict=True):
        by_cat.setdefault(r.category, []).append(s)
    gaps: dict[str, list[float]] = {}
    for r, w, s in zip(rows, weak, strong, strict=True):
        gaps.setdefault(r.category, []).append(s - w)
    cats = sorted(by_cat, key=lambda c: -statistics.fmean(by_cat[c]))
    print(
        "mean score by category (judge gap strong-weak): "
        + ", ".join(
            f"{c} {statistics.fmean(by_cat[c]):.2f} ({statistics.fmean(gaps[c]):+.1f})"
            for c in cats
        )
    )


def _real_texts(data: Path) -> list[str]:
    """Real prompts (arena-hard user prompts and GSM8K questions) for the timing."""
    texts = [r.text for r in load_split(data)["gsm8k_eval"]]
    arena = data.parent / ARENA_FILE
    with arena.open(encoding="utf-8") as fh:
        texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def _payload(texts: Sequence[str], size: int, rng: random.Random) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(rng.choice(texts))
        total += len(parts[-1]) + 1
    return "\n".join(parts)[:size]


def report_speed(scorer: ComplexityScorer, data: Path) -> None:
    """Per-call time of the score on real prompts joined up to 1k / 8k / 64k characters.

    The decision as a whole (detectors + policy + this score) is timed by
    ``benchmarks/router_latency.py``; this is the score's own share.
    """
    print("\n== speed of the score alone (per call, real prompts cut to size, this machine)")
    rng = random.Random(7)
    texts = _real_texts(data)
    for chars in (1_000, 8_000, 64_000):
        payloads = [_payload(texts, chars, rng) for _ in range(20)]
        times = []
        for k in range(400):
            t0 = time.perf_counter()
            scorer.score(payloads[k % len(payloads)])
            times.append((time.perf_counter() - t0) * 1e3)
        times.sort()
        p99 = times[int(0.99 * (len(times) - 1))]
        print(
            f"{chars // 1000:>3}k chars: p50 {statistics.median(times):.3f} ms, "
            f"p99 {p99:.3f} ms, max {times[-1]:.3f} ms"
        )


def _share_at(scores: Sequence[float], thr: float, mask: Sequence[bool] | None = None) -> float:
    """Share of ``scores`` (or of those where ``mask`` is true) at or over ``thr``."""
    picked = [s >= thr for s in scores]
    if mask is None:
        return sum(picked) / len(picked)
    return sum(p for p, m in zip(picked, mask, strict=True) if m) / sum(mask)


def report_thresholds(
    scorer: ComplexityScorer,
    data: Path,
    split: dict[str, list[Row]],
    scored: dict[str, list[float]],
) -> None:
    """What a policy ``complexity.cloud_threshold`` means on each data set."""
    pooled = split["mmlu_eval"] + split["gsm8k_eval"]
    pooled_scores = scored["mmlu_eval"] + scored["gsm8k_eval"]
    hard = [r.label == "hard" for r in pooled]
    mt = load_mt_bench(data)
    mt_scores = [scorer.score("\n\n".join(r.turns)).score for r in mt]
    mt_hard = [
        statistics.fmean(r.strong_scores) - statistics.fmean(r.weak_scores) >= MT_BENCH_GAP
        for r in mt
    ]
    with (data.parent / ARENA_FILE).open(encoding="utf-8") as fh:
        arena = [json.loads(line)["text"] for line in fh if line.strip()]
    arena_scores = [scorer.score(t).score for t in arena]
    print("\n== what complexity.cloud_threshold means (send when score >= threshold)")
    print(
        "threshold | held-out MMLU+GSM8K: sent, hard caught | MT-bench: sent, hard caught "
        "| arena-hard real prompts: sent"
    )
    for thr in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7):
        cols = (
            _share_at(pooled_scores, thr),
            _share_at(pooled_scores, thr, hard),
            _share_at(mt_scores, thr),
            _share_at(mt_scores, thr, mt_hard),
            _share_at(arena_scores, thr),
        )
        a, b, c, d, e = (f"{v * 100:5.1f}%" for v in cols)
        print(f"   {thr:4.2f}   | {a}  {b}        | {c}  {d}       | {e}")


def main(argv: list[str] | None = None) -> int:
    """Print AUC, routing curves and savings per evaluation set, then the speed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", type=Path, help="model file (default: the bundled one)")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing section")
    args = parser.parse_args(argv)

    scorer = (
        ComplexityScorer(ComplexityModel.from_file(args.model)) if args.model else default_scorer()
    )
    prov = scorer.model.provenance
    print(f"model: {prov.get('trainer', '?')}, fitted on {prov.get('fit_rows', '?')} rows")
    print(f"fitting split: {prov.get('fit_split', '?')}")
    split = load_split(args.data)
    scored = {k: [scorer.score(r.text).score for r in rows] for k, rows in split.items()}
    report_labelled("MMLU, held-out subjects", split["mmlu_eval"], scored["mmlu_eval"])
    report_labelled("GSM8K, held-out questions", split["gsm8k_eval"], scored["gsm8k_eval"])
    both = split["mmlu_eval"] + split["gsm8k_eval"]
    report_labelled(
        "MMLU + GSM8K held out, pooled", both, scored["mmlu_eval"] + scored["gsm8k_eval"]
    )
    report_labelled("fitting rows (in-sample, for reference only)", split["fit"], scored["fit"])
    report_mt_bench(scorer, args.data)
    report_thresholds(scorer, args.data, split, scored)
    if not args.no_speed:
        report_speed(scorer, args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
