"""The values the knowledge base hands out: reports, progress and search hits."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from router.levels import Level
from router.payload import Chunk as PayloadChunk


class Outcome(StrEnum):
    """What happened to one file during a sync."""

    INDEXED = "indexed"  # new or changed: chunks embedded and stored
    UNCHANGED = "unchanged"  # same content as stored: no work
    RELABELLED = "relabelled"  # same content, new label rules: metadata updated
    SKIPPED = "skipped"  # not indexable (binary, empty, oversized, unreadable...)
    REMOVED = "removed"  # gone from disk (or no longer indexable): chunks deleted
    MISSING = "missing"  # a path the user named does not exist


@dataclass(frozen=True, slots=True)
class FileReport:
    """One line of the per-file report."""

    path: Path
    outcome: Outcome
    reason: str = ""
    chunks: int = 0
    level: Level | None = None


@dataclass
class IndexReport:
    """Everything a sync did, file by file."""

    files: list[FileReport] = field(default_factory=list)
    cancelled: bool = False
    chunks_embedded: int = 0
    notices: list[str] = field(default_factory=list)

    def counts(self) -> dict[Outcome, int]:
        """How many files ended in each outcome."""
        return dict(Counter(report.outcome for report in self.files))

    def of(self, outcome: Outcome) -> list[FileReport]:
        """The reports with ``outcome``."""
        return [report for report in self.files if report.outcome is outcome]


@dataclass(frozen=True, slots=True)
class IndexProgress:
    """Where a sync is: ``files_done`` of ``files_total``, and the last file."""

    files_done: int
    files_total: int
    current: Path | None
    chunks_embedded: int

    @property
    def fraction(self) -> float:
        """Done share in [0, 1]."""
        return 1.0 if self.files_total == 0 else min(1.0, self.files_done / self.files_total)


@dataclass(frozen=True, slots=True)
class RetrievedChunk:
    """A search hit with its citation and its document's sensitivity level.

    ``level`` is the level of the whole document the chunk comes from: the
    router must treat the chunk at least that sensitively.
    """

    text: str
    source: Path
    page: int | None
    heading: str | None
    line: int
    start: int
    end: int
    level: Level
    score: float

    @property
    def citation(self) -> str:
        """``file, p. 3`` / ``file › Heading`` / ``file, line 12``."""
        name = self.source.name
        if self.page is not None:
            return f"{name}, p. {self.page}"
        if self.heading:
            return f"{name} › {self.heading}"
        return f"{name}, line {self.line}"

    def to_payload_chunk(self) -> PayloadChunk:
        """The chunk as the router's payload carries it: text, level, source path."""
        return PayloadChunk(text=self.text, level=self.level, source=str(self.source))
