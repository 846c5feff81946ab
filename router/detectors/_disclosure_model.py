"""The linear model behind the ``disclosure`` detector, and the file it ships in.

The rule-based detectors find values and cue phrases. Short requests also
disclose things in words no rule foresaw ("the van got done over last night
and the scanner went with it", "been off since the op, still on the
tablets"): the model reads the whole request and scores how much it reads
like someone telling the assistant about a real person's private matters,
as opposed to asking about a topic.

A logistic regression over two blocks of binary features of the case-folded
text: its words and word pairs, and the three- to five-letter pieces of each
word padded with spaces (which survive typos and dropped vowels: "dbts
hstry" still shares " hst" and "ts " with its spelling). Each block is
scaled by ``1/sqrt(its size)`` so that long texts do not win by volume.

Pure Python: the file loads in a few milliseconds and scoring costs one
dictionary lookup per feature. ``benchmarks/train_disclosure.py`` writes the
file (with scikit-learn, at build time only); its provenance travels inside it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from router.resources import read_json, resources_dir

MODEL_FORMAT = "edgewise-disclosure-linear"
MODEL_FORMAT_VERSION = 1

# Words: runs of letters and digits, with an inner apostrophe ("i'm", "don't").
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# Letter pieces of these lengths, from each word padded with a space either side.
PIECE_SIZES = (3, 4, 5)


# Words whose piece weights are remembered between calls, at most (a few MB).
_MEMO_WORDS = 50_000


class DisclosureModelError(Exception):
    """The disclosure model file is missing or unreadable."""


def words_of(text: str) -> list[str]:
    """The words of ``text``, case-folded, in order."""
    return [t.replace("\u2019", "'") for t in _WORD.findall(text.lower())]


def pieces_of(word: str) -> tuple[str, ...]:
    """The three- to five-letter pieces of ``word`` padded with a space either side."""
    padded = f" {word} "
    return tuple(
        padded[i : i + size] for size in PIECE_SIZES for i in range(len(padded) - size + 1)
    )


def word_features(words: list[str]) -> set[str]:
    """The words and ``"a b"`` pairs of neighbouring words."""
    found = set(words)
    found.update(f"{a} {b}" for a, b in pairwise(words))
    return found


def features(text: str) -> tuple[set[str], list[str]]:
    """The word features of ``text`` (its words and ``"a b"`` pairs) and its letter pieces:
    those of each distinct word, a piece shared by two words counted twice."""
    tokens = words_of(text)
    return word_features(tokens), [p for word in dict.fromkeys(tokens) for p in pieces_of(word)]


@dataclass(frozen=True)
class DisclosureModel:
    """Weights of the words and letter pieces, the bias and the decision threshold."""

    bias: float
    threshold: float
    word_weights: dict[str, float]
    piece_weights: dict[str, float]
    provenance: dict[str, Any] = field(default_factory=dict)
    _word_memo: dict[str, tuple[float, int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def logit(self, text: str) -> float:
        """The model's log-odds that ``text`` discloses private matters."""
        tokens = words_of(text)
        word_feats = word_features(tokens)
        z = self.bias
        if word_feats:
            get = self.word_weights.get
            z += sum(get(f, 0.0) for f in word_feats) / math.sqrt(len(word_feats))
        if tokens:
            # Per word: the sum of its pieces' weights and their count, kept across
            # calls (words repeat from request to request).
            memo = self._word_memo
            total, count = 0.0, 0
            for word in set(tokens):
                known = memo.get(word)
                if known is None:
                    pieces = pieces_of(word)
                    get = self.piece_weights.get
                    known = (sum(get(p, 0.0) for p in pieces), len(pieces))
                    if len(memo) >= _MEMO_WORDS:
                        memo.clear()
                    memo[word] = known
                total += known[0]
                count += known[1]
            if count:
                z += total / math.sqrt(count)
        return z

    def probability(self, text: str) -> float:
        """The model's probability that ``text`` discloses private matters."""
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, self.logit(text)))))

    def flags(self, text: str) -> bool:
        """Whether the probability reaches the threshold chosen at training time."""
        return self.probability(text) >= self.threshold

    def to_json(self) -> dict[str, Any]:
        """The file's content (sorted keys: a retrained model diffs cleanly)."""
        return {
            "format": MODEL_FORMAT,
            "format_version": MODEL_FORMAT_VERSION,
            "bias": self.bias,
            "threshold": self.threshold,
            "word_weights": dict(sorted(self.word_weights.items())),
            "piece_weights": dict(sorted(self.piece_weights.items())),
            "provenance": self.provenance,
        }


def _weights(raw: object, key: str, path: Path) -> dict[str, float]:
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) for k, v in raw.items()
    ):
        raise DisclosureModelError(
            f"{path}: '{key}' must map features to numbers; retrain with "
            "benchmarks/train_disclosure.py or reinstall Edgewise"
        )
    return {k: float(v) for k, v in raw.items()}


def load_model(path: Path) -> DisclosureModel:
    """Read a model file; ``DisclosureModelError`` names the problem and the fix."""
    data = read_json(
        path,
        "disclosure model",
        "reinstall Edgewise or run benchmarks/train_disclosure.py",
        DisclosureModelError,
    )
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise DisclosureModelError(f"{path} is not an Edgewise disclosure model file")
    if data.get("format_version") != MODEL_FORMAT_VERSION:
        raise DisclosureModelError(
            f"{path} has format version {data.get('format_version')!r}; this Edgewise reads "
            f"version {MODEL_FORMAT_VERSION}: reinstall Edgewise or retrain the model"
        )
    bias, threshold = data.get("bias"), data.get("threshold")
    if not isinstance(bias, int | float) or not isinstance(threshold, int | float):
        raise DisclosureModelError(f"{path}: 'bias' and 'threshold' must be numbers")
    if not 0.0 < threshold < 1.0:
        raise DisclosureModelError(f"{path}: 'threshold' must lie between 0 and 1")
    provenance = data.get("provenance", {})
    return DisclosureModel(
        bias=float(bias),
        threshold=float(threshold),
        word_weights=_weights(data.get("word_weights"), "word_weights", path),
        piece_weights=_weights(data.get("piece_weights"), "piece_weights", path),
        provenance=provenance if isinstance(provenance, dict) else {},
    )


def bundled_model_path() -> Path:
    """The bundled model: ``resources/disclosure/model.json`` (source tree or bundle)."""
    return resources_dir() / "disclosure" / "model.json"
