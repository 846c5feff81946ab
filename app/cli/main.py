"""Entry point of the ``edgewise`` console script.

Each command group lives in its own module exposing ``register(subparsers)``;
the module sets ``func`` on its parser, which receives the parsed arguments and
returns the process exit code. Heavy imports happen inside those functions so
``edgewise --help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.cli.errors import CliError

# Command-group modules, in the order they appear in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "app.cli.ask",
    "app.cli.route",
    "app.cli.index",
    "app.cli.policy",
    "app.cli.audit",
    "app.cli.key",
)


def build_parser() -> argparse.ArgumentParser:
    """Build the full argument parser from every available command module."""
    parser = argparse.ArgumentParser(
        prog="edgewise",
        description="Offline-first desktop AI copilot. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"edgewise {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check policy, local model, embedding model and store offline; exit 0 if all pass",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # command group not built yet
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from app.selftest import run_self_test

            return run_self_test()
        func = getattr(args, "func", None)
        if func is None:
            from app.ui.launch import launch

            return launch()
        code: int = func(args)
        return code
    except CliError as exc:
        print(f"edgewise: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("edgewise: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`edgewise ... | head`): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
