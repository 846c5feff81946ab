"""``edgewise ask``: answer one question headless, through the full request path."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from app.cli.errors import CliError

if TYPE_CHECKING:
    from app.copilot import Turn


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``ask`` command."""
    parser = subparsers.add_parser(
        "ask",
        help="answer a question headless: route, reasons, answer",
        description=(
            "Answer a question without the window: the policy in force decides where it "
            "is answered; the answer streams to stdout, the route and reasons to stderr."
        ),
    )
    parser.add_argument("prompt", help="the question or request")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    parser.add_argument("--local", action="store_true", help="keep this request on this machine")
    parser.add_argument("--conversation", type=int, help="continue conversation ID (history)")
    parser.add_argument("--max-tokens", type=int, default=256, help="answer length limit")
    parser.add_argument("--model", help="path to a GGUF file to use instead of the bundled model")
    parser.add_argument("--threads", type=int, help="CPU threads (default: physical cores)")
    parser.add_argument(
        "--yes",
        action="store_true",
        help="confirm sending when the policy asks for confirmation (shows the text first)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from app.engines.base import GenerationOptions
    from app.engines.errors import EngineError
    from app.services import build_services
    from app.settings import SettingsError

    if not args.prompt.strip():
        raise CliError('the prompt is empty; fix: edgewise ask "your question"')
    if args.max_tokens < 1:
        raise CliError("--max-tokens must be at least 1")
    try:
        services = build_services()
    except SettingsError as exc:
        raise CliError(str(exc)) from exc
    try:
        if args.model or args.threads:
            services.settings = replace(
                services.settings,
                model_path=args.model or services.settings.model_path,
                threads=args.threads or services.settings.threads,
            )
            from app.services import local_engine

            services.copilot.local = local_engine(services.settings)
        services.copilot.options = GenerationOptions(max_tokens=args.max_tokens)
        for rejection in services.policy_state.rejections:
            print(f"edgewise: policy rejected: {rejection}", file=sys.stderr)

        def confirm(text: str) -> bool:
            print(
                "edgewise: the policy asks for confirmation; this would be sent:", file=sys.stderr
            )
            print(text, file=sys.stderr)
            return bool(args.yes)

        try:
            turn = services.copilot.ask(
                args.prompt,
                conversation_id=args.conversation,
                keep_local=args.local,
                confirm=confirm,
            )
            if not args.json:
                print(f"[{turn.route}] " + "; ".join(turn.reasons), file=sys.stderr)
            for chunk in turn:
                if not args.json:
                    sys.stdout.write(chunk)
                    sys.stdout.flush()
        except EngineError as exc:
            raise CliError(str(exc)) from exc
        if not args.json:
            sys.stdout.write("\n")
            for notice in turn.notices:
                print(f"edgewise: note: {notice}", file=sys.stderr)
            return 0
        print(json.dumps(_as_json(turn), ensure_ascii=False))
        return 0
    finally:
        services.close()


def _as_json(turn: Turn) -> dict[str, Any]:
    """The ``--json`` object: route, reasons, redaction counts (never values), answer."""
    out: dict[str, Any] = {
        "target": turn.decision.target.value,
        "route": turn.route,
        "level": turn.decision.level.label,
        "reasons": list(turn.reasons),
        "redactions": turn.redaction_counts,
        "answer": turn.text.strip(),
        "model": turn.model,
        "tokens": {
            "prompt": turn.usage.prompt_tokens,
            "completion": turn.usage.completion_tokens,
            "total": turn.usage.total_tokens,
        },
        "cost": round(turn.cost, 6),
        "fallback": turn.fallback,
        "notices": turn.notices,
        "policy": {"id": turn.decision.policy_id, "version": turn.decision.policy_version},
        "conversation": turn.conversation_id,
    }
    if turn.partial_cloud_text:
        out["partial_cloud_answer"] = turn.partial_cloud_text
    return out
