"""Find the policy in force: admin folder > user folder > bundled default.

Order, like browser and editor enterprise policies:

1. ``policy.toml`` in the machine-wide admin folder (``Paths.policy_dir``).
   When a trusted key (``*.pub``) is installed there, the file must carry a
   valid detached signature (``policy.toml.sig``) from one of them.
2. Otherwise the bundled ``resources/policies/default.toml``.
3. ``policy.toml`` in the user folder (``Paths.user_policy_dir``) is laid on
   top, and may only make things stricter.

A policy that is invalid, unsigned (where a key is trusted), badly signed,
expired or rolled back (version lower than the last accepted one, remembered
in ``Paths.policy_state_file``) is rejected; the reason is reported in
``PolicyState.rejections``. The last accepted policy of that source then
stays in force; with none, the app is local-only. A rejected admin policy
never falls back to the bundled default, which is looser than "local-only".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from router.policy.loader import PolicyError, parse_text
from router.policy.merge import merge_stricter
from router.policy.schema import Policy, local_only_policy
from router.policy.signing import SignatureError, TrustedKey, signature_path, trusted_keys
from router.policy.signing import verify_bytes as _verify
from router.policy.state import PolicyStateStore, Remembered
from router.resources import resources_dir

POLICY_FILE = "policy.toml"


class PolicyPaths(Protocol):
    """The three locations the loader needs (``app.paths.Paths`` provides them)."""

    @property
    def policy_dir(self) -> Path: ...

    @property
    def user_policy_dir(self) -> Path: ...

    @property
    def policy_state_file(self) -> Path: ...


@dataclass(frozen=True)
class Rejection:
    """A policy that was not accepted, and why (with the fix)."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True)
class PolicyState:
    """The policy in force and how it was chosen.

    ``origin`` is ``machine`` (the admin's file), ``remembered`` (the last
    accepted admin policy, because the current file was rejected),
    ``bundled`` (the default shipped with the app) or ``local-only``.
    ``signer`` is the key id that signed the admin policy, if any.
    ``user_file`` is set when a user policy was laid on top.
    """

    policy: Policy
    origin: str
    source: Path | None
    signer: str | None = None
    user_file: Path | None = None
    rejections: tuple[Rejection, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def managed(self) -> bool:
        """True when an organisation's policy is in force ("Managed by your organisation")."""
        return self.origin in ("machine", "remembered")


def bundled_default_path() -> Path:
    """The bundled default policy (source tree or PyInstaller bundle)."""
    return resources_dir() / "policies" / "default.toml"


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text))


@dataclass
class _Candidate:
    policy: Policy
    text: str
    signature: str | None
    signer: str | None


@dataclass
class _Loader:
    keys: list[TrustedKey]
    today: dt.date
    remembered: dict[str, Remembered]
    store: PolicyStateStore | None
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def check(
        self, name: str, text: str, signature: str | None, *, require_signature: bool
    ) -> _Candidate | str:
        """Validate one policy text; returns the candidate or the rejection reason."""
        try:
            policy = parse_text(text, name, today=self.today)
        except PolicyError as exc:
            return "; ".join(f"{i.key}: {i.message}" for i in exc.issues)
        signer = None
        if require_signature:
            if signature is None:
                return (
                    "is not signed, and this machine trusts admin keys; sign it with "
                    "`edgewise policy sign policy.toml --key KEY` and ship policy.toml.sig"
                )
            try:
                signer = _verify(text.encode("utf-8"), signature, self.keys).key_id
            except SignatureError as exc:
                return f"bad signature: {exc}"
        return _Candidate(policy, text, signature, signer)

    def read(self, path: Path, *, require_signature: bool) -> _Candidate | str:
        try:
            text = path.read_bytes().decode("utf-8")
        except OSError as exc:
            return f"cannot be read ({exc.strerror or exc})"
        except UnicodeDecodeError:
            return "is not UTF-8 text; save it as UTF-8"
        sig_file = signature_path(path)
        signature = None
        if sig_file.exists():
            try:
                signature = sig_file.read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError):
                signature = "not-a-signature"
        return self.check(str(path), text, signature, require_signature=require_signature)

    def not_rolled_back(self, source: str, path: Path, cand: _Candidate) -> bool:
        prev = self.remembered.get(source)
        if prev is not None and cand.policy.version < prev.version:
            self.rejections.append(
                Rejection(
                    str(path),
                    f"version {cand.policy.version} is lower than version {prev.version} "
                    f"accepted before ({prev.id}); a rolled-back policy is refused — "
                    f"issue it with a version above {prev.version}",
                )
            )
            return False
        return True

    def accept(self, source: str, path: Path, *, require_signature: bool) -> _Candidate | None:
        """Read and check ``path``; remember it when accepted, report it when not."""
        cand = self.read(path, require_signature=require_signature)
        if isinstance(cand, str):
            self.rejections.append(Rejection(str(path), cand))
            return None
        if not self.not_rolled_back(source, path, cand):
            return None
        if self.store is not None:
            problem = self.store.remember(
                source,
                policy_id=cand.policy.id,
                version=cand.policy.version,
                text=cand.text,
                signature=cand.signature,
            )
            if problem:
                self.warnings.append(problem)
        return cand

    def recall(self, source: str, *, require_signature: bool) -> _Candidate | None:
        prev = self.remembered.get(source)
        if prev is None:
            return None
        result = self.check(
            f"last accepted {source} policy",
            prev.text,
            prev.signature,
            require_signature=require_signature,
        )
        if isinstance(result, str):
            self.rejections.append(Rejection(f"last accepted {source} policy", result))
            return None
        return result


def load_in_force(
    paths: PolicyPaths,
    *,
    today: dt.date | None = None,
    app_version: str | None = None,
    bundled: Path | None = None,
    remember: bool = True,
) -> PolicyState:
    """Decide which policy is in force; never raises for a bad policy file.

    ``remember=False`` leaves the rollback-protection file untouched (for
    read-only commands such as ``policy show``).
    """
    keys, key_problems = trusted_keys(paths.policy_dir)
    store = PolicyStateStore(paths.policy_state_file) if remember else None
    remembered, state_problem = PolicyStateStore(paths.policy_state_file).load()
    loader = _Loader(keys, today or dt.date.today(), remembered, store)
    loader.warnings.extend(key_problems)
    if state_problem:
        loader.warnings.append(state_problem)

    machine_file = paths.policy_dir / POLICY_FILE
    if machine_file.is_file():
        state = _machine_base(loader, machine_file, paths.policy_dir)
    else:
        state = _bundled_base(loader, bundled or bundled_default_path())

    base, user_path = state.policy, None
    user_file = paths.user_policy_dir / POLICY_FILE
    if user_file.is_file():
        # A rejected user policy also leaves the last accepted one in force.
        cand = loader.accept("user", user_file, require_signature=False) or loader.recall(
            "user", require_signature=False
        )
        if cand is not None:
            base, ignored = merge_stricter(base, cand.policy)
            loader.warnings.extend(f"{user_file}: {w}" for w in ignored)
            user_path = user_file

    minimum = base.local.min_app_version
    if minimum and app_version and _version_tuple(app_version) < _version_tuple(minimum):
        base = replace(base, cloud=replace(base.cloud, allowed=False))
        loader.warnings.append(
            f"policy {base.id} needs Edgewise {minimum} or later (this is {app_version}); "
            "the cloud is off until you update"
        )
    return replace(
        state,
        policy=base,
        user_file=user_path,
        rejections=tuple(loader.rejections),
        warnings=tuple(loader.warnings),
    )


def _machine_base(loader: _Loader, machine_file: Path, policy_dir: Path) -> PolicyState:
    require_signature = bool(loader.keys)
    cand = loader.accept("machine", machine_file, require_signature=require_signature)
    if cand is not None:
        if not require_signature:
            loader.warnings.append(
                f"{machine_file}: accepted unsigned because no trusted key is installed "
                f"in {policy_dir}; install the admin's .pub key there to require signatures"
            )
        return PolicyState(cand.policy, "machine", machine_file, cand.signer)
    kept = loader.recall("machine", require_signature=require_signature)
    if kept is not None:
        return PolicyState(kept.policy, "remembered", None, kept.signer)
    return PolicyState(local_only_policy(), "local-only", None)


def _bundled_base(loader: _Loader, bundled_file: Path) -> PolicyState:
    cand = loader.read(bundled_file, require_signature=False)
    if isinstance(cand, str):
        loader.rejections.append(Rejection(str(bundled_file), cand))
        return PolicyState(local_only_policy(), "local-only", None)
    return PolicyState(cand.policy, "bundled", bundled_file)
