"""Span scoring of the sensitivity benchmark on the presidio set."""

from __future__ import annotations

from collections import Counter, defaultdict

from benchmarks import sensitivity_eval
from router.findings import Match


def test_precision_counts_values_and_leaves_out_what_a_text_is_about() -> None:
    row: dict[str, object] = {
        "spans": [{"entity_type": "EMAIL_ADDRESS", "start": 10, "end": 20}],
    }
    matches = [
        Match("email", 10, 20),  # a value on the gold span: right
        Match("phone", 30, 40),  # a value off every gold span: wrong
        Match("financial_info", 0, 5),  # a topic: not a span of a value
        Match("disclosure", 0, 40),  # the model's whole-request finding: neither
    ]
    span_tp: defaultdict[str, Counter[str]] = defaultdict(Counter)
    pred_spans: Counter[str] = Counter()
    pred_hit: Counter[str] = Counter()
    sensitivity_eval._score_spans(row, matches, span_tp, pred_spans, pred_hit)
    assert span_tp["EMAIL_ADDRESS"] == Counter(gold=1, found=1)
    assert pred_spans == Counter(email=1, phone=1)
    assert pred_hit == Counter(email=1)
