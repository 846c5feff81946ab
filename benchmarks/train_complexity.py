"""Fit the complexity model and write ``resources/complexity/model.json``.

    .venv/bin/python benchmarks/train_complexity.py [--data DIR] [--out FILE]

Data and split: see ``complexity_data.py`` (MMLU even-position subjects and
even-numbered GSM8K questions; MT-bench and the other half are never seen).
Target: 1 when the weak model (Mixtral-8x7B) answered wrong (``hard`` and
``hard_both_wrong``), 0 when it answered right (``easy``). The score estimates
"the local model gets this wrong", and a question both models miss is still
one the local model misses; the evaluation separates the two.

Model: logistic regression (``router.complexity.model``) fitted by Adagrad SGD
in pure Python with a fixed seed, so the file is reproducible byte for byte.
The L2 strength of the n-gram weights is chosen by a second, inner split of
the fitting subjects (even/odd again), then the model is refitted on all
fitting rows.

Hand-set weights: the fitting data holds only exam questions, so it never
shows chit-chat, creative writing, other languages, pasted documents or a
full context window. Those weights are set by hand (``fitted: false`` in the
file) from what the routing literature and MT-bench show: weak models tie
strong ones on writing and role-play and on simple lookups, and lose on long
contexts and outside English.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from complexity_data import DEFAULT_DATA, REPO, Row, load_split
from complexity_metrics import roc_auc

from router.complexity.features import extract, instruction_window
from router.complexity.model import (
    ComplexityModel,
    DenseWeight,
    _transform,
    gram_bucket,
    text_grams,
)

BUCKETS = 1 << 14
SEED = 20261127
EPOCHS = 6
LEARNING_RATE = 0.1
L2_DENSE = 1e-4
L2_GRAM_CANDIDATES = (1e-4, 1e-3, 1e-2)
LOCAL_CONTEXT_TOKENS = 2048

# Fitted hand features and their transforms.
FITTED: dict[str, str] = {
    "est_tokens": "log1p",
    "lines": "log1p",
    "sentences": "log1p",
    "list_items": "log1p",
    "multiple_choice_options": "log1p",
    "numbers": "log1p",
    "questions": "log1p",
    "avg_word_length": "identity",
    "symbol_share": "identity",
    "cue_code": "identity",
    "cue_maths": "identity",
    "cue_reasoning": "identity",
}

# Hand-set weights on the raw cue (mean 0, scale 1), see the module doc.
HAND_SET: dict[str, tuple[str, float]] = {
    # Greetings and one-fact lookups: a 135M model answers them well enough.
    "cue_lookup_chitchat": ("identity", -1.5),
    # MT-bench writing/role-play: weak and strong judged within 0.1 points.
    "cue_creative": ("identity", -0.7),
    # Summaries and extraction from pasted text: MT-bench "extraction" is
    # where the weak model lost 1.5 points.
    "cue_long_document": ("identity", 0.7),
    # Beyond half of the local window the local model has little room left;
    # at a full window this adds 2 to the logit.
    "context_share": ("hinge_half", 4.0),
    # Small local models are much weaker outside English.
    "non_english": ("identity", 1.0),
}


def encode(rows: Sequence[Row]) -> tuple[list[dict[str, float]], list[list[int]], list[int]]:
    """Hand features, n-gram buckets and targets of ``rows``."""
    feats, grams, ys = [], [], []
    for r in rows:
        feats.append(extract(r.text, local_context_tokens=LOCAL_CONTEXT_TOKENS))
        grams.append(
            sorted({gram_bucket(g, BUCKETS) for g in text_grams(instruction_window(r.text))})
        )
        ys.append(int(r.local_fails))
    return feats, grams, ys


def fit(
    feats: Sequence[dict[str, float]],
    grams: Sequence[Sequence[int]],
    ys: Sequence[int],
    *,
    l2_gram: float,
    provenance: dict[str, object],
) -> ComplexityModel:
    """Adagrad SGD on the logistic loss; hand-set weights stay fixed."""
    names = list(FITTED)
    raw = [[_transform(FITTED[n], f[n]) for n in names] for f in feats]
    means = [sum(col) / len(col) for col in zip(*raw, strict=True)]
    scales = [
        math.sqrt(sum((v - m) ** 2 for v in col) / len(col)) or 1.0
        for col, m in zip(zip(*raw, strict=True), means, strict=True)
    ]
    xs = [[(v - m) / s for v, m, s in zip(row, means, scales, strict=True)] for row in raw]
    fixed = [sum(w * _transform(t, f[n]) for n, (t, w) in HAND_SET.items()) for f in feats]
    w = [0.0] * len(names)
    gw = [1e-8] * len(names)
    g: dict[int, float] = {}
    gg: dict[int, float] = {}
    prior = sum(ys) / len(ys)
    b = math.log(prior / (1 - prior))
    gb = 1e-8
    order = list(range(len(ys)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            x, hs = xs[i], grams[i]
            norm = 1.0 / math.sqrt(len(hs)) if hs else 0.0
            z = b + fixed[i] + sum(wj * xj for wj, xj in zip(w, x, strict=True))
            z += norm * sum(g.get(h, 0.0) for h in hs)
            p = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))
            err = p - ys[i]
            gb += err * err
            b -= LEARNING_RATE * err / math.sqrt(gb)
            for j, xj in enumerate(x):
                grad = err * xj + L2_DENSE * w[j]
                gw[j] += grad * grad
                w[j] -= LEARNING_RATE * grad / math.sqrt(gw[j])
            for h in hs:
                cur = g.get(h, 0.0)
                grad = err * norm + l2_gram * cur
                acc = gg.get(h, 1e-8) + grad * grad
                gg[h] = acc
                g[h] = cur - LEARNING_RATE * grad / math.sqrt(acc)
    dense = {
        n: DenseWeight(FITTED[n], round(m, 6), round(s, 6), round(wj, 6), True)
        for n, m, s, wj in zip(names, means, scales, w, strict=True)
    }
    dense.update({n: DenseWeight(t, 0.0, 1.0, wt, False) for n, (t, wt) in HAND_SET.items()})
    gram_weights = {h: round(v, 5) for h, v in g.items() if abs(v) >= 5e-5}
    return ComplexityModel(
        bias=round(b, 6),
        dense=dense,
        buckets=BUCKETS,
        gram_weights=gram_weights,
        provenance=provenance,
    )


def auc_of(model: ComplexityModel, feats: Sequence[dict[str, float]], rows: Sequence[Row]) -> float:
    """AUC of the model's logit for "local fails" on ``rows``."""
    logits = [
        model.dense_logit(f) + model.text_logit(instruction_window(r.text))
        for f, r in zip(feats, rows, strict=True)
    ]
    return roc_auc(logits, [r.local_fails for r in rows])


def main(argv: list[str] | None = None) -> int:
    """Select the n-gram L2 on an inner split, refit on all fitting rows, write the file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=REPO / "resources/complexity/model.json")
    args = parser.parse_args(argv)

    rows = load_split(args.data)["fit"]
    subjects = sorted({r.subject for r in rows if r.dataset == "mmlu"})
    inner_val_subjects = set(subjects[1::2])

    def inner_val(r: Row) -> bool:
        if r.dataset == "gsm8k":
            return int(r.id.rsplit("-", 1)[1]) % 4 == 2
        return r.subject in inner_val_subjects

    inner_fit = [r for r in rows if not inner_val(r)]
    inner_eval = [r for r in rows if inner_val(r)]
    f_fit, g_fit, y_fit = encode(inner_fit)
    f_val, _, _ = encode(inner_eval)
    best: tuple[float, float] | None = None
    for l2 in (*L2_GRAM_CANDIDATES, math.inf):
        if math.isinf(l2):
            # No n-grams at all: hand features only, as a baseline.
            model = fit(f_fit, [[] for _ in g_fit], y_fit, l2_gram=0.0, provenance={})
        else:
            model = fit(f_fit, g_fit, y_fit, l2_gram=l2, provenance={})
        auc = auc_of(model, f_val, inner_eval)
        print(f"inner split: l2_gram={l2:g}  AUC(local fails)={auc:.4f}")
        if best is None or auc > best[0]:
            best = (auc, l2)
    assert best is not None
    chosen = best[1]
    print(f"chosen l2_gram={chosen:g}; refitting on {len(rows)} rows")

    feats, grams, ys = encode(rows)
    if math.isinf(chosen):
        grams = [[] for _ in grams]
    provenance: dict[str, object] = {
        "data": "lm-sys/RouteLLM evals (commit 0b64fdafe049e596a3f5657c219329f24af24198): "
        "mmlu responses (questions MIT, Hendrycks et al.) and gsm8k responses "
        "(questions MIT, Cobbe et al.), Apache-2.0",
        "target": "weak model Mixtral-8x7B answered wrong (hard + hard_both_wrong) = 1",
        "fit_rows": len(rows),
        "fit_split": "MMLU subjects at even positions of the sorted subject list; "
        "GSM8K even-numbered questions; contaminated rows dropped",
        "fit_subjects": subjects,
        "l2_gram": chosen if not math.isinf(chosen) else "no n-grams",
        "trainer": "benchmarks/train_complexity.py",
        "hand_set": sorted(HAND_SET),
    }
    model = fit(
        feats, grams, ys, l2_gram=0.0 if math.isinf(chosen) else chosen, provenance=provenance
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(model.to_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {args.out}: {len(model.gram_weights)} n-gram weights, bias {model.bias}")
    for name, dw in model.dense.items():
        print(f"  {name:26s} {dw.transform:10s} w={dw.weight:+.3f} fitted={dw.fitted}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
