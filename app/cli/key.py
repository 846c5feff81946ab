"""``edgewise key``: the cloud API key, kept in the OS keyring only.

The key is read from a hidden prompt or standard input, never from the command
line (which other users can see and shells write to history files).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from app.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``key`` command group."""
    parser = subparsers.add_parser("key", help="store or forget the cloud API key (OS keyring)")
    sub = parser.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    set_p = sub.add_parser("set", help="store the key for ENDPOINT (asks for it, hidden)")
    set_p.add_argument("endpoint", help="the endpoint URL, e.g. https://gateway.example.com/v1")
    set_p.add_argument("--stdin", action="store_true", help="read the key from standard input")
    set_p.set_defaults(func=_set)
    del_p = sub.add_parser("delete", help="forget the key for ENDPOINT")
    del_p.add_argument("endpoint")
    del_p.set_defaults(func=_delete)
    st_p = sub.add_parser("status", help="say whether a key is stored for ENDPOINT (not the key)")
    st_p.add_argument("endpoint")
    st_p.set_defaults(func=_status)


def _set(args: argparse.Namespace) -> int:
    from app.engines.errors import CloudConfigError
    from app.engines.secrets import set_api_key

    key = sys.stdin.readline().strip() if args.stdin else getpass.getpass("API key: ")
    try:
        set_api_key(args.endpoint, key)
    except CloudConfigError as exc:
        raise CliError(str(exc)) from exc
    print(f"Stored the API key for {args.endpoint} in the OS keyring.")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from app.engines.errors import CloudConfigError
    from app.engines.secrets import delete_api_key

    try:
        found = delete_api_key(args.endpoint)
    except CloudConfigError as exc:
        raise CliError(str(exc)) from exc
    print("Deleted." if found else f"No key was stored for {args.endpoint}.")
    return 0


def _status(args: argparse.Namespace) -> int:
    from app.engines.errors import CloudConfigError
    from app.engines.secrets import get_api_key

    try:
        stored = get_api_key(args.endpoint) is not None
    except CloudConfigError as exc:
        raise CliError(str(exc)) from exc
    print(f"A key is stored for {args.endpoint}." if stored else f"No key for {args.endpoint}.")
    return 0 if stored else 1
