"""Hand-made features of a request: length, structure, task-type cues, language.

Every feature has a human-readable name and a plain value (a count, a share or
a cue strength in [0, 1]) so that ``policy explain`` can print them as they are.

Task-type cues are read from the *instruction window* only: the first
``HEAD_CHARS`` and last ``TAIL_CHARS`` characters. The task is stated at the
start or the end of a request; the vocabulary of a pasted document in between
says little about what is asked, and skipping it keeps the cost flat on long
payloads. Length features always use the whole text.
"""

from __future__ import annotations

import itertools
import re
from types import MappingProxyType

# A rough average for English BPE tokenizers; the real tokenizer is not
# available in the router. Non-ASCII characters (accents, CJK, Cyrillic) cost
# far more per character, so they are counted apart (see ``estimate_tokens``).
CHARS_PER_TOKEN = 4.0
TOKENS_PER_NON_ASCII_CHAR = 1.0

AVG_WORD_LENGTH_CAP = 5.5

HEAD_CHARS = 3000
TAIL_CHARS = 1000

# Task-type cues. Each cue counts hits in the instruction window: keywords
# (looked up word by word in one pass), two-word phrases (looked up in the set
# of word bigrams) and a few symbol patterns. One regex alternation per cue
# was tried first and cost 10 ms at 8k characters; lookups cost a tenth.
#
# Cue name -> (keywords, two-word phrases).
_CUE_TERMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "cue_code": (
        "python javascript typescript java rust golang kotlin sql regex bash powershell html css "
        "json yaml api apis compile compiler debug refactor exception algorithm implement "
        "implementation function functions script def println printf console lambda async await "
        "stacktrace segfault dockerfile kubernetes git",
        ("unit test", "unit tests", "stack trace", "pull request", "c program"),
    ),
    "cue_maths": (
        "solve equation equations integral derivative differentiate integrate probability prove "
        "proof theorem lemma matrix vector polynomial eigenvalue eigenvalues logarithm calculate "
        "compute percent percentage ratio average remainder modulo prime factorial fraction "
        "geometry triangle radius sqrt",
        ("how many", "how much", "sum of", "product of", "area of"),
    ),
    "cue_reasoning": (
        "justify compare contrast analyze analyse evaluate assess critique tradeoff tradeoffs "
        "implications reasoning argue argument infer deduce conclude hypothesis hypotheses design "
        "plan strategy strategies optimize optimise suppose assume consider why",
        ("step by", "by step", "pros and", "trade offs", "what would", "multi step", "explain why"),
    ),
    "cue_long_document": (
        "summarize summarise summary tldr extract outline rewrite proofread paraphrase",
        (
            "following text",
            "following document",
            "following article",
            "following report",
            "following email",
            "following transcript",
            "following passage",
            "attached document",
            "key points",
            "according to",
        ),
    ),
    "cue_creative": (
        "poem story song lyrics haiku limerick novel essay blog speech joke tale dialogue imagine "
        "pretend roleplay fictional creative creatively",
        ("role play", "once upon"),
    ),
    "cue_lookup_chitchat": (
        "hi hello hey thanks bye define definition synonym synonyms spell spelling",
        (
            "thank you",
            "good morning",
            "capital of",
            "who is",
            "who was",
            "who wrote",
            "who invented",
            "when was",
            "when did",
            "where is",
            "what time",
            "what day",
            "meaning of",
            "how are",
        ),
    ),
}
_CUE_WORDS = MappingProxyType(
    {w: cue for cue, (words, _) in _CUE_TERMS.items() for w in words.split()}
)
_CUE_BIGRAMS = MappingProxyType(
    {b: cue for cue, (_, bigrams) in _CUE_TERMS.items() for b in bigrams}
)
_BIGRAM_FIRST_WORDS = frozenset(b.split()[0] for b in _CUE_BIGRAMS)
# Literal marks of code, counted with ``str.count`` (a regex over the whole
# window cost more than all the keyword lookups together).
_CODE_MARKS = ("```", "=>", "()", "def ", "#include", ";\n", "{\n", "}\n", "</")
_MATHS_SYMBOLS = re.compile(r"[=^√∫∑∏≤≥≠±×÷∞πθ]")
_ARITHMETIC = re.compile(r"\d ?[-+*/] ?\d")

_MULTIPLE_CHOICE = re.compile(r"^\s*\(?[A-Ha-h][.)]\s+\S", re.MULTILINE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+\S", re.MULTILINE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Formula and code punctuation; prose punctuation (.,;:'"!?-) is left out.
_SYMBOL = re.compile(r"[=+*/^<>()\[\]{}|\\_$%&#@~]")

# Frequent English function words: their share tells English prose apart
# from other languages written in Latin script (which have few non-ASCII
# letters) without a language-identification model.
_FUNCTION_WORDS_TEXT = (
    "the a an and or of to in on at for with is are was were be been it this that these "
    "those i you he she we they my your his her our their what which who how why when "
    "where do does did not no can could would should will if then than as by from about into"
)
_ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())

# Cue name -> hits at which the cue saturates to 1.0.
_CUE_SATURATION: dict[str, float] = {
    "cue_code": 3.0,
    "cue_maths": 4.0,
    "cue_reasoning": 3.0,
    "cue_long_document": 2.0,
    "cue_creative": 1.0,
    "cue_lookup_chitchat": 1.0,
}

#: Names of every feature ``extract`` returns, in a stable order.
FEATURE_NAMES: tuple[str, ...] = (
    "chars",
    "est_tokens",
    "context_share",
    "lines",
    "sentences",
    "list_items",
    "multiple_choice_options",
    "numbers",
    "questions",
    "avg_word_length",
    "symbol_share",
    *_CUE_SATURATION,
    "non_english",
)


def instruction_window(text: str) -> str:
    """The part of ``text`` where the task is stated: its head and its tail."""
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


def estimate_tokens(text: str) -> float:
    """Estimate the token count of ``text`` without a tokenizer."""
    ascii_chars = len(text.encode("ascii", "ignore"))
    non_ascii = len(text) - ascii_chars
    return ascii_chars / CHARS_PER_TOKEN + non_ascii * TOKENS_PER_NON_ASCII_CHAR


def _non_english(window: str, words: list[str], letters: int) -> float:
    """How far ``window`` looks from English prose, in [0, 1].

    ``words`` are the lower-cased words of ``window`` and ``letters`` their
    total length. Non-ASCII letters (other scripts) count directly;
    Latin-script text counts by how rarely it uses English function words.
    Code and formulas use few function words too, so texts with few words are
    judged by their script alone rather than guessed.
    """
    if letters == 0:
        return 0.0
    if window.isascii():
        other_script = 0.0
    else:
        other_script = 1.0 - sum(len(w) for w in words if w.isascii()) / letters
    if len(words) < 6:
        return round(other_script, 4)
    function_share = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) / len(words)
    # English prose runs at 35-50% function words; below 10% it is another
    # language, a list or code.
    latin_foreign = max(0.0, min(1.0, (0.2 - function_share) / 0.15))
    return round(max(other_script, latin_foreign), 4)


def _cue_hits(window: str, words: list[str]) -> dict[str, int]:
    hits = dict.fromkeys(_CUE_SATURATION, 0)
    cue_words = _CUE_WORDS
    for w in words:
        cue = cue_words.get(w)
        if cue is not None:
            hits[cue] += 1
    # Only pairs whose first word starts a known phrase are joined and looked
    # up: string building for every pair was the costliest step.
    firsts = _BIGRAM_FIRST_WORDS
    for a, b in itertools.pairwise(words):
        if a in firsts:
            cue = _CUE_BIGRAMS.get(f"{a} {b}")
            if cue is not None:
                hits[cue] += 1
    hits["cue_code"] += sum(window.count(mark) for mark in _CODE_MARKS)
    hits["cue_maths"] += len(_MATHS_SYMBOLS.findall(window)) + len(_ARITHMETIC.findall(window))
    hits["cue_maths"] += window.count("\\frac") + window.count("\\sqrt")
    return hits


def extract(text: str, *, local_context_tokens: int) -> dict[str, float]:
    """Compute the named hand features of ``text`` (see ``FEATURE_NAMES``)."""
    window = instruction_window(text)
    words = _WORD.findall(window.lower())
    letters = sum(map(len, words))
    est_tokens = estimate_tokens(text)
    features: dict[str, float] = {
        "chars": float(len(text)),
        "est_tokens": round(est_tokens, 1),
        "context_share": round(est_tokens / max(1, local_context_tokens), 4),
        "lines": float(text.count("\n") + 1),
        "sentences": float(len(_SENTENCE_END.findall(window))),
        "list_items": float(len(_LIST_ITEM.findall(window))),
        "multiple_choice_options": float(len(_MULTIPLE_CHOICE.findall(window))),
        "numbers": float(len(_NUMBER.findall(window))),
        "questions": float(window.count("?")),
        # Formulas, symbols and code tokens make words short; on MMLU, short
        # average words go with the questions the weak model misses. Capped,
        # so that the long compound words of German or Finnish do not read as
        # "easy" (English prose averages 4.5-5.5 letters).
        "avg_word_length": round(min(AVG_WORD_LENGTH_CAP, letters / len(words)), 3)
        if words
        else 0.0,
        "symbol_share": round(len(_SYMBOL.findall(window)) / max(1, len(window)), 4),
    }
    hits = _cue_hits(window, words)
    # Saturation: one hit is a weak cue (ordinary prose says "function" or
    # "plan" too), several hits a strong one.
    for name, saturation in _CUE_SATURATION.items():
        features[name] = round(min(1.0, hits[name] / saturation), 4)
    features["non_english"] = _non_english(window, words, letters)
    return features
