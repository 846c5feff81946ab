"""The shape every file is turned into before chunking: text plus structure.

A loader produces an ``ExtractedDocument``: the document's text and the
``Block`` list that describes it (paragraphs, headings, code blocks, with the
page and heading path each sits under). Block offsets index into ``text``, so
chunks cut from blocks keep exact character offsets for citations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

HEADING_SEPARATOR = " › "


class BlockKind(StrEnum):
    """What a block is; the chunker keeps code blocks whole where it can."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit ``text[start:end]`` under a heading path and page."""

    start: int
    end: int
    kind: BlockKind
    heading: str | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    """A file's text and its structure, ready for chunking and labelling."""

    text: str
    blocks: tuple[Block, ...]
    kind: str


class UnsupportedFile(Exception):
    """Raised by a loader when a file cannot be indexed; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class DocumentBuilder:
    """Builds an ``ExtractedDocument`` from pieces (HTML, PDF and Word loaders).

    Pieces are joined by blank lines; the builder tracks the heading path so
    every block knows the section it belongs to.
    """

    kind: str
    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    _blocks: list[Block] = field(default_factory=list)
    _headings: list[tuple[int, str]] = field(default_factory=list)
    page: int | None = None

    @property
    def heading_path(self) -> str | None:
        """The current heading path, outermost first, or None before any heading."""
        if not self._headings:
            return None
        return HEADING_SEPARATOR.join(title for _, title in self._headings)

    def heading(self, level: int, title: str) -> None:
        """Start a section: ``level`` 1 is outermost."""
        title = " ".join(title.split())
        if not title:
            return
        while self._headings and self._headings[-1][0] >= level:
            self._headings.pop()
        self._headings.append((level, title))
        self._append(title, BlockKind.HEADING)

    def add(self, text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> None:
        """Append a paragraph or code block; blank pieces are dropped."""
        text = text.strip("\n") if kind is BlockKind.CODE else text.strip()
        if text.strip():
            self._append(text, kind)

    def _append(self, text: str, kind: BlockKind) -> None:
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self._blocks.append(Block(start, self._length, kind, self.heading_path, self.page))

    def build(self) -> ExtractedDocument:
        """The finished document."""
        return ExtractedDocument("".join(self._parts), tuple(self._blocks), self.kind)
