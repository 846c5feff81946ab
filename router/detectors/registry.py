"""The table of built-in detectors and the functions that run them.

Each entry maps a stable type name (used in policies and the audit log) to a
finder, a default level and whether its values can be redacted. The finders
live in one module per family (``personal``, ``secrets``, ``financial_ids``,
``topics``, ``markers``); this module gathers them, normalises the text once
(zero-width characters, homoglyphs) and maps every span back to the
original offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from router.detectors import disclosure, financial_ids, markers, personal, secrets, topics
from router.detectors._base import Detector, Finder
from router.detectors._glossary import gloss
from router.detectors._normalize import normalize
from router.detectors._ocr_digits import ocr_digits
from router.detectors._published import voided_number
from router.detectors._shared import ScanText, lower_case, shared, words_joined
from router.detectors._spoken_digits import Spelled, spell_digits
from router.findings import Match
from router.levels import Level

__all__ = [
    "MAX_SCAN_CHARS",
    "Detector",
    "Finder",
    "TextTooLarge",
    "available",
    "default_level",
    "default_redactable",
    "describe",
    "prepare",
    "scan",
]

_DETECTORS: dict[str, Detector] = {
    d.name: d
    for family in (personal, financial_ids, secrets, topics, markers, disclosure)
    for d in family.DETECTORS
}
# Scanners that find several types in one pass over the text.
_GROUPS: dict[str, Callable[[str], list[tuple[str, int, int]]]] = {"topics": topics.scan_topics}
# Detectors that read numbers: they also run where digits were spelled out in words.
_READS_DIGITS = frozenset(
    {
        "phone", "credit_card", "iban", "us_ssn", "national_id", "id_number", "bank_account",
        "routing_number", "card_security_code", "device_id", "credential", "ip_address",
        "private_ip",
    }
)  # fmt: skip


# Past this size a text is not scanned but rejected: callers keep it local.
# 2 million characters is ~500k tokens, beyond any model's window.
MAX_SCAN_CHARS = 2_000_000


class TextTooLarge(ValueError):
    """The text is too large to be checked; it must be treated as sensitive."""


def available() -> list[str]:
    """Sorted names of all built-in detectors."""
    return sorted(_DETECTORS)


def _get(name: str) -> Detector:
    try:
        return _DETECTORS[name]
    except KeyError:
        raise KeyError(
            f'no built-in detector "{name}"; use one of: {", ".join(available())}'
        ) from None


def default_level(name: str) -> Level:
    """The default level of detector ``name``; ``KeyError`` if there is none."""
    return _get(name).default_level


def default_redactable(name: str) -> bool:
    """Whether detector ``name`` finds values a placeholder can stand in for.

    Topic detectors (health, incidents...) and markers find what a text is
    about, not a value: replacing the word would not make it safe to send.
    """
    return _get(name).redactable


def describe(name: str) -> str:
    """A one-line description of what detector ``name`` finds, for admins."""
    return _get(name).description


# Kinds whose value may be a number voided and printed for everyone (see ``_published``).
_NUMBER_TYPES = frozenset({"phone", "id_number", "us_ssn", "national_id"})


# A request that reaches every lazily read table: the name lists, the trained model, the
# glossary, spelled-out digits.
_SAMPLE = (
    "Hi, my name is Ana; Priya's password is Tulpen!2024 and her wachtwoord too. "
    "Call oh seven nine one one, card 4539 1488 0343 6467. She was diagnosed with asthma."
)


def prepare() -> None:
    """Read what the detectors otherwise read on first use (the name lists, the trained
    model) and run each once, so the first request is not the one that waits for it. The
    app calls this while it starts; calling it again costs one scan of a short text."""
    scan(_SAMPLE)


def scan(text: str, names: Iterable[str] | None = None) -> list[Match]:
    """Run the named detectors (all when ``names`` is None) over ``text``.

    Spans index into ``text`` as given, even when zero-width characters or
    homoglyphs were folded away before matching. Identical hits from one
    detector are reported once; results are sorted by start offset. Raises
    ``TextTooLarge`` for texts over ``MAX_SCAN_CHARS`` (the caller must then
    keep the text local).
    """
    if len(text) > MAX_SCAN_CHARS:
        raise TextTooLarge(
            f"the text has {len(text):,} characters; only {MAX_SCAN_CHARS:,} can be checked "
            "for sensitive data, so it must stay on this device (split it into smaller parts)"
        )
    selected = available() if names is None else list(names)
    detectors = [_get(name) for name in selected]
    norm = normalize(text)
    seen: set[tuple[str, int, int]] = set()
    matches: list[Match] = []
    # Detectors share the views they derive from the text (see ``_shared``).
    scan_text = ScanText(norm.text)
    try:
        hits = list(_raw_hits(scan_text, detectors))
        # "oh seven nine oh two...": the number detectors also read the digits spelled out.
        spelled = spell_digits(scan_text)
        # "BSN: l73O48922", "PIN 1l93": and the digits OCR read as letters.
        misread = ocr_digits(scan_text)
    finally:
        scan_text.forget()
    readers = [d for d in detectors if d.name in _READS_DIGITS]
    for view in (spelled, misread):
        if view is not None:
            hits.extend(_hits_in_view(view, readers))
    # "clave Tlaloc_1987", "Rohit ka CTC": every detector also reads the foreign words
    # about private data written in English.
    glossed = gloss(norm.text)
    if glossed is not None:
        hits.extend(_hits_in_view(glossed, detectors))
    for name, start, end in hits:
        if name in _NUMBER_TYPES and voided_number(norm.text[start:end]):
            continue
        o_start, o_end = norm.span(start, end)
        key = (name, o_start, o_end)
        if key not in seen:
            seen.add(key)
            matches.append(Match(name, o_start, o_end))
    # A detector that reports both a span and a span inside it keeps the outer one.
    matches = _drop_nested(matches)
    matches.sort(key=lambda m: (m.start, m.end, m.type))
    return matches


def _hits_in_view(view: Spelled, detectors: list[Detector]) -> list[tuple[str, int, int]]:
    """The hits of ``detectors`` in a second view of the text, at the text's offsets."""
    view_text = ScanText(view.text)
    try:
        return [
            (name, *view.span(start, end)) for name, start, end in _raw_hits(view_text, detectors)
        ]
    finally:
        view_text.forget()


def _raw_hits(text: str, detectors: list[Detector]) -> Iterator[tuple[str, int, int]]:
    """``(type, start, end)`` in the normalised text for the chosen detectors."""
    lowered = lower_case(text)
    wanted = {d.name for d in detectors}
    groups_run: set[str] = set()
    for detector in detectors:
        if detector.triggers and not _triggered(text, lowered, detector.triggers):
            continue
        if detector.group is not None:
            if detector.group not in groups_run:
                groups_run.add(detector.group)
                # Through ``shared``: one pass per text even over several calls.
                for name, start, end in shared(text, _GROUPS[detector.group]):
                    if name in wanted:
                        yield name, start, end
            continue
        for start, end in detector.find(text):
            yield detector.name, start, end


def _triggered(text: str, lowered: str, triggers: tuple[str, ...]) -> bool:
    """Whether one of ``triggers`` occurs in ``lowered`` (``text.lower()``)."""
    joined = words_joined(text)
    if joined is None:
        return any(map(lowered.__contains__, triggers))
    in_words, elsewhere = _SPLIT_TRIGGERS.get(triggers) or _split_triggers(triggers)
    # Letters and digits that no word of the text contains are not in the text (the
    # ASCII ones of ``text.lower()`` are all in the case-folded text's words, even "İ"
    # and the Kelvin sign folded): the shorter list of distinct words says so at about
    # half the cost of a search through the text. Those triggers go first: on a text
    # that has a trigger, it is most often one of them, found at that lower cost.
    for trigger in in_words:
        if trigger in joined and trigger in lowered:
            return True
    ascii_text = lowered.isascii()  # known without a pass over the text
    for trigger, letters in elsewhere:
        if letters is None:
            # A trigger outside ASCII is in no ASCII text.
            if (not ascii_text or trigger.isascii()) and trigger in lowered:
                return True
        # The other triggers hold a run of ASCII letters and digits, which the words rule
        # out the same way ("hooks" of "hooks.slack", "distribute" of "do not distribute").
        elif letters in joined and trigger in lowered:
            return True
    return False


# The longest run of ASCII letters and digits in a trigger that is not one, when it is
# long enough to be rare among the words of a text.
_ASCII_RUN = re.compile(r"[a-z0-9]{3,}")


def _split_triggers(
    triggers: tuple[str, ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]:
    """``triggers`` as (those of ASCII letters and digits only, which the words of a text
    can rule out; the others, each with its longest run of ASCII letters and digits or
    None), each in the order given."""
    in_words = tuple(t for t in triggers if t.isascii() and t.isalnum())
    elsewhere = tuple(
        (t, max(_ASCII_RUN.findall(t), key=len, default=None))
        for t in triggers
        if t not in in_words
    )
    return in_words, elsewhere


# The triggers of every detector, split once (see ``_split_triggers``).
_SPLIT_TRIGGERS = {d.triggers: _split_triggers(d.triggers) for d in _DETECTORS.values()}


def _drop_nested(matches: list[Match]) -> list[Match]:
    by_type: dict[str, list[Match]] = {}
    for m in matches:
        by_type.setdefault(m.type, []).append(m)
    kept: list[Match] = []
    for group in by_type.values():
        group.sort(key=lambda m: (m.start, -m.end))
        last_end = -1
        for m in group:
            if m.end <= last_end:
                continue
            kept.append(m)
            last_end = max(last_end, m.end)
    return kept
