"""Classification markers written on documents ("CONFIDENTIAL", "INTERNAL ONLY").

Markers are matched in capitals, or after a "classification:" label, because
the same words in lower case are ordinary prose ("keep it confidential").
"""

from __future__ import annotations

import re

from router.detectors._base import Detector, anchored_finder, words
from router.levels import Level

_RESTRICTED = re.compile(
    r"\b(?:STRICTLY\s+)?RESTRICTED\b|\bTOP\s+SECRET\b|\bSECRET//|\bEYES\s+ONLY\b"
    r"|\b(?i:classification|classified\s+as|sensitivity|label)\s*:\s*(?i:restricted|secret|top\s+secret)\b"
)
_CONFIDENTIAL = re.compile(
    r"\b(?:STRICTLY\s+|COMPANY\s+|HIGHLY\s+)?CONFIDENTIAL\b|\bPROPRIETARY\b|\bDO\s+NOT\s+(?:DISTRIBUTE|FORWARD|SHARE)\b"
    r"|\bPRIVILEGED\s+(?:AND|&)\s+CONFIDENTIAL\b|\bATTORNEY[- ]CLIENT\s+PRIVILEGED?\b"
    r"|\bUNDER\s+NDA\b"
    r"|\b(?i:classification|classified\s+as|sensitivity|label)\s*:\s*(?i:confidential)\b"
    r"|(?<![^\n])(?i:confidential)\s*[-:\u2013\u2014]"
    # A label set off inside a sentence: "summarise this for the board, confidential: ..."
    r"|(?:(?<=[,;(])|(?<=[,;(]\s))(?i:confidential)\s*[:\u2013\u2014]\s"
    r"|\b(?i:strictly\s+confidential|confidential\s+(?:and|&)\s+proprietary)\b",
)
_INTERNAL = re.compile(
    r"\bINTERNAL(?:\s+USE)?\s+ONLY\b|\bFOR\s+INTERNAL\s+USE\b|\bNOT\s+FOR\s+(?:PUBLIC\s+)?(?:RELEASE|DISTRIBUTION)\b"
    r"|\b(?i:classification|classified\s+as|sensitivity|label)\s*:\s*(?i:internal)\b"
    r"|\b(?i:internal\s+use\s+only|for\s+internal\s+use\s+only)\b"
)

DETECTORS: tuple[Detector, ...] = (
    Detector(
        "marker_restricted",
        Level.RESTRICTED,
        anchored_finder(
            words(
                "strictly restricted top secret eyes classification classified sensitivity label"
            ),
            _RESTRICTED,
        ),
        False,
        "'RESTRICTED', 'TOP SECRET', 'classification: restricted'",
        triggers=("restricted", "secret", "eyes only", "classif", "sensitivity", "label"),
    ),
    Detector(
        "marker_confidential",
        Level.CONFIDENTIAL,
        anchored_finder(
            words(
                "strictly company highly confidential proprietary do privileged attorney under "
                "classification classified sensitivity label"
            ),
            _CONFIDENTIAL,
        ),
        False,
        "'CONFIDENTIAL', 'PROPRIETARY', 'DO NOT DISTRIBUTE', 'classification: confidential'",
        triggers=(
            "confidential",
            "proprietary",
            "do not distribute",
            "do not forward",
            "do not share",
            "privileged",
            "attorney",
            " nda",
        ),
    ),
    Detector(
        "marker_internal",
        Level.INTERNAL,
        anchored_finder(
            words("internal for not classification classified sensitivity label"), _INTERNAL
        ),
        False,
        "'INTERNAL ONLY', 'FOR INTERNAL USE', 'classification: internal'",
        triggers=("internal", "not for"),
    ),
)
