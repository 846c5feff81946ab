"""Device serials, IMEIs and asset numbers named by the device rather than by "serial".

``topics._DEVICE`` finds a value after the words that name it ("serial",
"service tag", "IMEI"). People also write the value after the device itself
("the thinkpad PF3KQ8ZL is mine"), point at where it is printed ("IP-7723-0091-K
on the back sticker", "the number on it is 18447213") or split an IMEI the
way the box prints it ("35 209900 176148 1"). Each rule here needs a value
shaped like a serial (letters and digits mixed the way model names are not)
or a checksum, so product names and model numbers stay out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from router.detectors._base import (
    anchored_matches,
    fold_case,
    placeholder_context,
    sentence_around,
    words,
)
from router.detectors._checksums import digits_of, luhn_ok
from router.detectors._cues import CuePattern
from router.detectors._numbers import digit_runs, matches_at
from router.detectors._published import public_windows_key
from router.detectors._shared import CueWords, WordIndex, cue_starts, shared
from router.detectors.bare_names import world_given_names

__all__ = ["DEVICE_VALUE_TRIGGERS", "find_device_values"]

_I = re.IGNORECASE

# An IMEI in its printed groups (2-6-6-1, or 15 digits in a row after the cue).
_IMEI_CUED = re.compile(
    r"\b(?:imei|meid)(?:\s*+(?:number|nr|no\.?|#))?"
    r"(?:\s+(?:of|on|for)\s+(?:my|the|our|his|her)(?:\s+[\w-]+){1,2}?(?=\s+is\b|\s*:))?"
    r"\s*+(?:is\b|:|#|=)?\s*+"
    r"(?P<v>\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d{1,2})(?![\w]|[ -]\d)",
    _I,
)
_IMEI_GROUPS = re.compile(r"\d(?<![\w.-]\d)\d([ -])\d{6}\1\d{6}\1\d(?![\w]|[.-]\d)")
_imei_matches = anchored_matches(("imei", "meid"), _IMEI_CUED)
# A SIM card's number (ICCID: 89, then 17 or 18 digits, the last a Luhn check), named
# ("SIM ICCID 8944 1100 2748 3916 057") in any grouping; people misread the check digit, and
# the name and the shape leave no doubt.
_ICCID_CUED = re.compile(
    r"\biccid(?:\s*+(?:number|nr|no\.?|#))?\s*+(?:is\b|:|#|=)?\s*+"
    r"(?P<v>89(?:[ -]?\d){17,18})(?![\w]|[ -]\d)",
    _I,
)
_iccid_matches = anchored_matches(("iccid",), _ICCID_CUED)

# Devices people name before a serial: "the thinkpad PF3KQ8ZL", "monitor CN-0XJ9R7-...".
_DEVICE_WORDS = words(
    """
    thinkpad macbook laptop notebook monitor screen dock docking printer scanner phone iphone
    ipad tablet pump router switch yubikey headset desktop workstation surface chromebook
    latitude elitebook probook precision optiplex imac projector camera webcam badge reader
    handset terminal kiosk device unit reader pinpad mac
    """
)
_AFTER_DEVICE = re.compile(
    r"\b(?P<w>docking\s+station|badge\s+reader|access\s+point|"
    + "|".join(sorted(_DEVICE_WORDS, key=len, reverse=True))
    + r")\s+"
    # "the card reader number is P400-273-118", "the dock serial: 4CE12..."
    r"(?:(?:number|no\.?|id|tag|serial|s/n|sn|#)\s*:?\s*)?(?:(?:is|was|with|has|reads|says|shows|showing|displays)\s*:?\s*)?"
    # "your Surface (0F3K9B2093H1)": or in brackets after the device
    r"(?P<p>\()?(?P<v>(?-i:[A-Z0-9][A-Z0-9]*(?:-[A-Z0-9]+){0,5}))(?(p)\)|(?![\w-]))",
    _I,
)
_after_device_matches = anchored_matches(_DEVICE_WORDS | {"access"}, _AFTER_DEVICE)

# "IP-7723-0091-K on the back sticker", "5CD12345XY (it's on the label)".
_ON_LABEL = re.compile(
    r"(?<![\w-])(?P<v>(?-i:[A-Z0-9][A-Z0-9]*(?:-[A-Z0-9]+){0,5}))\s+(?:is\s+|it'?s\s+)?\(?"
    r"(?:on|from|off)\s+(?:the|its|a|my)\s+(?:[a-z]+\s+)?(?:sticker|label|plate|nameplate)\b",
    _I,
)
_LABELS = ("sticker", "label", "plate")

# "the number on it is 18447213", "the code on the back says 4471-AB".
_PRINTED_ON = re.compile(
    r"\b(?:number|code|serial|id|no\.?)\s+(?:printed\s+|engraved\s+|written\s+)?(?:on|under)\s+"
    r"(?:it|the\s+(?:back|bottom|side|underside|sticker|label|case|box|key|device|battery|base|"
    r"stand|lid|tray|keyboard|charger)|the\s+\w+'s\s+\w+)"
    # "the long number under the battery on Steve's radio is 990-441-27613"
    r"(?:\s+(?:on|of|in)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+)?[\w-]+)?"
    r"\s+(?:is|says|reads|:)\s*"
    r"(?P<v>(?-i:[A-Z0-9][A-Z0-9]*(?:-[A-Z0-9]+){0,5}))(?![\w-])",
    _I,
)
_printed_on_matches = anchored_matches(("number", "code", "serial", "id", "no"), _PRINTED_ON)

# "the sticker underneath says ST: 7QK2M93", "tag on the projector in LT2 reads AV-PRJ-00318":
# what a label, a tag or a plate reads, with the short names printed before the value.
_LABEL_READS = re.compile(
    r"\b(?:sticker|label|plate|nameplate|tag)\b(?:\s+[\w'-]+){0,7}?\s+"
    r"(?:says|reads|shows|said|read|has|is)\s*:?\s*"
    r"(?:(?:st|sn|s/n|svc\s?tag|service\s+tag|serial|p/n|asset)\s*[:#]?\s*)?"
    r"(?P<v>(?-i:[A-Z0-9][A-Z0-9]*(?:-[A-Z0-9]+){0,5}))(?![\w-])",
    _I,
)
_label_reads_matches = anchored_matches(
    ("sticker", "label", "plate", "nameplate", "tag"), _LABEL_READS
)

# "the back of the watch reads 5K8012493": what is printed on a device's back, when it has
# a serial's shape.
_BACK_READS = re.compile(
    r"\bback(?:\s+of\s+(?:the|it|his|her|my|their)(?:\s+[\w'-]+)?)?\s+(?:says|reads|shows)\s*:?\s*"
    r"(?P<v>(?-i:[A-Z0-9][A-Z0-9-]{5,30}))(?![\w-])",
    _I,
)
_back_reads_matches = anchored_matches(("back",), _BACK_READS)

# "Callan - R9KT4021MZX; Isla-Rose - R9KT4022PQL": devices listed against the people who
# have them. Two such pairs at least, in a chat-length request.
_NAMED_SERIAL = re.compile(
    r"(?<![\w-])(?P<who>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s*[-–:=]\s*(?P<v>[A-Z0-9]{7,20})"
    r"(?=\s*(?:[;,\n)]|$))"
)
_NAMED_SERIAL_MAX_CHARS = 2000

# A licence key in its printed groups of five ("R8N4D-QW7KP-2HT9M-..."), said to be a key.
# Or in four groups of four ("8VQ2-KX7P-4MNR-Z3TW"), as many vendors print theirs.
_KEY_GROUPS = re.compile(
    r"(?<![\w-])(?:[A-Z0-9]{5}(?:-[A-Z0-9]{5}){2,4}|[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3,4})(?![\w-])"
)
_KEY_CUE = re.compile(
    r"\b(?:key|licen[cs]e|activation|activate|product|windows|office|coa|sticker|label|seat|"
    # "use 7NBTM-YQ2XP-... during setup on the CFO's home PC"
    r"setup|set\s+up|install|installing|reinstall|pc|laptop)\b",
    _I,
)

# "is C02FK1XYMD6M still under applecare": a serial-shaped value next to warranty words.
_WARRANTY = re.compile(
    r"\b(?:warranty|warranties|applecare|apple\s+care|care\s?pack|guarantee|rma|"
    r"under\s+(?:cover|contract|support))\b",
    _I,
)
# Tried only where its first word stands: a case-insensitive search of the whole text cost
# ~0.14 ms per 8,000 characters on every text with one of the cues below.
_warranty_matches = CuePattern(_WARRANTY).finditer
_WARRANTY_CUES = (
    *("warrant", "applecare", "apple care", "carepack", "care pack", "guarantee", " rma"),
    *("under cover", "under contract", "under support"),
)
_SERIAL_TOKEN = re.compile(r"(?<![\w-])[A-Z0-9][A-Z0-9-]{6,40}(?![\w-])")


_SOFTWARE_TAG = re.compile(
    r"\b(?:git|docker|image|container|release|version|html|xml|commit|branch|build|helm|"
    r"registry|repo|npm|pypi|semver)\b",
    _I,
)


def _key_groups_ok(value: str) -> bool:
    """At least two groups mix letters and digits ("XXXXX-XXXXX-..." is a placeholder)."""
    groups = value.split("-")
    mixed = sum(1 for g in groups if any(c.isdigit() for c in g) and any(c.isalpha() for c in g))
    return mixed >= 2


# "it's asset 44512", "the machine called FIN-LT-022": an asset number or a machine's name.
_ASSET_OR_NAMED = re.compile(
    # "asset 0411-BNK": the letters may come after the number
    r"\basset\s+(?:no\.?\s*|number\s+|#\s*)?(?P<a>(?-i:[A-Z]{0,4}-?)\d{4,10}(?-i:-[A-Z]{2,5})?)(?![\w.-])"
    # "the tablet in reception tagged HTL-SG-0912": a tag in the organisation's scheme
    r"|\btagged\s+(?:as\s+)?(?P<t>(?-i:[A-Z]{2,5}(?:-[A-Z0-9]{2,6}){1,3}))(?![\w-])"
    r"|\b(?:machine|pc|laptop|computer|server|host|device|box|vm|workstation|desktop)\s+"
    r"(?:is\s+)?(?:called|named)\s+(?P<n>(?-i:[A-Z0-9][A-Za-z0-9-]{3,30}))(?![\w-])",
    _I,
)
_asset_or_named_matches = anchored_matches(
    (
        "asset",
        "machine",
        "pc",
        "laptop",
        "computer",
        "server",
        "host",
        "device",
        "box",
        "vm",
        "workstation",
        "desktop",
        "tagged",
    ),
    _ASSET_OR_NAMED,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A device handed from one person to another: "GCC-LPT-0913: Raj → Sunita".
_HANDOVER = re.compile(
    r"(?<![\w-])(?P<v>[A-Z]{2,5}(?:-[A-Z0-9]{2,6}){1,3})\s*[:=]\s*(?-i:[A-Z][a-z]+)\s*(?:→|->|=>|to)\s*"
    r"(?-i:[A-Z][a-z]+)\b"
)
_MAC_SHAPE = re.compile(r"^[0-9A-F]{2}(?:-[0-9A-F]{2}){5}$")


# Cheap substring tests: at least one must be in the text for these rules to run.
DEVICE_VALUE_TRIGGERS = (
    *("imei", "meid", "iccid", "sticker", "label", "plate", " on it", " on the", "access point"),
    *(" under it", " under the", "→", "->", "=>"),
    *sorted(_DEVICE_WORDS),
    *("tag", "key", "licen", "warrant", "applecare", "apple care", "care pack", "carepack", " rma"),
    *("seat", "back", " - "),
    # A licence key's words (see _KEY_WORDS): "Office-Lizenzschlüssel ...: 7Q2KX-M4BRP-..."
    *("office", "windows", "product", "activat", "coa", "setup", "set up", "install"),
    *("guarantee", "under cover", "under contract", "under support", "asset", "called", "named"),
    *("cisco", "catalyst", "smartnet", "smart net", "meraki", "nexus"),
)

# Cisco's serials: a plant's three letters, the year since 1996, the week, four more
# ("FOC2418L0XY"). Only the plant codes Cisco prints: other letters-and-digits runs of
# that length are part numbers as often as serials.
_CISCO_PLANTS = (
    "foc fdo fcw fcz fgl fhk fhh fjc flm ftx fxs jae jab jmx jpe sal sad smc smg spc cat ttm "
    "flx fvh psz dch tbm nwg azs mxq wzp fmp fns fzp"
)
_CISCO_SERIAL = re.compile(
    r"(?:FOC|FDO|FCW|FCZ|FGL|FHK|FHH|FJC|FLM|FTX|FXS|JAE|JAB|JMX|JPE|SAL|SAD|SMC|SMG|SPC|CAT|TTM|"
    r"FLX|FVH|PSZ|DCH|TBM|NWG|AZS|MXQ|WZP|FMP|FNS|FZP)[0-3]\d(?:0[1-9]|[1-4]\d|5[0-3])[A-Z0-9]{4}"
    r"(?![\w-])"
)
_CISCO_STARTS = CueWords(_CISCO_PLANTS.split())


def _find_cisco_serials(text: str) -> Iterator[tuple[int, int]]:
    for pos in cue_starts(text, _CISCO_STARTS):
        m = _CISCO_SERIAL.match(text, pos)
        if m is not None and not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span()


def _blocks(value: str) -> int:
    """How many runs of letters and of digits ``value`` has ("PF3KQ8ZL": 5)."""
    compact = value.replace("-", "")
    return 1 + sum(1 for a, b in pairwise(compact) if a.isdigit() != b.isdigit())


def _serial_shaped(value: str) -> bool:
    """Letters and digits mixed as serials are and model names are not.

    "C02XK1ABJG5H", "7HJ3K92", "CN-0XJ9R7-74445-2AB-09WS" are serials;
    "RTX4090", "U2720Q", "X1", "WH-1000XM4", "SM-G991B" are models.
    """
    compact = value.replace("-", "")
    digits = sum(ch.isdigit() for ch in compact)
    letters = len(compact) - digits
    if len(compact) < 7 or digits < 2:
        return False
    if value.count("-") >= 2:
        return len(compact) >= 10
    blocks = _blocks(value)
    return letters >= 2 and (blocks >= 5 or (blocks >= 4 and len(compact) >= 10))


def _asset_shaped(value: str) -> bool:
    """An asset number as organisations print them: "IT-DK-04417", "AV-PRJ-00318"."""
    compact = value.replace("-", "")
    digits = sum(ch.isdigit() for ch in compact)
    return "-" in value and digits >= 3 and len(compact) - digits >= 2 and len(compact) >= 7


def _site_asset(value: str) -> bool:
    """A device's name in an organisation's scheme: "DC-PRN-031", "LON-LT-0442" (two hyphens
    and a running number; model names have one hyphen at most, "WH-1000XM4")."""
    parts = value.split("-")
    return (
        len(parts) >= 3
        and _asset_shaped(value)
        and parts[-1].isdigit()
        and len(parts[-1]) >= 3
        and all(part.isalpha() for part in parts[:-1])
    )


def _printed_value(value: str) -> bool:
    """A value read off a device: a serial shape, or a long plain number."""
    compact = value.replace("-", "")
    return _serial_shaped(value) or (compact.isdigit() and len(compact) >= 6)


def _find_label_reads(text: str) -> Iterator[tuple[int, int]]:
    for m in _label_reads_matches(text):
        value = m.group("v")
        if not (_printed_value(value) or _asset_shaped(value)):
            continue
        if m.group(0)[:3].lower() == "tag":
            # A tag in code or a registry ("the image tag is 3f9a1c0") is a version, not a device.
            sentence = sentence_around(text, m.start(), m.end(), 80)
            if value.isdigit() or _SOFTWARE_TAG.search(sentence):
                continue
        if not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span("v")
    for m in _back_reads_matches(text):
        value = m.group("v")
        # "5K8012493": one letter among many digits is a serial too, read off a device.
        printed = _printed_value(value) or sum(ch.isdigit() for ch in value) >= 6
        if printed and not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span("v")


_KEY_WORDS = (
    *("key", "licen", "activat", "product", "windows", "office", "coa", "sticker", "label", "seat"),
    *("setup", "set up", "install", "pc", "laptop"),
)


def _key_group_matches(text: str) -> Iterator[re.Match[str]]:
    # Tried five and four characters before each hyphen: a regex tried at every offset of a long
    # text would be slow.
    i = text.find("-", 4)
    while i != -1:
        m = _KEY_GROUPS.match(text, i - 5) if i >= 5 else None
        if m is None:
            m = _KEY_GROUPS.match(text, i - 4)
        if m is not None:
            yield m
        i = text.find("-", m.end() if m is not None else i + 1)


def _find_named_serials(text: str) -> Iterator[tuple[int, int]]:
    if len(text) > _NAMED_SERIAL_MAX_CHARS or (" - " not in text and ":" not in text):
        return
    names = world_given_names()
    pairs = [
        m
        for m in _NAMED_SERIAL.finditer(text)
        if m.group("who").split("-")[0].lower() in names and _serial_shaped(m.group("v"))
    ]
    if len(pairs) >= 2 and not placeholder_context(text, pairs[0].start(), pairs[-1].end(), 60):
        for m in pairs:
            yield m.span("v")


def _find_assets_and_named(text: str) -> Iterator[tuple[int, int]]:
    for m in _asset_or_named_matches(text):
        group = next(g for g in "atn" if m.group(g) is not None)
        value = m.group(group)
        if group == "t" and not (_asset_shaped(value) and any(ch.isdigit() for ch in value)):
            continue
        if group == "a" and _YEAR.match(value):
            continue  # "asset 2024 budget"
        if group == "n" and not any(ch.isdigit() or ch == "-" for ch in value):
            continue  # "a server called Apollo": a pet name many share
        if not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span(group)


def _find_key_groups(text: str) -> Iterator[tuple[int, int]]:
    folded = fold_case(text)
    if "-" not in text or not any(word in folded for word in _KEY_WORDS):
        return
    for m in _key_group_matches(text):
        sentence = sentence_around(text, m.start(), m.end(), 80)
        if (
            _key_groups_ok(m.group(0))
            and not public_windows_key(m.group(0))
            and _KEY_CUE.search(sentence)
            and not placeholder_context(text, m.start(), m.end(), 60)
        ):
            yield m.span()


def _find_under_warranty(text: str, folded: str) -> Iterator[tuple[int, int]]:
    if not any(cue in folded for cue in _WARRANTY_CUES):
        return
    seen = 0
    for w in _warranty_matches(text):
        # The serial comes within a few words of the warranty words; each stretch is read once.
        lo, hi = max(seen, w.start() - 80), min(len(text), w.end() + 80)
        seen = max(seen, hi)
        for m in _SERIAL_TOKEN.finditer(text, lo, hi):
            if _serial_shaped(m.group(0)) and not placeholder_context(text, m.start(), m.end(), 60):
                yield m.span()


def _find_after_device(text: str) -> Iterator[tuple[int, int]]:
    for m in _after_device_matches(text):
        value = m.group("v")
        if _MAC_SHAPE.match(value):
            continue  # "the router mac is 00-1B-63-84-45-E6": a MAC address, found as one
        # YubiKeys carry plain numeric serials: "yubikey 18842731 registered to...".
        numeric_key = m.group("w").lower() == "yubikey" and value.isdigit() and len(value) >= 7
        if not (numeric_key or _serial_shaped(value) or _site_asset(value)):
            continue
        if not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span("v")


# "LIB-04417 is the laptop the student never returned": an asset named, then what it is.
_IS_THE_DEVICE = re.compile(
    r"(?<![\w-])(?P<v>(?-i:[A-Z]{2,5}(?:-[A-Z0-9]{2,8}){1,3}))\s+(?:is|was)\s+(?:the|a|his|her|their|my|our)\s+"
    r"(?:[\w-]+\s+)?(?:laptop|phone|tablet|ipad|device|pc|desktop|monitor|camera|radio|scanner|"
    r"printer|handset|router|badge|yubikey|macbook)\b",
    re.IGNORECASE,
)


_IS_THE_DEVICE_WORDS = (
    *("laptop", "phone", "tablet", "ipad", "device", "pc", "desktop", "monitor", "camera"),
    *("radio", "scanner", "printer", "handset", "router", "badge", "yubikey", "macbook"),
)


# A dash after two capitals, searched from the literal "-" (fast): where a value of the
# shape "LIB-04417" may have its first dash.
_DASH_AFTER_CAPITALS = re.compile(r"-(?<=[A-Z][A-Z]-)")
_MOST_CAPITALS = 5  # the values' longest run of letters before their first dash


def _asset_starts(text: str) -> list[int]:
    """Offsets where a run of two to five capitals and then a dash starts ("LIB-" of
    "LIB-04417"): the only places ``_IS_THE_DEVICE`` and ``_HANDOVER`` can match, which
    start with a class and so would be tried at every offset of the text."""
    starts: list[int] = []
    for dash in _DASH_AFTER_CAPITALS.finditer(text):
        start = dash.start()
        while start > 0 and "A" <= text[start - 1] <= "Z":
            start -= 1
        if dash.start() - start <= _MOST_CAPITALS:
            starts.append(start)
    return starts


def _find_handovers(text: str) -> Iterator[tuple[int, int]]:
    """Devices named in a handover or by what they are ("LIB-04417 is the laptop...")."""
    index = shared(text, WordIndex)
    named = any(index.where(w) for w in _IS_THE_DEVICE_WORDS)
    handover = "→" in text or "->" in text or "=>" in text
    starts = _asset_starts(text) if named or handover else []
    for m in matches_at(_IS_THE_DEVICE, text, starts) if named else ():
        value = m.group("v")
        if value.upper() == value and (_site_asset(value) or _asset_shaped(value)):
            yield m.span("v")
    if not handover:
        return
    for m in matches_at(_HANDOVER, text, starts):
        if _site_asset(m.group("v")) or _asset_shaped(m.group("v")):
            yield m.span("v")


def find_device_values(text: str) -> Iterator[tuple[int, int]]:
    """Spans of device serials, IMEIs and asset numbers found by the rules above."""
    for m in _imei_matches(text):
        if not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span("v")
    for m in _iccid_matches(text):
        if not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span("v")
    # Only where a run of exactly two digits starts (as the shape does): a search through
    # the whole text cost ~0.15 ms per 8k.
    pairs = [start for start, end in digit_runs(text) if end - start == 2]
    for m in matches_at(_IMEI_GROUPS, text, pairs):
        if luhn_ok(digits_of(m.group(0))) and not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span()
    yield from _find_after_device(text)
    for m in _printed_on_matches(text):
        if _printed_value(m.group("v")) and not placeholder_context(text, m.start(), m.end(), 50):
            yield m.span("v")
    yield from _find_label_reads(text)
    yield from _find_named_serials(text)
    yield from _find_handovers(text)
    yield from _find_assets_and_named(text)
    yield from _find_key_groups(text)
    yield from _find_cisco_serials(text)
    folded = fold_case(text)
    yield from _find_under_warranty(text, folded)
    for label in _LABELS:
        i = folded.find(label)
        while i != -1:
            # The value and the words pointing at the label come within a few words before it.
            for m in _ON_LABEL.finditer(text, max(0, i - 60), i + len(label) + 1):
                value = m.group("v")
                if _printed_value(value) and not placeholder_context(text, m.start(), m.end(), 50):
                    yield m.span("v")
            i = folded.find(label, i + len(label))
