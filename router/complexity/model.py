"""The linear model behind the complexity score, and the file it ships in.

A logistic regression over two kinds of input:

- the named hand features (``router.complexity.features``), each transformed
  (``log1p`` for counts, ``hinge_half`` for the share of the local window,
  ``identity`` for cues) and standardised with the mean and scale stored in
  the file. Some weights are *fitted*; others are *set by hand* and marked so
  in the file, for cues the fitting data never shows (chit-chat, creative
  writing, other languages, long pasted documents);
- hashed word unigrams and bigrams of the instruction window (the "hashing
  trick": ``crc32(gram) % buckets``), each present gram counted once and the
  sum scaled by ``1/sqrt(grams)``, so long texts do not win by sheer volume.

Pure Python, no numpy: the file loads in a few milliseconds and scoring costs
one dictionary lookup per gram. ``benchmarks/train_complexity.py`` writes the
file; its provenance travels inside it.
"""

from __future__ import annotations

import itertools
import math
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from router.resources import read_json, resources_dir

MODEL_FORMAT = "edgewise-complexity-linear"
MODEL_FORMAT_VERSION = 1

#: At most this many tokens of the instruction window feed the n-grams; it
#: bounds the per-call cost on long payloads.
MAX_NGRAM_TOKENS = 1500

TRANSFORMS = ("identity", "log1p", "hinge_half")

_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


class ComplexityModelError(Exception):
    """The complexity model file is missing or unreadable."""


def _transform(kind: str, value: float) -> float:
    if kind == "log1p":
        return math.log1p(max(0.0, value))
    if kind == "hinge_half":
        # Only the part of the window beyond half counts: below that the
        # local model still has room to read and answer.
        return max(0.0, value - 0.5)
    return value


def text_grams(window: str) -> set[str]:
    """The distinct word unigrams and bigrams of ``window`` used by the model.

    Lower-cased; digit runs become ``<nK>`` (K = digits, at most 4), so that
    numbers count by magnitude, not by value.
    """
    tokens: list[str] = []
    for raw in _TOKEN.findall(window.lower())[:MAX_NGRAM_TOKENS]:
        tokens.append(f"<n{min(len(raw), 4)}>" if raw[0].isdigit() else raw)
    grams = set(tokens)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(tokens))
    return grams


def gram_bucket(gram: str, buckets: int) -> int:
    """The stable hash bucket of ``gram`` (crc32: the same in every process)."""
    return zlib.crc32(gram.encode("utf-8")) % buckets


@dataclass(frozen=True)
class DenseWeight:
    """How one named hand feature enters the model."""

    transform: str
    mean: float
    scale: float
    weight: float
    fitted: bool

    def contribution(self, value: float) -> float:
        """This feature's share of the logit for a raw feature ``value``."""
        return self.weight * (_transform(self.transform, value) - self.mean) / self.scale


@dataclass(frozen=True)
class ComplexityModel:
    """A logistic model: ``sigmoid(bias + dense terms + n-gram term)``."""

    bias: float
    dense: Mapping[str, DenseWeight]
    buckets: int
    gram_weights: Mapping[int, float]
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def dense_logit(self, features: Mapping[str, float]) -> float:
        """The hand features' part of the logit (missing features count as 0)."""
        return sum(dw.contribution(features.get(name, 0.0)) for name, dw in self.dense.items())

    def text_logit(self, window: str) -> float:
        """The word n-grams' part of the logit."""
        if not self.gram_weights:
            return 0.0
        grams = text_grams(window)
        if not grams:
            return 0.0
        weights = self.gram_weights
        buckets = self.buckets
        total = sum(weights.get(gram_bucket(g, buckets), 0.0) for g in grams)
        return total / math.sqrt(len(grams))

    def to_json(self) -> dict[str, Any]:
        """The JSON document ``from_json`` reads back."""
        return {
            "format": MODEL_FORMAT,
            "format_version": MODEL_FORMAT_VERSION,
            "provenance": dict(self.provenance),
            "bias": self.bias,
            "dense": {
                name: {
                    "transform": dw.transform,
                    "mean": dw.mean,
                    "scale": dw.scale,
                    "weight": dw.weight,
                    "fitted": dw.fitted,
                }
                for name, dw in self.dense.items()
            },
            "buckets": self.buckets,
            "gram_weights": {str(k): v for k, v in sorted(self.gram_weights.items())},
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any], *, origin: str = "<memory>") -> ComplexityModel:
        """Build a model from its JSON document; errors name ``origin`` and the field."""
        fix = "reinstall Edgewise or rebuild it with benchmarks/train_complexity.py"
        if doc.get("format") != MODEL_FORMAT or doc.get("format_version") != MODEL_FORMAT_VERSION:
            raise ComplexityModelError(
                f"{origin}: not a complexity model of format {MODEL_FORMAT} "
                f"v{MODEL_FORMAT_VERSION} (found {doc.get('format')!r} "
                f"v{doc.get('format_version')!r}); {fix}"
            )
        try:
            dense = {
                str(name): DenseWeight(
                    transform=str(d["transform"]),
                    mean=float(d["mean"]),
                    scale=float(d["scale"]),
                    weight=float(d["weight"]),
                    fitted=bool(d["fitted"]),
                )
                for name, d in doc["dense"].items()
            }
            buckets = int(doc["buckets"])
            grams = {int(k): float(v) for k, v in doc["gram_weights"].items()}
            bias = float(doc["bias"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ComplexityModelError(f"{origin}: malformed field ({exc!r}); {fix}") from exc
        for name, dw in dense.items():
            if dw.transform not in TRANSFORMS or dw.scale <= 0:
                raise ComplexityModelError(
                    f"{origin}: dense feature {name!r} has transform {dw.transform!r} "
                    f"and scale {dw.scale}; expected one of {TRANSFORMS} and scale > 0; {fix}"
                )
        if buckets <= 0:
            raise ComplexityModelError(f"{origin}: buckets must be > 0, found {buckets}; {fix}")
        return cls(
            bias=bias,
            dense=dense,
            buckets=buckets,
            gram_weights=grams,
            provenance=dict(doc.get("provenance", {})),
        )

    @classmethod
    def from_file(cls, path: Path) -> ComplexityModel:
        """Load a model file written by ``benchmarks/train_complexity.py``."""
        doc = read_json(
            path,
            "complexity model",
            "reinstall Edgewise or rebuild it with benchmarks/train_complexity.py",
            ComplexityModelError,
        )
        if not isinstance(doc, dict):
            raise ComplexityModelError(f"{path}: expected a JSON object at the top level")
        return cls.from_json(doc, origin=str(path))


def default_model_path() -> Path:
    """The bundled model: ``resources/complexity/model.json`` (source tree or bundle)."""
    return resources_dir() / "complexity" / "model.json"
