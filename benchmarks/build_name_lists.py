"""Build the name lists the person-name detector reads (``resources/names/``).

Usage::

    pip install names==0.3.0 wordfreq faker==40.63.0
    python benchmarks/build_name_lists.py

Sources: the US Census Bureau's 1990 name frequency files (public domain), as
shipped in the ``names`` package on PyPI (MIT), and the hand-written given
names in ``router/detectors/_names.py``; and, in ``given_world.txt``, the given names
of Faker's person providers for every locale it ships (MIT; names in Latin script,
with and without their accents: "Anouk", "Murat", "Paolo", "Zoë" and "Zoe" — a
workforce is not all named like the 1990 US census), with the hand-written romanised
names of ``WORLD_GIVEN_NAMES`` (Gulf and Egyptian Arabic, Korean, Vietnamese, Ghanaian,
Kenyan, southern African names Faker writes in other scripts or lacks). The world list only
tells who a sentence is about ("Paolo is in hospital"); finding a name to redact reads
the census list. A census surname or given name that
is also an ordinary English word ("White", "Young", "Will", "May") is left
out: ``wordfreq`` (English word frequencies) decides, with a Zipf frequency
cut-off, so "Kowalski" stays and "Brown" goes (the detector still finds
"Anna Brown" from the given name). Nothing here is taken from the evaluation
data. ``common_words.txt`` is wordfreq's own list of frequent English words
(its data is CC BY-SA 4.0). The lists are rebuilt, not edited by hand; the header of each file says
how it was made.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from router.detectors._names import GIVEN_NAMES, WORLD_GIVEN_NAMES

OUT = Path(__file__).resolve().parents[1] / "resources" / "names"
# Zipf frequency of a word in English text (3 = once per million words).
# Surnames above the cut-off are mostly also common words.
SURNAME_MAX_ZIPF = 3.7
GIVEN_MAX_ZIPF = 4.1
SURNAME_RANKS = 30_000
# Ordinary words: a capitalised word in this list is taken for a name only
# when the name lists know it.
COMMON_WORDS = 30_000


def _faker_version() -> str:
    import faker

    return str(faker.VERSION)


def census(file: str) -> list[str]:
    """Names in a census file, most frequent first, lower case."""
    text = resources.files("names").joinpath(file).read_text(encoding="ascii")
    return [line.split()[0].lower() for line in text.splitlines() if line.strip()]


def faker_given() -> set[str]:
    """Given names of every Faker locale, lower case, in Latin script (also accent-free)."""
    import importlib

    import faker.config

    found: set[str] = set()
    for locale in sorted(faker.config.AVAILABLE_LOCALES):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in (
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_romanized_names",
        ):
            value = provider.__dict__.get(attr)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple)):
                found.update(n.lower() for n in value if isinstance(n, str) and _latin(n))
    folded = {
        "".join(ch for ch in unicodedata.normalize("NFKD", n) if not unicodedata.combining(ch))
        for n in found
    }
    return found | folded


def _latin(name: str) -> bool:
    return all(ch in "-'" or (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")) for ch in name)


def write(path: Path, header: str, names: set[str]) -> None:
    body = "\n".join(sorted(names))
    path.write_text(f"{header}\n{body}\n", encoding="utf-8")
    print(f"{path}: {len(names)} names")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:
        print("needs wordfreq and names: pip install names==0.3.0 wordfreq faker==40.63.0")
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    common = {w for w in top_n_list("en", COMMON_WORDS) if w.isalpha() and w.isascii()}
    first = census("dist.female.first") + census("dist.male.first")
    given = set(GIVEN_NAMES) | {
        n for n in first if len(n) > 2 and zipf_frequency(n, "en") < GIVEN_MAX_ZIPF
    }
    world = {
        n
        for n in faker_given() | WORLD_GIVEN_NAMES
        if len(n) > 2 and zipf_frequency(n, "en") < GIVEN_MAX_ZIPF
    } - given
    surnames = {
        n
        for n in census("dist.all.last")[:SURNAME_RANKS]
        if len(n) > 2 and zipf_frequency(n, "en") < SURNAME_MAX_ZIPF
    }
    note = (
        "# Built by benchmarks/build_name_lists.py from the US Census 1990 name files "
        "(public domain, via the 'names' package)"
    )
    write(
        OUT / "given.txt",
        f"{note}, plus router/detectors/_names.py; "
        f"English words with Zipf >= {GIVEN_MAX_ZIPF} left out.",
        given,
    )
    write(
        OUT / "given_world.txt",
        f"# Built by benchmarks/build_name_lists.py: Faker {_faker_version()}'s given names of "
        "every locale in Latin script (MIT), with and without accents, and the romanised names "
        "of router/detectors/_names.py's WORLD_GIVEN_NAMES, that given.txt lacks; "
        f"English words with Zipf >= {GIVEN_MAX_ZIPF} left out.",
        world,
    )
    write(
        OUT / "surnames.txt",
        f"{note}; the {SURNAME_RANKS:,} most frequent, English words with Zipf >= "
        f"{SURNAME_MAX_ZIPF} left out.",
        surnames,
    )
    write(
        OUT / "common_words.txt",
        f"# The {COMMON_WORDS:,} most frequent English words (letters only) from wordfreq "
        "(data CC BY-SA 4.0, see README.md here), built by benchmarks/build_name_lists.py.",
        common,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
