"""How many of the detector tests' look-alike sentences the ``disclosure`` model flags.

Usage::

    python benchmarks/disclosure_lookalikes.py [--show]

The rule tests (``tests/unit/router/test_detectors_*.py``) hold hundreds of
harmless sentences written to look like sensitive ones ("my pin is 4 digits,
can i make it 6?", "i left my umbrella on the bus"), each asserted to pass
the rules. They were written before the model existed and it is never
trained on them (rows of the training sets close to them were removed when
the sets were added), so they measure what it adds on hard look-alikes. A test counts as a
look-alike test when its name says the text may leave or is ignored / not
flagged; its string parameters are the sentences. ``--show`` lists the ones
the model flags.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from router.detectors._disclosure_model import words_of
from router.detectors.disclosure import MAX_CHARS, bundled_model

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests" / "unit" / "router"
# Test names that assert a text may leave.
HARMLESS_NAMES = ("may_leave", "ignores", "not_flagged", "are_not", "is_not", "look_alikes_pass")
# Word-set overlap (shared / all distinct words) from which a fitting row is a near twin.
NEAR = 0.5


def _module(path: Path) -> object:
    spec = importlib.util.spec_from_file_location(f"_lookalike_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lookalikes() -> Iterator[tuple[str, str]]:
    """``(test name, sentence)`` for every string parameter of a look-alike test."""
    sys.path.insert(0, str(TESTS))  # the tests import their shared helpers by name
    for path in sorted(TESTS.glob("test_detectors_*.py")):
        module = _module(path)
        for name, fn in vars(module).items():
            if not name.startswith("test_") or not any(k in name for k in HARMLESS_NAMES):
                continue
            for mark in getattr(fn, "pytestmark", []):
                if mark.name != "parametrize" or len(mark.args) < 2:
                    continue
                for value in mark.args[1]:
                    if isinstance(value, str):
                        yield name, value


def far_from(sentences: list[str], rows: list[str]) -> list[bool]:
    """Per sentence: whether no row shares ``NEAR`` or more of their distinct words."""
    row_words = [set(words_of(r)) for r in rows]
    by_word: dict[str, list[int]] = {}
    for i, ws in enumerate(row_words):
        for w in ws:
            by_word.setdefault(w, []).append(i)
    out = []
    for sentence in sentences:
        mine = set(words_of(sentence))
        shared: dict[int, int] = {}
        for w in mine:
            for i in by_word.get(w, ()):
                shared[i] = shared.get(i, 0) + 1
        out.append(all(n / len(mine | row_words[i]) < NEAR for i, n in shared.items()))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the share of look-alike sentences the bundled model flags."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the flagged sentences")
    args = parser.parse_args(argv)
    model = bundled_model()
    sentences = sorted(set(lookalikes()))
    read = [(n, s) for n, s in sentences if len(s) <= MAX_CHARS]
    flagged = [(n, s, model.probability(s)) for n, s in read if model.flags(s)]
    print(
        f"look-alike sentences in the rule tests: {len(sentences)}; the model reads "
        f"{len(read)}, flags {len(flagged)} ({len(flagged) / max(1, len(read)):.1%}) at "
        f"threshold {model.threshold:.2f}"
    )
    from benchmarks.train_disclosure import author_rows

    fitting = [r.text for rows in author_rows().values() for r in rows]
    far = far_from([s for _, s in read], fitting)
    far_read = [ns for ns, f in zip(read, far, strict=True) if f]
    far_flagged = [x for x in flagged if (x[0], x[1]) in set(far_read)]
    print(
        f"without a near twin among the fitting rows: {len(far_read)}; flags "
        f"{len(far_flagged)} ({len(far_flagged) / max(1, len(far_read)):.1%})"
    )
    if args.show:
        for name, sentence, p in sorted(flagged, key=lambda x: -x[2]):
            print(f"  {p:.3f}  {sentence!r}  ({name})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
