"""``edgewise audit``: verify the hash chain of the audit log, export it as CSV."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``audit`` command group."""
    parser = subparsers.add_parser(
        "audit",
        help="verify or export the tamper-evident audit log",
        description="The audit log records every routing decision (never the text itself).",
    )
    sub = parser.add_subparsers(dest="audit_command", metavar="SUBCOMMAND", required=True)

    verify = sub.add_parser("verify", help="check the hash chain; exit 1 and name the bad line")
    verify.add_argument("--log", type=Path, help="the log file (default: the user's audit log)")
    verify.set_defaults(func=run_verify)

    export = sub.add_parser("export", help="write the records as CSV")
    export.add_argument("--since", help="only records from this date or time on (ISO 8601, UTC)")
    export.add_argument("--out", type=Path, help="CSV file to write (default: stdout)")
    export.add_argument("--log", type=Path, help="the log file (default: the user's audit log)")
    export.set_defaults(func=run_export)


def _log_path(arg: Path | None) -> Path:
    if arg is not None:
        return arg
    from app.paths import Paths

    return Paths.from_env().audit_log


def parse_since(text: str) -> dt.datetime:
    """``2026-01-31`` or ``2026-01-31T12:00[:00][Z|+hh:mm]``; naive times are UTC."""
    try:
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise CliError(f'--since "{text}" is not a date; use e.g. 2026-01-31') from None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def run_verify(args: argparse.Namespace) -> int:
    from router.audit import AuditLog

    path = _log_path(args.log)
    if not path.exists():
        print(f"{path}: no audit log yet (nothing to verify)")
        return 0
    result = AuditLog(path).verify()
    print(f"{path}: {result}")
    return 0 if result.ok else 1


def run_export(args: argparse.Namespace) -> int:
    from router.audit import AuditLog

    since = parse_since(args.since) if args.since else None
    log = AuditLog(_log_path(args.log))
    check = log.verify()
    if not check.ok:
        # Export anyway, the admin needs the data, but never hide the break.
        print(f"edgewise: warning: {log.path}: {check}", file=sys.stderr)
    try:
        if args.out is None:
            rows = log.export_csv(sys.stdout, since=since)
        else:
            with args.out.open("w", encoding="utf-8", newline="") as fh:
                rows = log.export_csv(fh, since=since)
    except ValueError as exc:
        raise CliError(
            f"{log.path}: cannot be exported ({exc}); run `edgewise audit verify`"
        ) from exc
    except OSError as exc:
        raise CliError(f"cannot write the CSV ({exc.strerror or exc})") from exc
    print(f"edgewise: exported {rows} record(s)", file=sys.stderr)
    return 0
