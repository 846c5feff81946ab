"""``edgewise policy``: check, show, keygen, sign and explain routing policies."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.errors import CliError

if TYPE_CHECKING:
    from router.decision import Decision
    from router.policy import Policy


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``policy`` command group."""
    parser = subparsers.add_parser(
        "policy",
        help="check, show, sign and explain routing policies",
        description="Work with the routing policy that decides what may reach the cloud.",
    )
    sub = parser.add_subparsers(dest="policy_command", metavar="SUBCOMMAND", required=True)

    check = sub.add_parser("check", help="validate a policy file (exit 0 if valid, 1 if not)")
    check.add_argument("file", type=Path, help="the policy TOML file")
    check.add_argument(
        "--keys", type=Path, help="folder of trusted .pub keys (default: the admin policy folder)"
    )
    check.set_defaults(func=run_check)

    show = sub.add_parser("show", help="the policy in force, its source, signer and rejections")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(func=run_show)

    keygen = sub.add_parser("keygen", help="create an Ed25519 key pair for signing policies")
    keygen.add_argument("--out", type=Path, default=Path(), help="folder for the keys (default: .)")
    keygen.add_argument("--name", default="edgewise-admin", help="file name stem of the keys")
    keygen.set_defaults(func=run_keygen)

    sign = sub.add_parser("sign", help="write FILE.sig, a detached signature of FILE")
    sign.add_argument("file", type=Path, help="the policy TOML file")
    sign.add_argument("--key", type=Path, required=True, help="the private key (.key)")
    sign.set_defaults(func=run_sign)

    explain = sub.add_parser("explain", help="where a text would go, and why")
    explain.add_argument("text", help="the request text")
    explain.add_argument("--policy", type=Path, help="decide with this policy file instead")
    explain.add_argument("--offline", action="store_true", help="decide as if offline")
    explain.add_argument("--json", action="store_true", help="print one JSON object")
    explain.set_defaults(func=run_explain)


def load_policy_arg(path: Path | None) -> Policy:
    """The policy given with ``--policy`` (validated), or the policy in force.

    Rejections of the policy in force are printed to stderr, never hidden.
    """
    from router.policy import PolicyError, load_file

    if path is not None:
        try:
            return load_file(path, today=dt.date.today())
        except PolicyError as exc:
            raise CliError(f"the policy cannot be used:\n{exc}") from exc
    from app import __version__
    from app.paths import Paths
    from router.policy import load_in_force

    state = load_in_force(Paths.from_env(), app_version=__version__, remember=False)
    for rejection in state.rejections:
        print(f"edgewise: rejected policy: {rejection}", file=sys.stderr)
    return state.policy


def run_check(args: argparse.Namespace) -> int:
    from router.policy import PolicyError, load_file
    from router.policy.signing import (
        SignatureError,
        signature_path,
        trusted_keys,
        verify_bytes,
    )

    path: Path = args.file
    try:
        policy = load_file(path, today=dt.date.today())
    except PolicyError as exc:
        for issue in exc.issues:
            print(issue)
        return 1
    expires = f", expires {policy.expires}" if policy.expires else ""
    print(f"{path}: OK: {policy.id} version {policy.version}, issued {policy.issued}{expires}")
    sig = signature_path(path)
    if not sig.exists():
        print(f"{path}: not signed (sign it with `edgewise policy sign {path} --key KEY`)")
        return 0
    if args.keys is not None:
        key_dir = args.keys
    else:
        from app.paths import Paths

        key_dir = Paths.from_env().policy_dir
    keys, problems = trusted_keys(key_dir)
    for problem in problems:
        print(problem)
    if not keys:
        print(f"{sig}: present, but no trusted .pub key in {key_dir} to check it against")
        return 0
    try:
        signer = verify_bytes(path.read_bytes(), sig.read_text(encoding="ascii"), keys)
    except (SignatureError, OSError, UnicodeDecodeError) as exc:
        print(f"{sig}: {exc}")
        return 1
    print(f"{sig}: valid, signed by key {signer.key_id} ({signer.path.name})")
    return 0


def _policy_summary(policy: Policy) -> dict[str, Any]:
    cloud = policy.cloud
    return {
        "id": policy.id,
        "version": policy.version,
        "issued": policy.issued.isoformat(),
        "expires": policy.expires.isoformat() if policy.expires else None,
        "cloud_allowed": cloud.allowed,
        "endpoint": cloud.endpoint,
        "model": cloud.model,
        "max_level": cloud.max_level.label,
        "redact": sorted(cloud.redact),
        "confirm": cloud.confirm.value,
        "monthly_budget": cloud.monthly_budget,
        "cloud_threshold": policy.complexity.cloud_threshold,
        "local_context_tokens": policy.complexity.local_context_tokens,
        "rules": len(policy.rules),
        "knowledge_paths": len(policy.knowledge_paths),
    }


def run_show(args: argparse.Namespace) -> int:
    from app import __version__
    from app.paths import Paths
    from router.policy import load_in_force

    state = load_in_force(Paths.from_env(), app_version=__version__, remember=False)
    info: dict[str, Any] = {
        "policy": _policy_summary(state.policy),
        "origin": state.origin,
        "managed": state.managed,
        "source": str(state.source) if state.source else None,
        "signer": state.signer,
        "user_policy": str(state.user_file) if state.user_file else None,
        "rejections": [{"file": r.file, "reason": r.reason} for r in state.rejections],
        "warnings": list(state.warnings),
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
        return 0
    p = info["policy"]
    header = "Managed by your organisation" if state.managed else "Not managed"
    print(header)
    print(f"Policy: {p['id']} version {p['version']} ({state.origin})")
    print(f"Source: {info['source'] or '-'}")
    print(f"Signer: {state.signer or 'not signed'}")
    if state.user_file:
        print(f"User policy: {state.user_file} (may only make things stricter)")
    cloud = (
        f"allowed up to {p['max_level']}, endpoint {p['endpoint'] or '(none set)'}"
        if p["cloud_allowed"]
        else "off: every request is answered on this device"
    )
    print(f"Cloud: {cloud}")
    print(f"Complexity threshold: {p['cloud_threshold']}")
    for r in state.rejections:
        print(f"Rejected: {r}")
    for w in state.warnings:
        print(f"Warning: {w}")
    return 0


def run_keygen(args: argparse.Namespace) -> int:
    from router.policy.signing import SignatureError, generate_keypair

    try:
        private, public, kid = generate_keypair(args.out, args.name)
    except SignatureError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{args.out}: cannot write keys ({exc.strerror or exc})") from exc
    print(f"Private key: {private} (keep it secret, off the laptops)")
    print(f"Public key:  {public} (copy into each machine's admin policy folder)")
    print(f"Key id:      {kid}")
    return 0


def run_sign(args: argparse.Namespace) -> int:
    from router.policy import PolicyError, load_file
    from router.policy.signing import SignatureError, sign_file

    try:
        # Never sign something the laptops would reject anyway.
        load_file(args.file, today=dt.date.today())
    except PolicyError as exc:
        raise CliError(f"not signing an invalid policy:\n{exc}") from exc
    try:
        sig = sign_file(args.file, args.key)
    except SignatureError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"cannot write the signature ({exc.strerror or exc})") from exc
    print(f"Signature: {sig}")
    return 0


def format_decision(decision: Decision) -> str:
    """Readable, multi-line explanation of a decision."""
    lines = [f"Target: {decision.target.value}"]
    level = decision.level.label
    if decision.effective_level != decision.level:
        level += f" ({decision.effective_level.label} after redaction)"
    lines.append(f"Level: {level}")
    feats = ", ".join(f"{k}={v:g}" for k, v in sorted(decision.complexity.features.items()) if v)
    lines.append(f"Complexity: {decision.complexity.score:.2f}" + (f" ({feats})" if feats else ""))
    if decision.findings:
        lines.append("Findings:")
        for f in decision.findings:
            mark = " redactable" if f.redactable else ""
            lines.append(f"  {f.type} {f.level.label} {f.source}[{f.start}:{f.end}]{mark}")
    lines.append("Reasons:")
    lines.extend(f"  - {r}" for r in decision.reasons)
    lines.append(f"Policy: {decision.policy_id} version {decision.policy_version}")
    return "\n".join(lines)


def run_explain(args: argparse.Namespace) -> int:
    from router.decision import decide
    from router.payload import Context, Payload

    policy = load_policy_arg(args.policy)
    context = Context.what_if_offline() if args.offline else Context.what_if_online()
    decision = decide(Payload(prompt=args.text), context, policy)
    if args.json:
        print(json.dumps(decision.to_dict(), ensure_ascii=False))
    else:
        print(format_decision(decision))
    return 0
