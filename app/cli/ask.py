"""``edgewise ask``: answer one question headless, streaming to stdout."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.errors import CliError

SYSTEM_PROMPT = "You are Edgewise, a helpful assistant. Answer accurately and concisely."


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``ask`` command."""
    parser = subparsers.add_parser(
        "ask",
        help="answer a question headless: route, reasons, answer",
        description="Answer a question without the window. Prints the answer as it streams.",
    )
    parser.add_argument("prompt", help="the question or request")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    parser.add_argument("--local", action="store_true", help="keep this request on this machine")
    parser.add_argument("--max-tokens", type=int, default=256, help="answer length limit")
    parser.add_argument("--model", help="path to a GGUF file to use instead of the bundled model")
    parser.add_argument("--threads", type=int, help="CPU threads (default: physical cores)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.engines.base import GenerationOptions
    from app.engines.errors import EngineError
    from app.engines.local import LocalEngine
    from app.engines.manifest import ModelSpec

    if not args.prompt.strip():
        raise CliError('the prompt is empty; fix: edgewise ask "your question"')
    spec = ModelSpec.for_file(Path(args.model).expanduser()) if args.model else None
    engine = LocalEngine(spec, n_threads=args.threads)
    reasons = (
        ["you asked to keep it local (--local)"]
        if args.local
        else ["no cloud endpoint is configured, so everything is answered on this machine"]
    )
    messages: list[Any] = [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": args.prompt},
    ]
    try:
        stream = engine.chat(messages, GenerationOptions(max_tokens=args.max_tokens))
        if args.json:
            answer = stream.text()
        else:
            for chunk in stream:
                sys.stdout.write(chunk)
                sys.stdout.flush()
            sys.stdout.write("\n")
            answer = stream.text()
    except EngineError as exc:
        raise CliError(str(exc)) from exc
    for notice in stream.notices:
        print(f"edgewise: note: {notice}", file=sys.stderr)
    if args.json:
        out = {
            "target": "local",
            "reasons": reasons,
            "answer": answer.strip(),
            "model": stream.model,
            "tokens": {
                "prompt": stream.usage.prompt_tokens,
                "completion": stream.usage.completion_tokens,
                "total": stream.usage.total_tokens,
            },
            "finish_reason": stream.finish_reason,
            "notices": stream.notices,
        }
        print(json.dumps(out, ensure_ascii=False))
    return 0
