"""Sensitivity detection quality on the shared evaluation data.

Usage::

    python benchmarks/sensitivity_eval.py [--data DIR] [--show-misses N] [--json]

Reads ``../shared/data`` (or ``--data`` / ``EDGEWISE_EVAL_DATA``), never a copy
in the repository. Every row is put in the *tuning* or the *held-out* part by
a hash of its id (one in five held out); the held-out part was never looked
at while the detectors were written, and is reported separately.
``--show-misses`` prints misses and false positives of the tuning part only.

A prompt counts as caught when its level is ``confidential`` or above. The
level comes from ``router.decide`` under the bundled default policy when that
exists, otherwise from ``scan`` and each detector's default level.

Prints, per file and part: rows, prompt-level recall (sensitive files) or
false-positive rate (benign files); per detector type: rows where it fired in
sensitive and in benign files; on the presidio set: span-level precision and
recall per entity type (a gold span counts as found when a finding overlaps it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from router.detectors import default_level, default_redactable, scan
from router.findings import Match
from router.levels import Level

SENSITIVE_LABELS = {"pii", "credential", "contains_sensitive"}
TARGET_RECALL = 0.97
TARGET_FP = 0.03

# Presidio entity types and the detector types that stand for them.
PRESIDIO_TYPES: dict[str, set[str]] = {
    "EMAIL_ADDRESS": {"email"},
    "PHONE_NUMBER": {"phone"},
    "CREDIT_CARD": {"credit_card", "bank_account"},
    "IBAN_CODE": {"iban", "bank_account"},
    "US_SSN": {"us_ssn", "national_id", "id_number"},
    "IP_ADDRESS": {"ip_address"},
    "STREET_ADDRESS": {"street_address", "location", "postal_code"},
    "PERSON": {"person_name"},
    "US_DRIVER_LICENSE": {"id_number"},
    "DATE_TIME": {"date_of_birth"},
    "AGE": {"age"},
    "ZIP_CODE": {"postal_code", "street_address"},
    "GPE": {"location", "street_address"},
    "DOMAIN_NAME": set(),
    "ORGANIZATION": set(),
    "TITLE": {"person_name"},
    "NRP": set(),
}


def default_data_dir() -> Path:
    env = os.environ.get("EDGEWISE_EVAL_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "data"


def is_held_out(row_id: str) -> bool:
    """One row in five, chosen by a hash of the id, is kept aside from tuning."""
    return int(hashlib.sha256(row_id.encode()).hexdigest(), 16) % 5 == 0


def rows_of(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@dataclass
class Classified:
    level: Level
    matches: list[Match]


def make_classifier() -> tuple[str, Callable[[str], Classified]]:
    """The real decision under the bundled default policy, else scan + default levels."""
    try:
        from router.decision import decide
        from router.payload import Context, Payload
        from router.policy import load_file
        from router.policy.sources import bundled_default_path
    except ImportError:
        decide = None  # type: ignore[assignment]
    if decide is not None:
        policy = load_file(bundled_default_path())
        context = Context.what_if_online()

        def decided(text: str) -> Classified:
            decision = decide(Payload(prompt=text), context, policy)
            matches = [Match(f.type, f.start, f.end) for f in decision.findings]
            return Classified(decision.level, matches)

        return f"router.decide under {policy.id} v{policy.version}", decided

    def classify(text: str) -> Classified:
        matches = scan(text)
        level = max((default_level(m.type) for m in matches), default=Level.PUBLIC)
        return Classified(level, matches)

    return "scan + default_level", classify


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not data.is_dir():
        print(f"evaluation data not found at {data}: pass --data DIR or set EDGEWISE_EVAL_DATA")
        return 2
    how, classify = make_classifier()
    print(f"levels from: {how}; data: {data}")

    files = sorted((data / "sensitive").glob("*.jsonl")) + sorted((data / "benign").glob("*.jsonl"))
    results: dict[str, dict[str, dict[str, float]]] = {}
    fired_sensitive: Counter[str] = Counter()
    fired_benign: Counter[str] = Counter()
    span_tp: dict[str, Counter[str]] = defaultdict(Counter)
    pred_spans: Counter[str] = Counter()
    pred_hit: Counter[str] = Counter()
    misses: list[str] = []
    ok = True
    print(f"\n{'file':44} {'part':8} {'rows':>5} {'metric':>10} {'value':>7} target")
    for path in files:
        # (part, is the row sensitive) -> [rows, rows at confidential or above]
        per_part: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
        for row in rows_of(path):
            text = str(row["text"])
            label = str(row["label"])
            part = "held-out" if is_held_out(str(row["id"])) else "tuning"
            result = classify(text)
            flagged = result.level >= Level.CONFIDENTIAL
            types = {m.type for m in result.matches if default_level(m.type) >= Level.CONFIDENTIAL}
            if label in SENSITIVE_LABELS:
                per_part[part, True][0] += 1
                per_part[part, True][1] += flagged
                fired_sensitive.update(types)
                if not flagged and part == "tuning":
                    misses.append(f"MISS {row['id']}: {text[:200]!r}")
            elif label in {"presumed_benign", "no_pii_span"}:
                per_part[part, False][0] += 1
                per_part[part, False][1] += flagged
                fired_benign.update(types)
                if flagged and part == "tuning":
                    shown = [(m.type, text[m.start : m.end][:40]) for m in result.matches]
                    misses.append(f"FP {row['id']}: {shown} {text[:160]!r}")
            if "spans" in row:
                _score_spans(row, result.matches, span_tp, pred_spans, pred_hit)
        results[path.name] = {}
        for (part, sensitive_file), (n, hits) in sorted(
            per_part.items(), key=lambda kv: (not kv[0][1], kv[0][0] != "tuning")
        ):
            if n == 0:
                continue
            value = hits / n
            metric = "recall" if sensitive_file else "FP rate"
            target = f">= {TARGET_RECALL}" if sensitive_file else f"<= {TARGET_FP}"
            met = value >= TARGET_RECALL if sensitive_file else value <= TARGET_FP
            ok = ok and met
            results[path.name][f"{part} {metric}"] = {"rows": n, metric: round(value, 4)}
            print(
                f"{path.name:44} {part:8} {n:5} {metric:>10} {value:7.3f} {target} "
                + ("ok" if met else "MISSED")
            )

    print(f"\n{'detector type':22} {'sensitive rows':>15} {'benign rows':>12}  default level")
    for name in sorted(set(fired_sensitive) | set(fired_benign)):
        print(
            f"{name:22} {fired_sensitive[name]:15} {fired_benign[name]:12}  "
            + default_level(name).label
        )

    print(f"\npresidio span level (overlap)  {'gold':>6} {'recall':>7}")
    for etype in sorted(span_tp):
        gold = span_tp[etype]["gold"]
        found = span_tp[etype]["found"]
        print(f"  {etype:28} {gold:6} {found / gold if gold else 0:7.3f}")
    total_gold = sum(c["gold"] for c in span_tp.values())
    total_found = sum(c["found"] for c in span_tp.values())
    n_pred = sum(pred_spans.values())
    n_hit = sum(pred_hit.values())
    print(f"  {'ALL':28} {total_gold:6} {total_found / max(total_gold, 1):7.3f}")
    print(f"  precision of findings: {n_hit}/{n_pred} = {n_hit / max(n_pred, 1):.3f}")
    for name in sorted(pred_spans):
        print(
            f"    {name:22} {pred_hit[name]:5}/{pred_spans[name]:<5} "
            f"{pred_hit[name] / pred_spans[name]:.3f}"
        )

    if args.show_misses:
        print("\n-- tuning-part misses and false positives --")
        for line in misses[: args.show_misses]:
            print(line)
    if args.json:
        print(json.dumps(results, indent=2))
    print("\nall targets met" if ok else "\nsome targets missed (see MISSED above)")
    return 0


def _is_value(type_name: str) -> bool:
    try:
        return default_redactable(type_name)
    except KeyError:
        return True


def _score_spans(
    row: dict[str, object],
    matches: list[Match],
    span_tp: dict[str, Counter[str]],
    pred_spans: Counter[str],
    pred_hit: Counter[str],
) -> None:
    gold = row["spans"]
    assert isinstance(gold, list)
    for span in gold:
        etype = span["entity_type"]
        span_tp[etype]["gold"] += 1
        wanted = PRESIDIO_TYPES.get(etype, set())
        if any(
            m.type in wanted and m.start < span["end"] and span["start"] < m.end for m in matches
        ):
            span_tp[etype]["found"] += 1
    for m in matches:
        # Precision is about values: topics, markers and the disclosure model find
        # what a text is about, which no gold span marks.
        if not _is_value(m.type):
            continue
        pred_spans[m.type] += 1
        # Precision counts a finding right when it overlaps any gold PII span.
        if any(m.start < s["end"] and s["start"] < m.end for s in gold):
            pred_hit[m.type] += 1


if __name__ == "__main__":
    raise SystemExit(main())
