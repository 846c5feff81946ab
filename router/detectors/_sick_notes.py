"""Sick notes as HR and payroll paste them: diagnosis codes and sick leave in other languages.

A diagnosis code after its cue ("CID F41.1", "ICD-10 M54.5", "diagnosis: F32.1") says
what someone has as plainly as the words would; so does sick leave named the way a
French, German, Dutch, Spanish, Portuguese, Italian, Polish or Nordic form names it
("arrêt maladie", "krankgeschrieben", "zit in de ziektewet", "baja médica"). Questions
about the codes or the schemes ("what is the ziektewet?", "explain ICD-10 F41") pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from router.detectors._base import placeholder_context, sentence_around
from router.detectors._cues import CuePattern
from router.detectors._shared import fold_case

_SICK_NOTE = re.compile(
    r"\b(?:icd(?:-?1[01])?|cid(?:-?10)?|cie(?:-?10)?|diagnos(?:is|e|tic|tico)(?:\s+code)?|dx)"
    r"\s*(?:code\s*)?[:#]?\s*(?P<code>[a-tv-z]\d{2}(?:\.\d{1,2})?)\b(?![.,]\d)"
    r"|\b(?:arr[êe]t\s+(?:de\s+)?(?:maladie|travail)|cong[ée]\s+(?:de\s+)?maladie|"
    r"krankschreibung|krankgeschrieben|krankmeldung|krank\s+gemeldet|arbeitsunf[äa]hig\w*|"
    r"au-bescheinigung|ziektewet|ziekmelding|ziek\s+gemeld|ziekteverlof|"
    r"baja\s+(?:m[ée]dica|por\s+enfermedad|laboral)|incapacidad\s+temporal|"
    r"atestado\s+m[ée]dico|licen[çc]a\s+m[ée]dica|aux[íi]lio[- ]doen[çc]a|"
    r"certificato\s+(?:medico|di\s+malattia)|zwolnienie\s+lekarskie|sjukskriven|sykemeld\w*|"
    # Poland's sick note is "L4": "Krzysztof is on L4 for depression".
    r"on\s+(?:an?\s+)?l4|"
    # "write sick note reason for Jenny Walsh": a note for someone by name.
    r"(?:sick|fit|med|medical)\s+(?:note|certificate|cert|line)\s+(?:reason\s+)?for\s+"
    r"(?!(?:the|a|an|our|all|staff|employees|everyone|someone|anyone|people|new|agency)\b)[a-z]{2,}|"
    # What a note gives as the reason: "Ben's fit note says stress at work, 4 weeks" (whose
    # note: see _WHOSE_NOTE).
    r"(?P<says>(?:fit|sick|doctor'?s|gp)\s+(?:note|certificate|line)\s+"
    r"(?:says|said|states|stated|reads|lists|gives|mentions|is\s+for)\s+(?!nothing|anything|what)"
    r"[a-z]{3,}))\b"
)
_WHOSE_NOTE = re.compile(r"(?:[a-z]+['’]s|\bhis|\bher|\btheir)\s+$")
_sick_note_matches = CuePattern(_SICK_NOTE).finditer_folded
_ABOUT_THE_SCHEME = re.compile(
    # "In Spain, is an employer allowed to ask why someone is on baja médica?"
    r"^\s*(?:in\s+[a-z]+,?\s+)?(?:what|what's|whats|which|how|why|when|explain|describe|define|list|is|are|does|do|"
    r"can|could|should|may|must|will|would"
    # ... asked or set as a task in the scheme's own language: "Ile maksymalnie trwa
    # zwolnienie lekarskie?", "Rédige un mail type pour un arrêt maladie".
    r"|ile|jak|czy|kiedy|qu[ée]|c[óo]mo|cu[áa]nto|cu[áa]ndo|puedo|quanto|como|posso|pode|qual|"
    r"quando|combien|comment|quel|quelle|est-ce|peut-on|puis-je|r[ée]dige[rz]?|[ée]cri[st]|"
    r"escribe|redacta|escreva|napisz|wie|was|wann|kann|darf|muss|hoe|wat|wanneer)\b"
)
_SOMEONES = re.compile(r"\b(?:my|his|her|their|our|mr|mrs|ms|m\.|mme|herr|frau|sr|sra)\b")


def find_sick_notes(text: str) -> Iterator[tuple[int, int]]:
    """Spans of diagnosis codes and foreign-language sick leave (see the module docstring)."""
    for m in _sick_note_matches(text):
        if m.group("says") is not None:
            whose = _WHOSE_NOTE.search(fold_case(text), max(0, m.start() - 30), m.start())
            if whose is None:
                continue  # "what does it mean if the fit note says may be fit for work?"
        sentence = sentence_around(text, m.start(), m.end()).lower()
        if _ABOUT_THE_SCHEME.match(sentence) and not _SOMEONES.search(sentence):
            continue
        if placeholder_context(text, m.start(), m.end(), 60):
            continue
        yield m.span("code") if m.group("code") is not None else m.span()
