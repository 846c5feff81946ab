"""Where someone is, will be or passes every day, told in a support request.

``personal`` finds the classic cues ("I live in", "my address is"). Requests
to an IT or facilities desk give whereabouts in other ways: a hotel room
("room 1412 at the Taj Mumbai"), a daily commute ("I get the 7:40 shuttle at
Thane station every day"), what a tracker shows ("the van tracker shows Pete
at the Shell garage"), or where a locked room is ("the server room is in the
basement behind the canteen"). Each finder yields the span of the place.

Patterns are tried only where their cue words are, and every repetition is
bounded, so the scan stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from router.detectors._base import (
    anchored_matches,
    fold_case,
    placeholder_context,
    sentence_around,
    words,
)
from router.detectors._cues import CuePattern
from router.detectors._shared import WordIndex, shared

__all__ = ["find_whereabouts"]

_I = re.IGNORECASE

# A place name: up to three capitalised words ("Taj Mumbai", "Thane").
_PLACE = r"[A-Z][\w'’.-]{1,30}(?:[ ][A-Z][\w'’.-]{1,30}){0,2}"

# --- a room in a hotel (not a meeting room) ------------------------------------------------
_ROOM = re.compile(
    rf"""\b(?i:room|rm|suite)[ ]?(?i:no\.?[ ]?|number[ ]|\#)?(?P<n>\d{{2,5}})\b
    (?:[ ](?i:at|in|of)[ ](?i:the[ ])?(?P<p>{_PLACE}))?""",
    re.VERBOSE,
)
_room_matches = CuePattern(_ROOM).finditer
# The writer stays there ("I'll be in", "I'm staying", "my room"). These three run
# on the case-folded text: lower-case patterns without IGNORECASE are faster.
_STAYING = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m|i\s+am|we'?re|we\s+are|we'?ll|my|our|staying|stay|checked\s+in|"
    r"check\s+in|booked\s+into|hotel)\b"
)
_MEETING = re.compile(
    r"\b(?:meeting|meetings|conference\s+room|training|workshop|class|lecture|interview|"
    r"projector|screen|whiteboard|booked\s+for|book\s+(?:a|the)|free|available|reserve)\b"
)
_HOTEL = re.compile(
    r"\b(?:hotel|hostel|inn|resort|motel|airbnb|staying|checked\s+in|hospital|ward|clinic)\b"
)


_SAID_DIGIT = r"(?:one|two|three|four|five|six|seven|eight|nine|oh|zero|o)"
# Someone in a room, by title or pronoun: "mister ahmed is in room four oh seven all week".
_PERSON_IN_ROOM = re.compile(
    rf"""\b(?:mr|mrs|ms|mister|miss|dr|sir|he|she|guest|patient|client|our[ ]\w+)\b[^.?!\n]{{0,20}}?
    \b(?:is|'s|are|stays|staying|put)[ ](?:staying[ ]|still[ ]|now[ ])?in[ ](?:room|rm|suite)[ ]
    (?:no\.?[ ]?)?(?P<n>\d{{2,5}}|{_SAID_DIGIT}(?:[ ]{_SAID_DIGIT}){{1,3}})\b""",
    re.VERBOSE,
)
# A hotel named, its room and how long: "Mandarin Oriental NY room 4207 until Thursday".
_PLACE_ROOM_UNTIL = re.compile(
    rf"""(?P<p>{_PLACE})[ ](?i:room|rm|suite)[ ]\d{{3,5}}[ ](?i:until|till|through|thru|
    all[ ]week|tonight|for[ ](?:the|two|three|four|\d)[ ]nights?)\b""",
    re.VERBOSE,
)
_ROOM_WORDS = ("room", "rm", "suite")


def _rooms_of_someone(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """``_PERSON_IN_ROOM`` and ``_PLACE_ROOM_UNTIL``, searched only around the word "room"
    (both start at a common word or any capital: run over the text they cost a millisecond
    per 8,000 characters)."""
    index = shared(text, WordIndex)
    found: set[tuple[int, int]] = set()
    for word in _ROOM_WORDS:
        for pos in index.where(word):
            lo = max(0, pos - 60)
            for m in _PERSON_IN_ROOM.finditer(folded, lo, pos + 40):
                found.add(m.span())
            for m in _PLACE_ROOM_UNTIL.finditer(text, max(0, pos - 100), pos + 60):
                found.add(m.span())
    for start, end in sorted(found):
        sentence = sentence_around(folded, start, end, 80)
        if not _MEETING.search(sentence) and not placeholder_context(text, start, end, 60):
            yield start, end


def _find_rooms(text: str) -> Iterator[tuple[int, int]]:
    folded = fold_case(text)
    yield from _rooms_of_someone(text, folded)
    for m in _room_matches(text):
        sentence = sentence_around(folded, m.start(), m.end(), 80)
        if _MEETING.search(sentence) or not _STAYING.search(sentence):
            continue
        # A room "at the Taj Mumbai", or a room in a sentence about a hotel stay.
        if m.group("p") is not None or _HOTEL.search(sentence):
            yield m.span()


# --- a daily commute --------------------------------------------------------------------------
_COMMUTE = re.compile(
    r"""\b(?:i|we)[ ](?:usually[ ]|always[ ]|normally[ ]|still[ ])?
    (?:get[ ]on|get[ ]off|catch|take|board|leave|leave[ ]from|get|ride|cycle[ ]from|walk[ ]from|
       drive[ ]from|park)\b(?P<v>[^\n.!?]{3,80})""",
    re.VERBOSE | _I,
)
# "my commute is the 7:15 from Reading", "dropping the kids at St Mary's then in by 10".
_SCHOOL_RUN = re.compile(
    r"""(?:\bmy[ ](?:daily[ ]|usual[ ]|normal[ ])?(?:commute|journey[ ]in|route[ ]in|school[ ]run)
     (?:[ ]is|'s|:)?
    |\bdrop(?:ping|s)?[ ](?:off[ ])?(?:the|my)[ ]\w+(?:[ ]off)?
    # "i cycle past the Shell on Ash Rd every morning at 8:10"
    |\b(?:drive|walk|cycle|drives|walks|cycles|driving|walking|cycling)[ ](?:past|through|via))\b
    (?P<v>[^\n.!?]{3,80})""",
    re.VERBOSE | _I,
)
_commute_matches = CuePattern(_COMMUTE).finditer
_school_run_matches = anchored_matches(
    words("my drop dropping drops drive walk cycle drives walks cycles driving walking cycling"),
    _SCHOOL_RUN,
)
_ROUTINE = re.compile(
    r"\b(?:every\s+(?:day|morning|evening|night|weekday|mon|tue|wed|thu|fri|monday|tuesday|"
    r"wednesday|thursday|friday)|daily|each\s+(?:day|morning|evening)|on\s+weekdays|weekdays)\b",
    _I,
)
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\b(?:by|at|before|after|around)\s\d{1,2}(?![\d:.,])",
    _I,
)
# A named place (a capitalised word after the first) or a stop of public transport.
_NAMED = re.compile(
    r"\b(?:at|from|in|near|by|on|outside|opposite|leave|to)[ ](?:the[ ])?"
    r"(?P<p>(?:St\.?[ ])?[A-Z][\w'’-]{2,30}(?:[ ][A-Z][\w'’-]{2,30}){0,2}"
    r"(?:[ ](?:station|stop|stn|terminal|platform))?"
    r"|(?:\w+[ ])?(?:station|stop|stn|terminal|platform|interchange)\b)"
)


def _find_commutes(text: str) -> Iterator[tuple[int, int]]:
    for m in chain(_commute_matches(text), _school_run_matches(text)):
        sentence = sentence_around(text, m.start(), m.end(), 60)
        place = _NAMED.search(text, m.start(), m.end())
        if place is not None and _ROUTINE.search(sentence) and _CLOCK.search(sentence):
            yield place.span("p")  # the stop or place, not the whole clause


# --- where the writer is for a while --------------------------------------------------------
# "wfh from Lisbon until the 20th", "i'll be at my mums in Cardiff over christmas",
# "pick me up at the Shell station on Route 9": a named place, and when.
_AWAY = re.compile(
    rf"""\b(?i:i'?m|im|i[ ]am|i'?ll[ ]be|ill[ ]be|i[ ]will[ ]be|we'?re|we[ ]are|we'?ll[ ]be|wfh|
       working|staying|stuck|pick[ ](?:me|us)[ ]up|meet[ ](?:me|us)|(?:find|catch)[ ](?:me|us))\b
    [^.!?\n]{{0,40}}?[ ](?i:in|at|from|near|outside|opposite|behind)[ ](?:the[ ])?(?P<v>{_PLACE})
    (?=[^.!?\n]{{0,30}}\b(?i:(?:this|today|tonight|tomorrow|until|till|through|thru|over|next|all|
       right[ ]now|rn|since|most[ ](?:days|mornings|evenings|nights)|every|usually|
       weekdays|mornings|evenings|lunchtimes?)\b|at[ ]\d))""",
    re.VERBOSE,
)
_away_matches = CuePattern(_AWAY).finditer


# --- a trip with a time or a flight number ---------------------------------------------------
# "my flight BA117 lands at JFK at 6pm", "my train gets into Leeds at 9:40": where the
# writer will be, and when.
_TRIP = re.compile(
    rf"""\b(?i:my|our)[ ](?:\w+[ ])?(?i:flight|train|ferry|coach|connection|layover|bus)s?
    (?P<no>[ ][A-Z0-9]{{2,3}}[ ]?\d{{1,4}})?
    (?:[ ][^\n.!?]{{0,30}}?)?[ ](?i:lands?|arrives?|gets[ ]in(?:to)?|departs?|leaves|is|to|from|
       into|via|at|in)[ ](?:(?i:at|in|from|into)[ ])?(?:the[ ])?(?P<v>{_PLACE})""",
    re.VERBOSE,
)
_trip_matches = CuePattern(_TRIP).finditer


def _find_trips(text: str) -> Iterator[tuple[int, int]]:
    for m in _trip_matches(text):
        if m.group("no") or _CLOCK.search(sentence_around(text, m.start(), m.end(), 60)):
            yield m.span("v")


# --- what a tracker shows ------------------------------------------------------------------
_TRACKED = re.compile(
    r"""\b(?:tracker|tracking|gps|fleet[ ]app|find[ ]my(?:[ ]\w+)?|life360|location[ ]sharing|
    telematics|dashcam)(?:[ ]app)?[ ](?:shows|says|showing|has|puts|placed|put|reports)[ ]
    (?:that[ ])?(?!(?:all|every|each|no|none|nothing|any|some|most)\b)
    [^\n.!?]{1,40}?[ ](?:is[ ]|was[ ]|are[ ])?(?:parked[ ]|sitting[ ]|stopped[ ])?
    (?:at|near|on|in|outside|by)[ ](?P<v>[^\n.!?,]{3,80})""",
    re.VERBOSE | _I,
)
_tracked_matches = CuePattern(_TRACKED).finditer


_GOODS = re.compile(
    r"\b(?:parcel|package|order|delivery|shipment|consignment|item|box|pallet|letter)s?\b", _I
)


# --- where a locked room is ------------------------------------------------------------------
_FACILITY = re.compile(
    r"""\b(?:server[ ](?:room|rack|cabinet|cupboard)|data[ ]cent(?:er|re)|
    comms?[ ](?:room|cabinet|rack|cupboard)|network[ ](?:room|closet|cabinet|rack|cupboard)|
    wiring[ ]closet|it[ ]cage|patch[ ]room|key[ ]safe|strong[ ]?room|safe[ ]room|vault|
    (?:the|our|office|company)[ ]safe)s?
    [ ](?:is|are|sits|lives|was|(?:has[ ])?moved(?:[ ]to)?)[ ](?:now[ ]|still[ ]|located[ ])?
    (?P<v>(?:in|on|at|behind|next[ ]to|beside|under|beneath|below|opposite|down|up|basement|
       floor|level)\b[^\n.!?,;]{2,100})""",
    re.VERBOSE | _I,
)
_facility_matches = CuePattern(_FACILITY).finditer
# Within a building: a floor, a wing, a room, a landmark beside it.
_INSIDE = re.compile(
    r"\b(?:basement|floor|level|room|wing|building|block|behind|next\s+to|beside|opposite|under|"
    r"beneath|below|corridor|stairs|canteen|lift|elevator|car\s+park|b\d|[1-9](?:st|nd|rd|th))\b",
    _I,
)


# --- someone stopped somewhere -----------------------------------------------------------
# "driver 22 is parked up at the Shell on the A46", "she's stranded outside Leeds": where a
# person or their vehicle is now, at a named place or a numbered road.
_STOPPED = re.compile(
    rf"""\b(?i:parked(?:[ ]up)?|stranded|broken[ ]down|broke[ ]down|pulled[ ]over|holed[ ]up|
       sheltering)[ ]
    (?i:at|on|near|outside|by|in|behind)[ ](?i:the[ ])?
    (?P<v>(?:[AMBN]\d{{1,4}}|I-\d{{1,3}}|(?i:route|hwy|highway)[ ]\d{{1,4}})\b|{_PLACE})""",
    re.VERBOSE,
)
_stopped_matches = CuePattern(_STOPPED).finditer

# "I'm in the car park at Tesco Extra", "my kids go to St Joseph's on Hill Rd": a spot at a
# named place, and where the writer's children are every day.
_SPOT_AT = re.compile(
    rf"""\b(?i:i'?m|im|i[ ]am|we'?re|we[ ]are)[ ](?i:in|at|outside)[ ]the[ ]
    (?i:car[ ]park|carpark|parking[ ]lot|parking|garage|lobby|reception|forecourt|lay-by|services|
       entrance|foyer)[ ](?i:at|of|outside|behind|near|by)[ ](?i:the[ ])?(?P<v>{_PLACE})
    |\b(?i:my|our)[ ](?i:kids?|children|son|daughter|boys?|girls?|little[ ]ones?|twins)[ ]
    (?i:go(?:es)?[ ]to|attends?|(?:is|are)[ ](?:at|in))[ ](?i:the[ ])?(?P<s>{_PLACE})""",
    re.VERBOSE,
)
_spot_at_matches = anchored_matches(words("i i'm im we we're my our"), _SPOT_AT)


# --- where the writer works --------------------------------------------------------------
# "I work at the Bondi store", "we're based out of the Leith depot": a site, named.
_SITE = (
    r"(?i:depot|store|shop|branch|office|site|warehouse|yard|plant|factory|clinic|campus|"
    r"school|hospital|centre|center|hub|base|ward|library|gym)"
)
# Tried from the verb (rarer than "i"); who works there is read just before it.
_WORKSITE = re.compile(
    rf"""\b(?i:work|worked|working|based|stationed|posted)(?:[ ](?i:mostly|usually|now))?
    [ ](?i:at|in|from|out[ ]of)[ ](?i:the[ ])?(?P<v>{_PLACE}[ ]{_SITE})\b""",
    re.VERBOSE,
)
_WORKER = re.compile(
    r"\b(?:i|we)(?:'m|’m|'re|[ ]am|[ ]are)?"
    r"(?:[ ](?:usually|normally|mostly|now|still|currently))?[ ]$",
    _I,
)
_worksite_matches = CuePattern(_WORKSITE).finditer

# --- alone at home, and when -------------------------------------------------------------
# "I'm home alone most nights after 9": when the writer can be found alone.
_ALONE = re.compile(
    r"""\b(?:i'?m|im|i[ ]am)[ ](?:usually[ ]|often[ ]|mostly[ ]|always[ ])?
    (?:home[ ]alone|alone[ ]at[ ]home|on[ ]my[ ]own[ ]at[ ]home|by[ ]myself[ ]at[ ]home)\b
    |\bi[ ](?:live|am[ ]living|'?m[ ]living)[ ](?:alone|on[ ]my[ ]own|by[ ]myself)\b""",
    re.VERBOSE | _I,
)
_alone_matches = CuePattern(_ALONE).finditer
_WHEN = re.compile(
    r"\b(?:nights?|evenings?|weekends?|after\s+\d{1,2}|every|most\s+days|overnight|"
    r"while\s+(?:he|she|they)|when\s+(?:he|she|they))\b",
    _I,
)

# --- a home network, named -----------------------------------------------------------
# "home wifi is Murphy_Family_5G pw greenfield2019", "my hotspot 'Ade's iPhone' password
# x": the network's name places the writer's home; the key beside it opens it.
_WIFI = re.compile(
    r"""(?:\b(?:my|our|home|house|flat|mum'?s|dad'?s)[ ](?:home[ ]|personal[ ]|own[ ]|phone[ ])?
       (?:wi[- ]?fi|wfi|wify|wlan|hotspot|network)
      # "the wifi at home", "the wfi at my flat"
      |\bthe[ ](?:wi[- ]?fi|wfi|wify|wlan|network)[ ]at[ ]
       (?:home|my[ ](?:house|flat|place|mum'?s|dad'?s)))
    (?:[ ](?:name|ssid|network))?
    (?:[ ]is[ ]called|[ ]is[ ]named|[ ]called|[ ]named|[ ]is|[ ]?:|[ ]?=)?[ ]?
    (?:'(?P<q>[^\n']{1,32}(?:'[^\s'][^\n']{0,20})?)'|"(?P<d>[^\n"]{1,32})"
      |(?P<v>[A-Za-z0-9][\w-]{2,31}))
    (?:[^\n.!?]{0,20}?\b(?:pw|pwd|pass|password|passcode|passphrase|key|psk|code)
       (?:[ ]is|[ ]?:|[ ]?=)?[ ](?P<p>[^\s,;'"]{4,64}))?""",
    re.VERBOSE | _I,
)
_wifi_matches = anchored_matches(
    words("my our home house flat mum dad the"), _WIFI, word_needs=True
)
_NOT_NETWORK_NAMES = words(
    "slow down fine ok okay off on dead broken working weak patchy great good bad terrible the a "
    "an not too so really still very always keeps keep drops dropping password pw name ssid "
    "settings admin page login connected disconnected ipv4 ipv6 wpa wpa2 wpa3 wep ethernet lan "
    "wan 4g 5g lte nat dhcp vpn mesh dual-band"
)


def _network_name(value: str) -> bool:
    """A network's name as routers are named: a digit, an underscore or a capital inside."""
    if value.lower() in _NOT_NETWORK_NAMES or not any(ch.isalpha() for ch in value):
        return False
    if any(ch.isdigit() or ch == "_" for ch in value):
        return True
    return len(value) >= 6 and any(ch.isupper() for ch in value[1:])


_WIFI_WORDS = ("wifi", "wi-fi", "wi fi", "wfi", "wify", "wlan", "hotspot", "network")


def _find_wifi(text: str) -> Iterator[tuple[int, int]]:
    folded = fold_case(text)
    if not any(word in folded for word in _WIFI_WORDS):
        return
    for m in _wifi_matches(text):
        if placeholder_context(text, m.start(), m.end(), 60):
            continue
        if m.group("v") is not None and not _network_name(m.group("v")):
            continue
        name = next(g for g in "qdv" if m.group(g) is not None)
        yield m.span(name)
        if m.group("p") is not None and m.group("p").lower() not in _NOT_NETWORK_NAMES:
            yield m.span("p")


# "in the same building?", "on which floor": a question, not a place.
_UNSAID = re.compile(r"\b(?:same|which|what|where|whichever)\b", _I)


def _find_people_placed(text: str) -> Iterator[tuple[int, int]]:
    """Someone stopped at a place, the writer's work site, the writer home alone and when."""
    for m in _stopped_matches(text):
        if not _UNSAID.search(sentence_around(text, m.start(), m.end(), 60)):
            yield m.span("v")
    for m in _spot_at_matches(text):
        yield m.span("v" if m.group("v") is not None else "s")
    for m in _worksite_matches(text):
        if _WORKER.search(text, max(0, m.start() - 30), m.start()):
            yield m.span("v")
    folded = fold_case(text)
    if "alone" not in folded and "my own" not in folded and "myself" not in folded:
        return
    for m in _alone_matches(text):
        if _WHEN.search(sentence_around(text, m.start(), m.end(), 80)):
            yield m.span()


# A what3words address, written or read out: "///lifted.pebble.sunrise", "what three words
# for mister gwynns farmhouse is lifted dot pebble dot sunrise".
_W3W = re.compile(
    r"(?:\b(?:what\s*(?:3|three)\s*words|w3w)\b[^\n]{0,50}?\b|///)"
    r"(?P<v>[a-z]{2,20}(?:\.|\s+dot\s+)[a-z]{2,20}(?:\.|\s+dot\s+)[a-z]{2,20})\b"
)


_SOMEONES_PLACE = re.compile(
    r"\b(?:he|she|him|his|her|they|them|their|i'm|im|my|mr|mrs|ms|mister|miss|dr|(?-i:[A-Z][a-z]+)'s|"
    r"[a-z]+s\s+(?:farm|farmhouse|house|flat|home|caravan|place)|home|house|flat|caravan|farmhouse|"
    r"cottage|bungalow)\b",
    _I,
)


_W3W_CUES = ("///", "what3words", "what 3 words", "what three words", "w3w", "whatthreewords")


def _find_three_words(text: str) -> Iterator[tuple[int, int]]:
    folded = fold_case(text)
    if not any(cue in folded for cue in _W3W_CUES):
        return
    for m in _W3W.finditer(folded):
        # Someone's place, as with map coordinates: not a landmark's or an office's.
        value = text[m.start("v") : m.end("v")]
        sentence = sentence_around(text, m.start(), m.end(), 100).replace(value, " ")
        if _SOMEONES_PLACE.search(sentence) and not placeholder_context(
            text, m.start(), m.end(), 60
        ):
            yield m.span("v")


def find_whereabouts(text: str) -> Iterator[tuple[int, int]]:
    """Hotel rooms, commutes, tracked or stopped positions, work sites, home networks,
    when the writer is home alone, and where locked rooms are."""
    folded = fold_case(text)
    if "room" in folded or "rm" in folded or "suite" in folded:
        yield from _find_rooms(text)
    yield from _find_commutes(text)
    yield from _find_trips(text)
    for m in _away_matches(text):
        if not placeholder_context(text, m.start(), m.end(), 60):
            yield m.span("v")
    for m in _tracked_matches(text):
        if _GOODS.search(m.group(0)):
            continue  # "the tracker shows the parcel was at the depot": goods, not a person
        if not placeholder_context(text, m.start(), m.end(), 60):
            yield m.span("v")
    yield from _find_wifi(text)
    yield from _find_three_words(text)
    yield from _find_people_placed(text)
    for m in _facility_matches(text):
        where = m.group("v")
        if (
            _INSIDE.search(where)
            and not _UNSAID.search(where)
            and not placeholder_context(text, m.start(), m.end(), 60)
        ):
            yield m.span("v")
