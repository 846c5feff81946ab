"""``edgewise route --jsonl FILE``: where each input would go, one JSON line each.

It answers "where would this go" and sends nothing: decisions are made as if
the machine were online with a healthy endpoint (``--offline`` for the
opposite), with the policy in force or the one given with ``--policy``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from app.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``route`` command."""
    parser = subparsers.add_parser(
        "route",
        help="one JSON routing decision per input line {id, text}; sends nothing",
        description=(
            "Decide where each request would go. Input: JSON lines with id and text. "
            "Output: one JSON line per input with id, target, level, complexity, "
            "findings and reasons."
        ),
    )
    parser.add_argument("--jsonl", required=True, help="input JSONL file, or - for stdin")
    parser.add_argument("--policy", type=Path, help="decide with this policy file")
    parser.add_argument("--offline", action="store_true", help="decide as if offline")
    parser.set_defaults(func=run)


def _inputs(lines: Iterable[str]) -> Iterator[tuple[int, Any, str | None, str]]:
    """``(line number, id, text or None, error)`` for every non-blank line."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, None, None, f"line {lineno} is not JSON ({exc.msg})"
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            ident = item.get("id") if isinstance(item, dict) else None
            yield lineno, ident, None, f'line {lineno} needs a "text" string'
            continue
        yield lineno, item.get("id"), item["text"], ""


def route_lines(
    lines: Iterable[str], out: IO[str], *, policy_path: Path | None, offline: bool
) -> int:
    """Decide every input line and write one JSON line each; returns the number of bad lines."""
    from app.cli.policy import load_policy_arg
    from router.decision import decide
    from router.payload import Context, Payload

    policy = load_policy_arg(policy_path)
    context = Context.what_if_offline() if offline else Context.what_if_online()
    bad = 0
    for lineno, ident, text, error in _inputs(lines):
        if text is None:
            bad += 1
            record: dict[str, Any] = {"id": ident, "line": lineno, "error": error}
        else:
            record = {"id": ident, **decide(Payload(prompt=text), context, policy).to_dict()}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return bad


def run(args: argparse.Namespace) -> int:
    if args.jsonl == "-":
        bad = route_lines(sys.stdin, sys.stdout, policy_path=args.policy, offline=args.offline)
    else:
        path = Path(args.jsonl)
        try:
            fh = path.open(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        with fh:
            try:
                bad = route_lines(fh, sys.stdout, policy_path=args.policy, offline=args.offline)
            except UnicodeDecodeError as exc:
                raise CliError(f"{path}: is not UTF-8 text; save it as UTF-8") from exc
    if bad:
        print(
            f"edgewise: {bad} input line(s) could not be read; see the error lines", file=sys.stderr
        )
        return 1
    return 0
