"""Sensitivity detection on short conversational support and IT requests.

Usage::

    python benchmarks/conversational_eval.py [--data FILE] [--show-misses N] [--json]

Reads ``benchmarks/data/conversational_dev.jsonl`` (or ``--data``): requests
written for this project, each ``{"id", "text", "label", "category"}`` with
``label`` ``sensitive`` or ``harmless``. They stand for the text the router
meets in the field (typos, dropped vowels, indirect descriptions, other
countries' formats) next to harmless look-alikes (questions about a topic,
demo and test values, formats, how-tos).

Three sets, all written for this project: ``conversational_dev.jsonl`` (320,
written before the detectors were read and then tuned on),
``conversational_holdout.jsonl`` (200, measured once after the first round of
changes, then tuned on) and ``conversational_check.jsonl`` (80, written last,
measured once and never tuned on: keep it that way, pass it with ``--data``
and read only its per-category figures).

A request counts as flagged when its level is ``confidential`` or above under
``router.decide`` and the bundled default policy (the same classifier as
``sensitivity_eval.py``). Prints, per category and overall: recall on the
sensitive requests and the false-positive rate on the harmless ones.
``--show-misses`` lists missed sensitive requests and flagged harmless ones,
with what fired.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.sensitivity_eval import make_classifier, rows_of
from router.levels import Level

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "conversational_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not data.is_file():
        print(f"conversational set not found at {data}: pass --data FILE")
        return 2
    how, classify = make_classifier()
    print(f"levels from: {how}; data: {data}")

    # category -> label -> [rows, rows flagged]
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = []
    for row in rows_of(data):
        text = str(row["text"])
        label = str(row["label"])
        category = str(row["category"])
        result = classify(text)
        flagged = result.level >= Level.CONFIDENTIAL
        for key in (category, "ALL"):
            counts[key][label][0] += 1
            counts[key][label][1] += flagged
        wrong = flagged != (label == "sensitive")
        if wrong:
            kind = "MISS" if label == "sensitive" else "FP"
            shown = [(m.type, text[m.start : m.end][:30]) for m in result.matches]
            misses.append(f"{kind} {row['id']} [{result.level.label}] {shown} {text!r}")

    results: dict[str, dict[str, float]] = {}
    print(f"\n{'category':18} {'sensitive':>9} {'recall':>7} {'harmless':>9} {'FP rate':>8}")
    for category in sorted(counts, key=lambda c: (c == "ALL", c)):
        sens_n, sens_hit = counts[category]["sensitive"]
        harm_n, harm_hit = counts[category]["harmless"]
        recall = sens_hit / sens_n if sens_n else 0.0
        fp = harm_hit / harm_n if harm_n else 0.0
        results[category] = {"recall": round(recall, 4), "fp_rate": round(fp, 4)}
        print(f"{category:18} {sens_n:9} {recall:7.3f} {harm_n:9} {fp:8.3f}")

    if args.show_misses:
        print("\n-- misses and false positives --")
        for line in misses[: args.show_misses]:
            print(line)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
