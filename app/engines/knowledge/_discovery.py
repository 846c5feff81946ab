"""Find the files under the paths a user asked to index.

Folders are walked in sorted order; ignored names (``.git``,
``node_modules``, caches and virtual environments) and, by default, hidden
files and folders are left out, as are symbolic links to folders (they can
loop). A path named explicitly is always considered, even if hidden.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_IGNORED_NAMES = frozenset(
    {
        ".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv",
        ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".idea", ".DS_Store",
        "Thumbs.db",
    }
)  # fmt: skip


@dataclass
class Discovery:
    """The files found, and the named paths that do not exist."""

    files: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)


def discover(
    roots: Sequence[Path],
    *,
    include_hidden: bool = False,
    ignored_names: Iterable[str] = DEFAULT_IGNORED_NAMES,
) -> Discovery:
    """Every indexable-looking file under ``roots`` (absolute, de-duplicated)."""
    ignored = frozenset(ignored_names)
    found: dict[Path, None] = {}
    result = Discovery()

    def skip(name: str) -> bool:
        return name in ignored or (not include_hidden and name.startswith("."))

    for root in roots:
        if root.is_file():
            found[root] = None
            continue
        if not root.is_dir():
            result.missing.append(root)
            continue
        for folder, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not skip(d))
            base = Path(folder)
            for name in sorted(filenames):
                if skip(name):
                    continue
                path = base / name
                if path.is_file():  # follows file symlinks; drops sockets, fifos, dead links
                    found[path] = None
    result.files = list(found)
    return result


def is_under(path: str, root: str) -> bool:
    """True when ``path`` is ``root`` or inside it (both absolute strings)."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)
