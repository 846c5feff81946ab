"""Sensitivity labels for whole documents.

A document's level is the highest of: the path rules (the policy's
``knowledge.paths`` globs), the classification markers and other sensitivity
detectors found in its text, and a floor (``base_level``). The knowledge base
takes any ``Labeler``; ``DetectorLabeler`` is the default, built on the
router's detector contract (``scan`` + ``default_level``) and a list of
``(glob, Level)`` rules, so policy wiring only has to pass the rules in.

Globs: ``**`` matches across folders, ``*`` and ``?`` within one path segment.
A glob starting with ``/`` or ``~`` is anchored at that folder; any other glob
may match at any depth (``hr/**`` is read as ``**/hr/**``). Matching is
case-insensitive on Windows and macOS, whose file systems usually are. A rule
also applies wherever the router's own reading of ``knowledge.paths``
(``fnmatch`` on the full path, ``*`` crossing folders) matches, so a stored
label is never lower than the level the router gives the same chunk.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from router import detectors
from router.levels import Level


@dataclass(frozen=True, slots=True)
class DocumentLabel:
    """A document's level and the reasons for it, in words a user understands."""

    level: Level
    reasons: tuple[str, ...] = ()


class Labeler(Protocol):
    """Gives a document its sensitivity label from its path and text."""

    @property
    def fingerprint(self) -> str:
        """Changes whenever the same document could get another label.

        Documents labelled under another fingerprint are labelled again on the
        next sync (without re-embedding).
        """
        ...

    def label(self, path: Path, text: str) -> DocumentLabel:
        """The label of the document at ``path`` whose text is ``text``."""
        ...


def glob_to_regex(pattern: str, *, case_sensitive: bool | None = None) -> re.Pattern[str]:
    """Compile a path glob (see the module docstring) to a full-match regex."""
    if case_sensitive is None:
        case_sensitive = sys.platform not in ("win32", "darwin")
    glob = pattern.replace("\\", "/")
    if glob.startswith("~"):
        glob = Path(glob).expanduser().as_posix()
    if not glob.startswith("/") and not re.match(r"^[A-Za-z]:/", glob):
        glob = "**/" + glob
    out: list[str] = []
    i = 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return re.compile("".join(out), 0 if case_sensitive else re.IGNORECASE)


class DetectorLabeler:
    """The default ``Labeler``: path rules, then the sensitivity detectors.

    ``path_rules`` are ``(glob, level)`` pairs, typically the policy's
    ``knowledge.paths``. ``base_level`` is the least any document gets: files
    on a work laptop are ``internal`` unless a rule says otherwise.
    """

    def __init__(
        self,
        path_rules: Sequence[tuple[str, Level]] = (),
        *,
        base_level: Level = Level.INTERNAL,
    ) -> None:
        self._rules = [
            (glob, level, glob_to_regex(glob), os.path.expanduser(glob).replace(os.sep, "/"))
            for glob, level in path_rules
        ]
        self._base_level = base_level
        names = ",".join(detectors.available())
        rules = ";".join(f"{glob}={level.label}" for glob, level in path_rules)
        digest = hashlib.sha256(f"{base_level.label}|{rules}|{names}".encode()).hexdigest()
        self._fingerprint = f"detectors-v1:{digest[:16]}"

    @property
    def fingerprint(self) -> str:
        return self._fingerprint

    def label(self, path: Path, text: str) -> DocumentLabel:
        level = self._base_level
        reasons: list[str] = []
        posix = path.as_posix()
        for glob, rule_level, regex, router_pattern in self._rules:
            if regex.fullmatch(posix) or fnmatch.fnmatchcase(posix, router_pattern):
                reasons.append(f"path matches {glob!r} ({rule_level.label})")
                level = max(level, rule_level)
        found = Counter(match.type for match in detectors.scan(text))
        for kind, count in sorted(found.items()):
            kind_level = detectors.default_level(kind)
            reasons.append(f"{kind} ×{count} ({kind_level.label})")
            level = max(level, kind_level)
        if not reasons:
            reasons.append(f"no findings (default {self._base_level.label})")
        return DocumentLabel(Level(level), tuple(reasons))
