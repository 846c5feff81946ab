"""Replace sensitive values with stable placeholders, and put them back.

::

    redactor = Redactor()
    safe = redactor.redact(prompt, [f for f in decision.redactions if f.source == "prompt"])
    # ... send ``safe`` to the cloud, stream the answer back ...
    restorer = redactor.stream_restorer()
    for chunk in answer_chunks:
        show(restorer.feed(chunk))
    show(restorer.flush())

The same value always gets the same placeholder (``[EMAIL_1]`` twice for the
same address, ``[EMAIL_2]`` for another), across every text one redactor
handles, so the cloud model can still tell values apart and refer to them.

The mapping from placeholders to values lives only in the ``Redactor``
object: it is never written anywhere, never logged (``repr`` shows counts,
not values) and cannot be pickled, so it cannot leave the process by
accident. A restorer holds back the tail of a chunk that could be the start
of a placeholder, so a placeholder split across streamed chunks
(``"[EMA"`` + ``"IL_1]"``) is restored too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

__all__ = ["Redactor", "Span", "StreamRestorer"]

# Placeholders as we write them, and as models sometimes echo them
# (lower case, spaces inside the brackets).
_PLACEHOLDER = re.compile(r"\[\s?([A-Za-z][A-Za-z0-9_]{0,40}?)_(\d{1,6})\s?\]")
# The longest tail a restorer may hold back: "[" + type + "_" + digits + "]".
_MAX_PLACEHOLDER = 52
_PARTIAL = re.compile(r"\[\s?[A-Za-z0-9_]{0,48}\s?$")


class Span(Protocol):
    """Anything with a type and a ``[start, end)`` span, such as a ``Finding``."""

    @property
    def type(self) -> str: ...  # pragma: no cover - protocol

    @property
    def start(self) -> int: ...  # pragma: no cover - protocol

    @property
    def end(self) -> int: ...  # pragma: no cover - protocol


class Redactor:
    """Keeps the placeholder mapping for one request (prompt, history, answer)."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def __repr__(self) -> str:
        # Never the values: a redactor may end up in a log line or a traceback.
        return f"<Redactor with {len(self._by_placeholder)} placeholder(s)>"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Redactor holds sensitive values and must not leave the process")

    @property
    def placeholders(self) -> list[str]:
        """The placeholders handed out so far, in order."""
        return list(self._by_placeholder)

    def redact(self, text: str, spans: Iterable[Span]) -> str:
        """``text`` with every span replaced by its value's placeholder.

        Overlapping spans are merged into one (named after the longest);
        empty and out-of-range spans are ignored.
        """
        merged = _merge(
            [(s.start, s.end, s.type) for s in spans if 0 <= s.start < s.end <= len(text)]
        )
        out: list[str] = []
        pos = 0
        for start, end, kind in merged:
            out.append(text[pos:start])
            out.append(self._placeholder_for(kind, text[start:end], text))
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def restore(self, text: str) -> str:
        """``text`` with every known placeholder replaced by its original value."""
        return _PLACEHOLDER.sub(self._lookup, text)

    def stream_restorer(self) -> StreamRestorer:
        """A restorer for an answer that arrives in chunks."""
        return StreamRestorer(self)

    def _lookup(self, m: re.Match[str]) -> str:
        key = f"[{m.group(1).upper()}_{m.group(2)}]"
        return self._by_placeholder.get(key, m.group(0))

    def _placeholder_for(self, kind: str, value: str, text: str) -> str:
        tag = re.sub(r"[^A-Z0-9]+", "_", kind.upper()).strip("_") or "VALUE"
        known = self._by_value.get((tag, value))
        if known is not None:
            return known
        n = self._counts.get(tag, 0)
        while True:
            n += 1
            placeholder = f"[{tag}_{n}]"
            # A placeholder the user typed literally would be "restored" wrongly.
            if placeholder not in text:
                break
        self._counts[tag] = n
        self._by_value[(tag, value)] = placeholder
        self._by_placeholder[placeholder] = value
        return placeholder


class StreamRestorer:
    """Restores placeholders in a streamed answer, even when split across chunks.

    ``feed`` returns the text that is safe to show now; ``flush`` returns the
    rest once the stream has ended. Concatenating every return value equals
    ``Redactor.restore`` of the whole answer.
    """

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._pending = ""

    def feed(self, chunk: str) -> str:
        """Add ``chunk``; return what can be shown now."""
        text = self._pending + chunk
        hold = _held_tail(text)
        self._pending = text[len(text) - hold :] if hold else ""
        return self._redactor.restore(text[: len(text) - hold])

    def flush(self) -> str:
        """Return whatever was held back (call once, at the end of the stream)."""
        text, self._pending = self._pending, ""
        return self._redactor.restore(text)


def _held_tail(text: str) -> int:
    """How many trailing characters could still become a placeholder."""
    start = text.rfind("[", max(0, len(text) - _MAX_PLACEHOLDER))
    if start == -1 or not _PARTIAL.match(text, start):
        return 0
    return len(text) - start


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            m_start, m_end, m_kind = merged[-1]
            # The wider span names the merged one: its type describes more of it.
            if end - start > m_end - m_start:
                m_kind = kind
            merged[-1] = (m_start, max(m_end, end), m_kind)
        else:
            merged.append((start, end, kind))
    return merged
