"""Cut an ``ExtractedDocument`` into overlapping chunks along its structure.

Blocks are packed into chunks of at most ``max_chars`` without crossing a
section (heading or page) boundary, so a chunk never mixes two sections and
its citation is exact. Consecutive chunks of one section overlap by about
``overlap_chars`` (snapped to a word boundary) so a sentence cut at a chunk
edge is still found whole. Blocks longer than a chunk are split at line,
sentence or word boundaries, in that order of preference.

Every chunk's text is ``document.text[start:end]``: offsets are exact.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.engines.knowledge._document import Block, BlockKind, ExtractedDocument

DEFAULT_MAX_CHARS = 1000
DEFAULT_OVERLAP_CHARS = 150


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a document: ``text`` is ``document.text[start:end]``."""

    index: int
    text: str
    start: int
    end: int
    heading: str | None
    page: int | None

    def embedding_text(self) -> str:
        """What is embedded: the heading path gives a bare paragraph its context."""
        if self.heading and not self.text.startswith(self.heading):
            return f"{self.heading}\n\n{self.text}"
        return self.text


def chunk_document(
    document: ExtractedDocument,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    overlap_chars: int = DEFAULT_OVERLAP_CHARS,
) -> list[Chunk]:
    """Chunks of ``document`` in reading order; heading-only sections yield none."""
    if max_chars < 50:
        raise ValueError(f"max_chars must be at least 50, got {max_chars}")
    if not 0 <= overlap_chars < max_chars // 2:
        raise ValueError(f"overlap_chars must be in [0, {max_chars // 2}), got {overlap_chars}")
    text = document.text
    pieces = [piece for block in document.blocks for piece in _split_long(text, block, max_chars)]
    spans: list[tuple[int, int, Block]] = []
    section_start = 0
    current: list[Block] = []

    def emit() -> None:
        if not current or all(b.kind is BlockKind.HEADING for b in current):
            return  # a heading alone says nothing; it lives on in the next chunk's heading
        start = current[0].start
        previous = spans[-1] if spans else None
        if (
            overlap_chars
            and previous is not None
            and _same_section(previous[2], current[0])
            and previous[1] > section_start
        ):
            start = min(start, _snap_forward(text, max(section_start, previous[1] - overlap_chars)))
        spans.append((start, current[-1].end, current[-1]))

    for piece in pieces:
        if current and not _same_section(current[-1], piece):
            emit()
            current = []
            section_start = piece.start
        elif (
            current
            and piece.end - current[0].start > max_chars
            and not all(b.kind is BlockKind.HEADING for b in current)
        ):
            emit()
            current = []
        if not current and not spans:
            section_start = piece.start
        current.append(piece)
    emit()

    return [
        Chunk(i, text[start:end], start, end, last.heading, last.page)
        for i, (start, end, last) in enumerate(spans)
    ]


def _same_section(a: Block, b: Block) -> bool:
    return a.heading == b.heading and a.page == b.page


def _snap_forward(text: str, position: int) -> int:
    """The start of the first word at or after ``position`` (overlap starts on a word)."""
    if position <= 0 or text[position - 1].isspace():
        return max(position, 0)
    limit = min(len(text), position + 40)
    for i in range(position, limit):
        if text[i].isspace():
            return i + 1
    return position


def _split_long(text: str, block: Block, max_chars: int) -> list[Block]:
    """``block`` itself when it fits, else consecutive pieces of at most ``max_chars``."""
    if block.end - block.start <= max_chars:
        return [block]
    pieces: list[Block] = []
    start = block.start
    while block.end - start > max_chars:
        cut = _best_cut(text, start, start + max_chars)
        pieces.append(Block(start, cut, block.kind, block.heading, block.page))
        start = cut
        while start < block.end and text[start].isspace():
            start += 1
    if start < block.end:
        pieces.append(Block(start, block.end, block.kind, block.heading, block.page))
    return pieces


def _best_cut(text: str, start: int, limit: int) -> int:
    """Where to cut ``text[start:limit]``: last newline, sentence end or space."""
    floor = start + (limit - start) // 2  # never cut so early that pieces get tiny
    for separator in ("\n", ". ", "? ", "! ", "; ", " "):
        at = text.rfind(separator, floor, limit)
        if at != -1:
            return at + len(separator.rstrip(" "))
    return limit
