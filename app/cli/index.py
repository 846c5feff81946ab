"""``edgewise index PATH...`` and ``edgewise search "..."``: the knowledge base.

``index`` syncs files and folders into the local knowledge base with a
progress bar on stderr and prints a per-file report (``--json`` for a
machine-readable one). ``search`` prints the closest chunks with their
citation and sensitivity level; ``--max-level`` leaves out documents above a
level.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app.cli.errors import CliError

if TYPE_CHECKING:
    from app.engines.knowledge import IndexProgress, IndexReport, KnowledgeBase, RetrievedChunk

_LEVELS = ("public", "internal", "confidential", "restricted")


def register(subparsers: Any) -> None:
    """Add the ``index`` and ``search`` commands."""
    index = subparsers.add_parser(
        "index",
        help="add files or folders to the knowledge base (only changed files are re-indexed)",
        description=(
            "Index files and folders into the local knowledge base. Unchanged files "
            "are skipped, deleted ones removed. Without PATH, re-syncs every folder "
            "indexed before."
        ),
    )
    index.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    index.add_argument("--json", action="store_true", help="print the report as JSON")
    index.add_argument(
        "-v", "--verbose", action="store_true", help="list unchanged files in the report too"
    )
    index.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    index.set_defaults(func=run_index)

    search = subparsers.add_parser(
        "search",
        help="search the knowledge base: top chunks with source and level",
        description="Print the chunks closest to QUERY with their citation and level.",
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print the hits as JSON")
    search.add_argument(
        "-k", "--top", type=int, default=5, metavar="N", help="how many chunks (default 5)"
    )
    search.add_argument(
        "--max-level",
        choices=_LEVELS,
        metavar="LEVEL",
        help=f"leave out documents above LEVEL ({', '.join(_LEVELS)})",
    )
    search.set_defaults(func=run_search)


def _open() -> KnowledgeBase:
    from app.engines.knowledge import KnowledgeError, open_default
    from app.paths import Paths
    from router.policy import load_in_force

    paths = Paths.from_env()
    # The policy in force labels documents by path (`knowledge.paths`), the same
    # rules the app uses, so a document gets the same level however it was indexed.
    policy = load_in_force(paths).policy
    rules = tuple((entry.glob, entry.level) for entry in policy.knowledge_paths)
    try:
        knowledge = open_default(paths.knowledge_dir, path_rules=rules)
    except KnowledgeError as exc:
        raise CliError(str(exc)) from exc
    for notice in knowledge.notices:
        print(f"edgewise: {notice}", file=sys.stderr)
    return knowledge


class ProgressBar:
    """A one-line progress bar redrawn in place (a line per 10 % when not a TTY)."""

    def __init__(self, stream: IO[str], width: int = 30) -> None:
        self._stream = stream
        self._width = width
        self._tty = stream.isatty()
        self._last_decile = -1

    def update(self, progress: IndexProgress) -> None:
        """Draw ``progress``."""
        filled = round(progress.fraction * self._width)
        bar = "#" * filled + "-" * (self._width - filled)
        name = progress.current.name if progress.current is not None else ""
        line = f"[{bar}] {progress.files_done}/{progress.files_total} files  {name}"
        if self._tty:
            self._stream.write("\r" + line[:100].ljust(100))
        else:
            decile = int(progress.fraction * 10)
            if decile == self._last_decile:
                return
            self._last_decile = decile
            self._stream.write(line + "\n")
        self._stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self._tty:
            self._stream.write("\n")
            self._stream.flush()


def run_index(args: argparse.Namespace) -> int:
    """Sync the named paths (or every known root) and print the report."""
    from app.engines.knowledge import KnowledgeError, Outcome

    knowledge = _open()
    try:
        paths = list(args.paths) or None
        if paths is None and not knowledge.roots():
            raise CliError("nothing indexed yet. Fix: name a file or folder: edgewise index PATH")
        bar = None if args.no_progress else ProgressBar(sys.stderr)
        try:
            report = knowledge.sync(paths, on_progress=bar.update if bar else None)
        except KnowledgeError as exc:
            raise CliError(str(exc)) from exc
        finally:
            if bar is not None:
                bar.close()
    finally:
        knowledge.close()
    if args.json:
        print(json.dumps(report_to_json(report), indent=2))
    else:
        print_report(report, verbose=args.verbose)
    missing = report.of(Outcome.MISSING)
    if missing and len(missing) == len(args.paths):
        raise CliError(f"no such file or folder: {', '.join(str(m.path) for m in missing)}")
    return 1 if missing else 0


def report_to_json(report: IndexReport) -> dict[str, Any]:
    """The report as plain JSON types."""
    return {
        "cancelled": report.cancelled,
        "chunks_embedded": report.chunks_embedded,
        "counts": {outcome.value: n for outcome, n in report.counts().items()},
        "notices": report.notices,
        "files": [
            {
                "path": str(f.path),
                "outcome": f.outcome.value,
                "reason": f.reason,
                "chunks": f.chunks,
                "level": None if f.level is None else f.level.label,
            }
            for f in report.files
        ],
    }


def print_report(report: IndexReport, *, verbose: bool = False) -> None:
    """The per-file report for people: one line per file, then totals."""
    from app.engines.knowledge import Outcome

    for f in report.files:
        if f.outcome is Outcome.UNCHANGED and not verbose:
            continue
        detail = f.reason
        if f.outcome in (Outcome.INDEXED, Outcome.RELABELLED, Outcome.UNCHANGED):
            level = f.level.label if f.level is not None else "?"
            detail = f"{f.chunks} chunks, {level}"
        print(f"{f.outcome.value:<10} {f.path}" + (f"  ({detail})" if detail else ""))
    counts = report.counts()
    totals = ", ".join(f"{n} {outcome.value}" for outcome, n in sorted(counts.items()))
    state = "cancelled" if report.cancelled else "done"
    print(f"{state}: {totals or 'no files'}; {report.chunks_embedded} chunks embedded")


def run_search(args: argparse.Namespace) -> int:
    """Print the top chunks for the query."""
    from app.engines.knowledge import KnowledgeError
    from router.levels import Level

    if args.top < 1:
        raise CliError("-k/--top must be at least 1")
    max_level = None if args.max_level is None else Level.parse(args.max_level)
    knowledge = _open()
    try:
        hits = knowledge.search(args.query, k=args.top, max_level=max_level)
    except KnowledgeError as exc:
        raise CliError(str(exc)) from exc
    finally:
        knowledge.close()
    if args.json:
        print(json.dumps([hit_to_json(rank, hit) for rank, hit in enumerate(hits, 1)], indent=2))
        return 0
    if not hits:
        print("no results (index files first with: edgewise index PATH)")
        return 0
    for rank, hit in enumerate(hits, 1):
        snippet = " ".join(hit.text.split())
        if len(snippet) > 240:
            snippet = snippet[:239] + "…"
        print(f"{rank}. {hit.citation}  [{hit.level.label}]  score {hit.score:.2f}")
        print(f"   {hit.source}")
        print(f"   {snippet}")
    return 0


def hit_to_json(rank: int, hit: RetrievedChunk) -> dict[str, Any]:
    """A search hit as plain JSON types."""
    return {
        "rank": rank,
        "citation": hit.citation,
        "source": str(hit.source),
        "page": hit.page,
        "heading": hit.heading,
        "line": hit.line,
        "start": hit.start,
        "end": hit.end,
        "level": hit.level.label,
        "score": round(hit.score, 4),
        "text": hit.text,
    }
