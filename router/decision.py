"""Turn a payload, its context and the policy into a routing ``Decision``.

The cloud is used only if every one of these holds; otherwise the answer is
local (or ``blocked`` when no local model may run):

- no sensitivity check failed and the user did not choose local;
- the policy allows the cloud;
- the payload's level after allowed redactions is at most ``cloud.max_level``;
- an endpoint is known (skipped in what-if mode: ``edgewise route``);
- the machine is online and the endpoint healthy;
- the budget left covers the estimated cost;
- the complexity is at or over ``complexity.cloud_threshold``, or the
  payload does not fit the local model's context window.

``decide`` is deterministic and total: any exception inside it yields a local
decision that says a check failed, never a crash and never the cloud.
"""

from __future__ import annotations

import enum
import fnmatch
import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from router import complexity as complexity_mod
from router import detectors
from router.complexity import Complexity
from router.findings import Finding
from router.levels import Level
from router.payload import Context, Payload
from router.policy.schema import Confirm, Policy
from router.redact import Redactor

CHARS_PER_TOKEN = 4.0
# The finding of the trained model (``router.detectors.disclosure``).
_DISCLOSURE = "disclosure"


class Target(enum.StrEnum):
    """Where a request is answered."""

    LOCAL = "local"
    CLOUD = "cloud"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class Decision:
    """The routing decision for one request, with everything that explains it.

    ``level`` is the highest level found in the payload; ``effective_level``
    is what remains once the ``redactions`` (findings of types the policy lets
    be replaced by placeholders) are applied. ``redactions`` is empty unless
    the target is the cloud. ``reasons`` are sentences for the user.
    """

    target: Target
    level: Level
    effective_level: Level
    findings: tuple[Finding, ...]
    complexity: Complexity
    redactions: tuple[Finding, ...]
    reasons: tuple[str, ...]
    policy_id: str
    policy_version: int
    needs_confirmation: bool = False

    @property
    def redacted(self) -> bool:
        """True when values are replaced by placeholders before sending."""
        return bool(self.redactions)

    def finding_counts(self) -> dict[str, int]:
        """How many findings of each type (safe to log: no text)."""
        return dict(sorted(Counter(f.type for f in self.findings).items()))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view (no raw text: findings are types and spans)."""
        return {
            "target": self.target.value,
            "level": self.level.label,
            "effective_level": self.effective_level.label,
            "complexity": self.complexity.score,
            "complexity_features": dict(self.complexity.features),
            "findings": [_finding_dict(f) for f in self.findings],
            "redactions": [_finding_dict(f) for f in self.redactions],
            "needs_confirmation": self.needs_confirmation,
            "reasons": list(self.reasons),
            "policy_id": self.policy_id,
            "policy_version": self.policy_version,
        }


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "type": f.type,
        "level": f.level.label,
        "start": f.start,
        "end": f.end,
        "source": f.source,
        "redactable": f.redactable,
    }


class _CheckFailed(Exception):
    """A detector or knowledge check raised; the request must stay local."""


def _level_of(match_type: str, rule_levels: dict[str, Level]) -> Level:
    level = rule_levels.get(match_type)
    if level is not None:
        return level
    try:
        return detectors.default_level(match_type)
    except KeyError:
        # A type nobody rated: treat it as the most sensitive (fail closed).
        return Level.RESTRICTED


def collect_findings(payload: Payload, policy: Policy) -> list[Finding]:
    """Every finding in every part of ``payload``, weighed by ``policy``.

    Raises ``_CheckFailed`` when a detector raises.
    """
    rule_levels = policy.detector_levels()
    redact = policy.cloud.redact
    names = detectors.available()
    findings: list[Finding] = []
    for part, text in payload.parts():
        if not text:
            continue
        try:
            matches = detectors.scan(text, names)
        except Exception as exc:
            raise _CheckFailed(f"a sensitivity detector failed ({type(exc).__name__})") from exc
        for m in matches:
            findings.append(
                Finding(
                    m.type, _level_of(m.type, rule_levels), m.start, m.end, m.type in redact, part
                )
            )
        for rule in policy.rules:
            if rule.regex is None:
                continue
            for hit in rule.regex.finditer(text):
                if hit.end() > hit.start():
                    findings.append(
                        Finding(
                            rule.name, rule.level, hit.start(), hit.end(), rule.name in redact, part
                        )
                    )
    for i, chunk in enumerate(payload.chunks):
        part = f"knowledge[{i}]"
        if chunk.level > Level.PUBLIC:
            findings.append(Finding("document_label", chunk.level, 0, len(chunk.text), False, part))
        path_level = _knowledge_level(chunk.source, policy)
        if path_level is not None:
            findings.append(Finding("knowledge_path", path_level, 0, len(chunk.text), False, part))
    order = {name: i for i, (name, _) in enumerate(payload.parts())}
    findings.sort(key=lambda f: (order.get(f.source, -1), f.start, f.end, f.type))
    return findings


def _knowledge_level(source: str, policy: Policy) -> Level | None:
    if not source or not policy.knowledge_paths:
        return None
    path = source.replace(os.sep, "/")
    best: Level | None = None
    for entry in policy.knowledge_paths:
        pattern = os.path.expanduser(entry.glob).replace(os.sep, "/")
        # fnmatch's "*" also crosses "/", so "dir/**" and "dir/*" both cover subfolders.
        if fnmatch.fnmatchcase(path, pattern) and (best is None or entry.level > best):
            best = entry.level
    return best


# Words a user understands for the finding types whose names are codes.
_PLAIN = {
    "marker_restricted": "RESTRICTED marking",
    "marker_confidential": "CONFIDENTIAL marking",
    "marker_internal": "INTERNAL ONLY marking",
    "credit_card": "card number",
    "us_ssn": "US social security number",
    "iban": "IBAN",
    "ip_address": "IP address",
    "private_ip": "private IP address",
    "mac_address": "MAC address",
    "api_token": "API token",
    "document_label": "document labelled",
    "knowledge_path": "document from a protected folder",
    "disclosure": "private matters told in the request",
}


def _plain(type_name: str) -> str:
    return _PLAIN.get(type_name, type_name.replace("_", " "))


def _summary(findings: list[Finding], above: int) -> str:
    counts = Counter((f.type, f.level) for f in findings if f.level > above)
    parts = []
    # Highest level first; within a level the model's reading after the values the
    # rules found, which say more precisely what would leave.
    order = sorted(counts.items(), key=lambda kv: (-kv[0][1], kv[0][0] == _DISCLOSURE, kv[0][0]))
    for (kind, level), n in order:
        times = f" ×{n}" if n > 1 else ""
        parts.append(f"{_plain(kind)}{times} ({level.label})")
    return ", ".join(parts)


def _documents(findings: list[Finding], payload: Payload, above: Level) -> str:
    """Names the retrieved documents that raised the level: `` (from minutes.md)``."""
    names: list[str] = []
    for f in findings:
        if f.level <= above or not f.source.startswith("knowledge["):
            continue
        index = int(f.source[len("knowledge[") : -1])
        source = payload.chunks[index].source if index < len(payload.chunks) else ""
        name = source.replace("\\", "/").rsplit("/", 1)[-1]
        if name and name not in names:
            names.append(name)
    return f" (from {', '.join(names)})" if names else ""


def _score(payload: Payload, policy: Policy) -> tuple[Complexity, str | None]:
    # Everything sent fills the model's window, so the whole payload is scored.
    text = "\n\n".join(t for _, t in payload.parts() if t)
    try:
        result = complexity_mod.score(
            text, local_context_tokens=policy.complexity.local_context_tokens
        )
    except Exception as exc:
        return Complexity(0.0), f"the complexity check failed ({type(exc).__name__})"
    return result, None


def _estimated_cost(payload: Payload, policy: Policy) -> float:
    chars = sum(len(t) for _, t in payload.parts())
    return chars / CHARS_PER_TOKEN / 1000.0 * policy.cloud.price_per_1k_input


@dataclass(frozen=True)
class _Assessment:
    """What the checks found, before the rules weigh it."""

    findings: tuple[Finding, ...]
    failure: str | None
    complexity: Complexity
    complexity_failure: str | None
    level: Level
    effective: Level
    kept: list[Finding]
    redactable: tuple[Finding, ...]


def _assess(payload: Payload, policy: Policy) -> _Assessment:
    failure: str | None = None
    try:
        findings = collect_findings(payload, policy)
    except _CheckFailed as exc:
        findings, failure = [], str(exc)
    complexity, complexity_failure = _score(payload, policy)
    redactable = tuple(f for f in findings if f.redactable)
    kept = [f for f in findings if not f.redactable and not _covered(f, redactable)]
    if redactable and failure is None:
        kept = [f for f in kept if not _told_only_by_values(f, redactable, payload)]
    # A failed check leaves the level unknown: assume the worst.
    worst = Level.RESTRICTED if failure else None
    return _Assessment(
        findings=tuple(findings),
        failure=failure,
        complexity=complexity,
        complexity_failure=complexity_failure,
        level=worst
        if worst is not None
        else max((f.level for f in findings), default=Level.PUBLIC),
        effective=worst
        if worst is not None
        else max((f.level for f in kept), default=Level.PUBLIC),
        kept=kept,
        redactable=redactable,
    )


def _told_only_by_values(
    finding: Finding, redactions: tuple[Finding, ...], payload: Payload
) -> bool:
    """Whether a ``disclosure`` finding no longer holds once the values are replaced.

    The model reads a request as a whole; a request full of a person's
    details ("my name is ..., I live at ..., card ...") reads as a disclosure
    because of those details. What would leave is the redacted text: when the
    model does not flag that, the placeholders took away what it saw. The
    words that only introduce a value ("my name is", "I live at", "refund
    card") still read as a disclosure around a placeholder, so the model also
    judges the text without the values and up to three words before each, in
    the same clause: what is told besides the values ("my laptop got nicked,
    write to [EMAIL_1]") still keeps the request local.
    """
    if finding.type != _DISCLOSURE:
        return False
    text = dict(payload.parts()).get(finding.source, "")
    own = [r for r in redactions if r.source == finding.source]
    if not text or not own:
        return False
    sent = Redactor().redact(text, own)
    if not detectors.scan(sent, [_DISCLOSURE]):
        return True
    rest = _without_values(text, own)
    # A few words left ("Hi, ... My ...") tell nothing, and the model, which scales by
    # the number of words, is least sure on them.
    if len(_WORDS.findall(rest)) < _MIN_WORDS_LEFT:
        return True
    return not detectors.scan(rest, [_DISCLOSURE])


_WORDS = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS_LEFT = 3


# Up to three words just before a value, without crossing a clause's punctuation.
_LEAD_IN = re.compile(r"(?:[\w'’:#/-]+[ \t]+){1,3}$")


def _without_values(text: str, values: list[Finding]) -> str:
    """``text`` without the ``values`` and the words that introduce each one."""
    parts: list[str] = []
    pos = 0
    for value in sorted(values, key=lambda f: f.start):
        if value.start < pos:
            continue  # inside a value already left out
        head = text[pos : value.start]
        # Only the tail can hold the lead-in: a bounded search keeps this linear.
        cut = max(0, len(head) - 80)
        lead = _LEAD_IN.search(head, cut)
        parts.append(head[: lead.start()] if lead is not None else head)
        pos = value.end
    parts.append(text[pos:])
    return " ".join(parts)


def _covered(finding: Finding, redactions: tuple[Finding, ...]) -> bool:
    """Whether a value finding lies wholly inside a value that will be replaced.

    Two detectors often find one value ("42 Elm Street" is a street address
    and where someone lives): once the allowed one is replaced by a
    placeholder, the other's text is gone too. Topics and markers are never
    waived this way: they say what the text is about, not a value in it. Nor
    do they waive others: a policy may let a ``disclosure`` be redacted, but
    its span is the whole request, and an e-mail address inside it is still
    a value the policy did not allow to leave.
    """
    if not _is_value(finding.type):
        return False
    return any(
        _is_value(r.type)
        and r.source == finding.source
        and r.start <= finding.start
        and finding.end <= r.end
        for r in redactions
    )


def _is_value(type_name: str) -> bool:
    """Whether findings of ``type_name`` are values (not topics, markers or policy rules)."""
    try:
        return detectors.default_redactable(type_name)
    except KeyError:
        return False  # an organisation rule from the policy


def _blockers(a: _Assessment, payload: Payload, context: Context, policy: Policy) -> list[str]:
    """Every reason the request may not go to the cloud, in a fixed order."""
    cloud = policy.cloud
    blockers: list[str] = []
    if a.failure:
        blockers.append(f"{a.failure}, so the request stays on this device")
    if context.user_forces_local:
        blockers.append("you chose to answer on this device")
    if not cloud.allowed:
        blockers.append(f"the policy ({policy.id}) does not allow the cloud")
    if a.effective > cloud.max_level:
        ceiling = f"only {cloud.max_level.label} or less may leave this device"
        found = "" if a.failure else f"it contains {_summary(a.kept, cloud.max_level)}; "
        blockers.append(found + ceiling + _documents(a.kept, payload, cloud.max_level))
    # Connectivity only matters (and is only probed) when there is somewhere to go.
    if not (cloud.endpoint or context.endpoint or context.what_if):
        blockers.append("no cloud endpoint is set up")
    elif context.user_forces_local:
        pass
    elif not context.online:
        blockers.append("this device is offline")
    elif not context.endpoint_healthy:
        blockers.append("the cloud endpoint is not responding")
    budget = context.budget_left
    # Written so that NaN counts as "no budget" (fail closed).
    if budget is not None and not (budget > 0 and _estimated_cost(payload, policy) <= budget):
        blockers.append("this month's cloud budget is used up")
    threshold = policy.complexity.cloud_threshold
    if a.complexity_failure:
        blockers.append(f"{a.complexity_failure}, so the local model answers")
    elif not (a.complexity.score >= threshold or a.complexity.exceeds_local_context):
        blockers.append(
            f"the local model can handle it (complexity {a.complexity.score:.2f} "
            f"is below {threshold:.2f})"
        )
    return blockers


def _cloud_reasons(a: _Assessment, context: Context, policy: Policy) -> tuple[list[str], bool]:
    """Why a request goes to the cloud, and whether the user must confirm."""
    cloud = policy.cloud
    reasons = []
    if a.complexity.exceeds_local_context:
        reasons.append("it is too long for the local model's context window")
    else:
        threshold = policy.complexity.cloud_threshold
        reasons.append(f"it is complex (complexity {a.complexity.score:.2f} ≥ {threshold:.2f})")
    if a.redactable:
        reasons.append(
            f"{_summary(list(a.redactable), -1)} "
            "will be replaced by placeholders before sending and restored in the answer"
        )
    if a.effective > Level.PUBLIC:
        reasons.append(f"its level ({a.effective.label}) is allowed in the cloud by the policy")
    else:
        reasons.append("nothing sensitive was found")
    if not (cloud.endpoint or context.endpoint):
        reasons.append("it would go to the cloud once a cloud endpoint is set up")
    confirm = cloud.confirm is Confirm.ALWAYS or (
        cloud.confirm is Confirm.ABOVE_PUBLIC and a.level > Level.PUBLIC
    )
    if confirm:
        reasons.append("the policy asks you to confirm before it is sent")
    return reasons, confirm


def _decide(payload: Payload, context: Context, policy: Policy) -> Decision:
    a = _assess(payload, policy)
    blockers = _blockers(a, payload, context, policy)
    redactions: tuple[Finding, ...] = ()
    if blockers:
        target = Target.LOCAL if context.local_available else Target.BLOCKED
        if target is Target.BLOCKED:
            blockers.append("no permitted local model can run, so the request is blocked")
        reasons, confirm = blockers, False
    else:
        target, redactions = Target.CLOUD, a.redactable
        reasons, confirm = _cloud_reasons(a, context, policy)
    return Decision(
        target=target,
        level=a.level,
        effective_level=a.effective,
        findings=a.findings,
        complexity=a.complexity,
        redactions=redactions,
        reasons=tuple(reasons),
        policy_id=policy.id,
        policy_version=policy.version,
        needs_confirmation=confirm,
    )


def decide(payload: Payload, context: Context, policy: Policy) -> Decision:
    """Decide where ``payload`` is answered under ``policy`` in ``context``.

    Total: an unexpected error gives a local decision at level restricted
    whose reason says a check failed.
    """
    try:
        return _decide(payload, context, policy)
    except Exception as exc:
        return Decision(
            target=Target.LOCAL if context.local_available else Target.BLOCKED,
            level=Level.RESTRICTED,
            effective_level=Level.RESTRICTED,
            findings=(),
            complexity=Complexity(0.0),
            redactions=(),
            reasons=(
                f"the routing check failed ({type(exc).__name__}), so the request "
                "stays on this device",
            ),
            policy_id=policy.id,
            policy_version=policy.version,
        )
