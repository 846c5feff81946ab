"""The RouteLLM evaluation data for the complexity score, and its fixed split.

Read from the shared data folder (never copied into the repository):
``../shared/data/complexity`` next to the repository, or ``--data DIR``.

Labels (from lm-sys/RouteLLM evals, weak = Mixtral-8x7B, strong = GPT-4-1106):
``easy`` (weak right), ``hard`` (weak wrong, strong right), ``hard_both_wrong``.

Split, fixed and stated so that results can be checked:
- MMLU: the 29 subjects sorted by name; even positions (0, 2, ...) are for
  fitting, odd positions are held out for evaluation. No question of an
  evaluation subject is seen in fitting.
- GSM8K: questions whose number (``gsm8k-N``) is even are for fitting, odd
  ones are held out.
- MT-bench: never used for fitting.
- Rows that RouteLLM flags as contaminated (``routellm_contaminated``) are
  left out of fitting and of evaluation, as RouteLLM does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "complexity"

MMLU_FILE = "routellm_mmlu_dev.jsonl"
GSM8K_FILE = "routellm_gsm8k.jsonl"
MT_BENCH_FILE = "routellm_mt_bench_80.jsonl"


@dataclass(frozen=True)
class Row:
    """One labelled question."""

    id: str
    dataset: str
    subject: str
    text: str
    label: str
    weak_correct: bool
    strong_correct: bool

    @property
    def local_fails(self) -> bool:
        """The weak model got it wrong (``hard`` or ``hard_both_wrong``)."""
        return not self.weak_correct


def _read(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise SystemExit(
            f"missing data file {path}: pass --data DIR pointing at shared/data/complexity"
        )
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _rows(path: Path, dataset: str) -> list[Row]:
    return [
        Row(
            id=r["id"],
            dataset=dataset,
            subject=r.get("subject", dataset),
            text=r["text"],
            label=r["label"],
            weak_correct=bool(r["weak_mixtral_8x7b_correct"]),
            strong_correct=bool(r["strong_gpt4_1106_correct"]),
        )
        for r in _read(path)
        if not r.get("routellm_contaminated", False)
    ]


def mmlu_subjects(data: Path) -> list[str]:
    """All MMLU subjects in the file, sorted by name."""
    return sorted({r["subject"] for r in _read(data / MMLU_FILE)})


def load_split(data: Path) -> dict[str, list[Row]]:
    """The fixed split: ``fit``, ``mmlu_eval``, ``gsm8k_eval`` (see the module doc)."""
    subjects = mmlu_subjects(data)
    fit_subjects = set(subjects[0::2])
    mmlu = _rows(data / MMLU_FILE, "mmlu")
    gsm = _rows(data / GSM8K_FILE, "gsm8k")

    def gsm_fit(row: Row) -> bool:
        return int(row.id.rsplit("-", 1)[1]) % 2 == 0

    return {
        "fit": [r for r in mmlu if r.subject in fit_subjects] + [r for r in gsm if gsm_fit(r)],
        "mmlu_eval": [r for r in mmlu if r.subject not in fit_subjects],
        "gsm8k_eval": [r for r in gsm if not gsm_fit(r)],
    }


@dataclass(frozen=True)
class MtBenchRow:
    """One MT-bench question with the GPT-4 judge's scores for both models."""

    id: str
    category: str
    turns: tuple[str, ...]
    weak_scores: tuple[float, ...]
    strong_scores: tuple[float, ...]


def load_mt_bench(data: Path) -> list[MtBenchRow]:
    """The 80 MT-bench questions (evaluation only)."""
    return [
        MtBenchRow(
            id=r["id"],
            category=r["category"],
            turns=tuple(r["turns"]),
            weak_scores=tuple(float(s) for s in r["gpt4_judge_score_weak_mixtral"]),
            strong_scores=tuple(float(s) for s in r["gpt4_judge_score_strong_gpt4_1106"]),
        )
        for r in _read(data / MT_BENCH_FILE)
    ]
