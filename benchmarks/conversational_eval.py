"""Sensitivity detection on short conversational support and IT requests.

Usage::

    python benchmarks/conversational_eval.py [--data FILE] [--show-misses N] [--json]
    python benchmarks/conversational_eval.py --all    # one line per set in benchmarks/data
    python benchmarks/conversational_eval.py --all --model FILE  # with a candidate model

Reads ``benchmarks/data/conversational_dev.jsonl`` (or ``--data``): requests
written for this project, each ``{"id", "text", "label", "category"}`` with
``label`` ``sensitive`` or ``harmless``. They stand for the text the router
meets in the field (typos, dropped vowels, indirect descriptions, other
countries' formats) next to harmless look-alikes (questions about a topic,
demo and test values, formats, how-tos).

The sets, their authors and their first (untuned) measurements are listed in
``benchmarks/data/README.md``. Files ending in ``check.jsonl`` are never tuned
on: pass them with ``--data`` (or use ``--all``) and read only their
per-category figures; ``--show-misses`` refuses them.

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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.sensitivity_eval import Classified, make_classifier, rows_of
from router.levels import Level

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_DATA = DATA_DIR / "conversational_dev.jsonl"

# category -> label -> [rows, rows flagged]
Counts = dict[str, dict[str, list[int]]]


def is_check_set(path: Path) -> bool:
    """Whether ``path`` is a set kept out of tuning (its rows are never shown)."""
    return path.name.endswith("check.jsonl")


def measure(data: Path, classify: Callable[[str], Classified]) -> tuple[Counts, list[str]]:
    """Per-category counts of ``data`` and one line per wrong answer."""
    counts: Counts = defaultdict(lambda: defaultdict(lambda: [0, 0]))
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
    return counts, misses


def _rate(pair: list[int]) -> float:
    return pair[1] / pair[0] if pair[0] else 0.0


def summary(classify: Callable[[str], Classified]) -> None:
    """One line per set in ``benchmarks/data``: overall recall and FP rate."""
    print(f"\n{'set':52} {'sensitive':>9} {'recall':>7} {'harmless':>9} {'FP rate':>8}")
    checks = {"sensitive": [0, 0], "harmless": [0, 0]}
    for path in sorted(DATA_DIR.glob("conversational_*.jsonl")):
        counts, _ = measure(path, classify)
        sens, harm = counts["ALL"]["sensitive"], counts["ALL"]["harmless"]
        name = path.name + (" (never tuned on)" if is_check_set(path) else "")
        print(f"{name:52} {sens[0]:9} {_rate(sens):7.3f} {harm[0]:9} {_rate(harm):8.3f}")
        if is_check_set(path):
            for label, pair in (("sensitive", sens), ("harmless", harm)):
                checks[label] = [checks[label][0] + pair[0], checks[label][1] + pair[1]]
    sens, harm = checks["sensitive"], checks["harmless"]
    name = "all check sets together"
    print(f"{name:52} {sens[0]:9} {_rate(sens):7.3f} {harm[0]:9} {_rate(harm):8.3f}")


def _leave_the_model_out() -> None:
    """Swap the bundled disclosure model for one that never fires (as train_disclosure does)."""
    from router.detectors import disclosure
    from router.detectors._disclosure_model import DisclosureModel

    never = DisclosureModel(bias=-40.0, threshold=0.99, word_weights={}, piece_weights={})
    disclosure.bundled_model = lambda: never  # type: ignore[assignment]


def _use_model(path: Path) -> None:
    """Swap the bundled disclosure model for the one at ``path`` (a candidate refit)."""
    from router.detectors import disclosure
    from router.detectors._disclosure_model import load_model

    model = load_model(path)
    disclosure.bundled_model = lambda: model  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--all", action="store_true", help="one line per set in benchmarks/data")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="leave the trained disclosure model out: what the rules catch alone",
    )
    parser.add_argument(
        "--model",
        type=Path,
        help="score with this disclosure model file instead of the bundled one "
        "(e.g. a refit written by train_disclosure.py --out)",
    )
    args = parser.parse_args(argv)
    data: Path = args.data
    if args.rules_only and args.model:
        print("--rules-only leaves the model out: drop --model or --rules-only")
        return 2
    if args.rules_only:
        _leave_the_model_out()
    if args.model:
        from router.detectors._disclosure_model import DisclosureModelError

        try:
            _use_model(args.model)
        except DisclosureModelError as exc:
            print(f"{exc}: pass --model a file written by train_disclosure.py --out")
            return 2
    how, classify = make_classifier()
    if args.rules_only:
        how += ", rules only (no disclosure model)"
    if args.model:
        how += f", disclosure model {args.model}"
    if args.all:
        print(f"levels from: {how}")
        summary(classify)
        return 0
    if not data.is_file():
        print(f"conversational set not found at {data}: pass --data FILE")
        return 2
    if args.show_misses and is_check_set(data):
        print(f"{data.name} is never tuned on, so its rows are not shown: drop --show-misses")
        return 2
    print(f"levels from: {how}; data: {data}")
    counts, misses = measure(data, classify)

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
