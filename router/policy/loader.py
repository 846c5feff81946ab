"""Read a policy file, validate every key, and build a ``Policy``.

Validation collects every problem instead of stopping at the first, and each
message names the file, the key path and the fix, for example::

    policy.toml: cloud.max_level: "secret" is not one of public, internal, confidential, restricted

Unknown keys are errors (a typo must not silently weaken a policy).
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from router import detectors
from router.levels import Level
from router.policy.schema import (
    SCHEMA_VERSION,
    AuditPolicy,
    CloudPolicy,
    ComplexityPolicy,
    Confirm,
    KnowledgePath,
    LocalPolicy,
    Policy,
    SensitivityRule,
)

T = TypeVar("T")

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_VERSION_RE = re.compile(r"^\d+(\.\d+){0,3}$")
_NO_STRINGS: tuple[str, ...] = ()
_TOML_LINE_RE = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class PolicyIssue:
    """One validation problem: where it is and what to do about it."""

    file: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.message}"


class PolicyError(ValueError):
    """A policy file that cannot be used; ``issues`` lists every problem found."""

    def __init__(self, issues: Iterable[PolicyIssue]) -> None:
        self.issues: tuple[PolicyIssue, ...] = tuple(issues)
        super().__init__("\n".join(str(i) for i in self.issues))


class _Reader:
    """Collects issues while reading one file's tables."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.issues: list[PolicyIssue] = []

    def error(self, key: str, message: str) -> None:
        self.issues.append(PolicyIssue(self.file, key, message))

    def table(self, data: dict[str, Any], key: str, name: str) -> dict[str, Any]:
        value = data.get(name, {})
        if not isinstance(value, dict):
            self.error(key, f"must be a table; write it as [{key}]")
            return {}
        return value

    def known_keys(self, data: dict[str, Any], prefix: str, known: Iterable[str]) -> None:
        known = list(known)
        for k in data:
            if k in known:
                continue
            hint = difflib.get_close_matches(k, known, n=1)
            fix = f'did you mean "{hint[0]}"?' if hint else f"allowed keys: {', '.join(known)}"
            self.error(_join(prefix, k), f"unknown key; {fix}")

    def get(
        self,
        data: dict[str, Any],
        prefix: str,
        name: str,
        convert: Callable[[_Reader, str, Any], T],
        default: T,
        *,
        required: bool = False,
    ) -> T:
        key = _join(prefix, name)
        if name not in data:
            if required:
                self.error(key, "is required")
            return default
        try:
            return convert(self, key, data[name])
        except _Invalid:
            return default


class _Invalid(Exception):
    """Raised by converters after they recorded an issue."""


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _fail(r: _Reader, key: str, message: str) -> _Invalid:
    r.error(key, message)
    return _Invalid()


def _as_bool(r: _Reader, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _fail(r, key, f"{value!r} is not true or false")
    return value


def _as_str(r: _Reader, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _fail(r, key, f'{value!r} is not a string; put it in quotes, e.g. "{value}"')
    return value


def _as_int(r: _Reader, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(r, key, f"{value!r} is not a whole number")
    return value


def _as_number(r: _Reader, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(r, key, f"{value!r} is not a number")
    number = float(value)
    if not math.isfinite(number):
        raise _fail(r, key, f"{value!r} is not a finite number")
    return number


def _as_non_negative(r: _Reader, key: str, value: Any) -> float:
    number = _as_number(r, key, value)
    if number < 0:
        raise _fail(r, key, f"{value!r} is negative; use 0 or more")
    return number


def _as_level(r: _Reader, key: str, value: Any) -> Level:
    text = _as_str(r, key, value)
    try:
        return Level.parse(text)
    except ValueError as exc:
        raise _fail(r, key, str(exc)) from None


def _as_date(r: _Reader, key: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(r, key, f"{value!r} is not a date; write it as YYYY-MM-DD without quotes")


def _as_str_list(r: _Reader, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _fail(r, key, f'{value!r} is not a list; write it as ["a", "b"]')
    items: list[str] = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise _fail(r, f"{key}[{i}]", f"{item!r} is not a non-empty string")
        items.append(item)
    return tuple(items)


def _as_confirm(r: _Reader, key: str, value: Any) -> Confirm:
    text = _as_str(r, key, value)
    try:
        return Confirm(text.strip().lower())
    except ValueError:
        allowed = ", ".join(c.value for c in Confirm)
        raise _fail(r, key, f'"{text}" is not one of {allowed}') from None


def _as_endpoint(r: _Reader, key: str, value: Any) -> str:
    text = _as_str(r, key, value).strip()
    if text and not re.match(r"^https?://[^\s/]+", text):
        raise _fail(r, key, f'"{text}" is not an http(s) URL; e.g. "https://llm.example.com/v1"')
    return text


def _as_ratio(r: _Reader, key: str, value: Any) -> float:
    number = _as_number(r, key, value)
    if not 0.0 <= number <= 1.0:
        raise _fail(r, key, f"{value!r} is outside [0, 1]; complexity scores run from 0 to 1")
    return number


def _as_context_tokens(r: _Reader, key: str, value: Any) -> int:
    number = _as_int(r, key, value)
    if not 1 <= number <= 10_000_000:
        raise _fail(r, key, f"{value!r} is not a token count between 1 and 10000000")
    return number


# ---------------------------------------------------------------- sections

_TOP_KEYS = (
    "schema",
    "id",
    "version",
    "issued",
    "expires",
    "description",
    "cloud",
    "complexity",
    "sensitivity",
    "knowledge",
    "local",
    "audit",
)
_CLOUD_KEYS = (
    "allowed",
    "endpoint",
    "model",
    "max_level",
    "redact",
    "confirm",
    "monthly_budget",
    "price_per_1k_input",
    "price_per_1k_output",
)


def _cloud(r: _Reader, data: dict[str, Any]) -> tuple[CloudPolicy, tuple[str, ...]]:
    t = r.table(data, "cloud", "cloud")
    r.known_keys(t, "cloud", _CLOUD_KEYS)
    d = CloudPolicy()
    budget: float | None = r.get(t, "cloud", "monthly_budget", _as_non_negative, -1.0)
    redact = r.get(t, "cloud", "redact", _as_str_list, _NO_STRINGS)
    cloud = CloudPolicy(
        allowed=r.get(t, "cloud", "allowed", _as_bool, d.allowed),
        endpoint=r.get(t, "cloud", "endpoint", _as_endpoint, d.endpoint),
        model=r.get(t, "cloud", "model", _as_str, d.model).strip(),
        max_level=r.get(t, "cloud", "max_level", _as_level, d.max_level),
        redact=frozenset(redact),
        confirm=r.get(t, "cloud", "confirm", _as_confirm, d.confirm),
        monthly_budget=None if budget is None or budget < 0 else budget,
        price_per_1k_input=r.get(t, "cloud", "price_per_1k_input", _as_non_negative, 0.0),
        price_per_1k_output=r.get(t, "cloud", "price_per_1k_output", _as_non_negative, 0.0),
    )
    return cloud, redact


def _complexity(r: _Reader, data: dict[str, Any]) -> ComplexityPolicy:
    t = r.table(data, "complexity", "complexity")
    r.known_keys(t, "complexity", ("cloud_threshold", "local_context_tokens"))
    d = ComplexityPolicy()
    return ComplexityPolicy(
        cloud_threshold=r.get(t, "complexity", "cloud_threshold", _as_ratio, d.cloud_threshold),
        local_context_tokens=r.get(
            t, "complexity", "local_context_tokens", _as_context_tokens, d.local_context_tokens
        ),
    )


def compile_terms(terms: Iterable[str], case_sensitive: bool) -> re.Pattern[str]:
    """One alternation for a rule's terms, matched on word boundaries where they have them."""
    parts = []
    # Longest first so "ACME Corp" wins over "ACME" at the same position.
    for term in sorted({t.strip() for t in terms}, key=lambda t: (-len(t), t)):
        escaped = re.sub(r"\\ ", r"\\s+", re.escape(term))
        left = r"\b" if term[0].isalnum() or term[0] == "_" else ""
        right = r"\b" if term[-1].isalnum() or term[-1] == "_" else ""
        parts.append(f"{left}{escaped}{right}")
    return re.compile("|".join(parts), 0 if case_sensitive else re.IGNORECASE)


def _detector_rule(
    r: _Reader, key: str, t: dict[str, Any], level: Level | None, available: set[str]
) -> SensitivityRule | None:
    if "name" in t or "case_sensitive" in t:
        r.error(key, "a detector rule takes only detector and level")
    name = r.get(t, key, "detector", _as_str, "")
    if name and name not in available:
        hint = difflib.get_close_matches(name, sorted(available), n=1)
        fix = f'did you mean "{hint[0]}"?' if hint else f"known: {', '.join(sorted(available))}"
        r.error(f"{key}.detector", f'"{name}" is not a built-in detector; {fix}')
        return None
    if not name or level is None:
        return None
    return SensitivityRule(name=name, level=level, detector=name)


def _rule_name(r: _Reader, key: str, t: dict[str, Any], available: set[str]) -> str:
    name = r.get(t, key, "name", _as_str, "", required=True)
    if name and not _NAME_RE.match(name):
        r.error(
            f"{key}.name", f'"{name}" must be lower-case letters, digits and _ (e.g. "project_x")'
        )
        return ""
    if name in available:
        r.error(f"{key}.name", f'"{name}" is a built-in detector; choose another finding name')
        return ""
    return name


def _terms_rule(
    r: _Reader,
    key: str,
    t: dict[str, Any],
    level: Level | None,
    *,
    name: str,
    case_sensitive: bool,
) -> SensitivityRule | None:
    before = len(r.issues)
    terms = r.get(t, key, "terms", _as_str_list, _NO_STRINGS)
    if not terms and len(r.issues) == before:
        r.error(f"{key}.terms", "is empty; list at least one term")
    if not (name and level is not None and terms):
        return None
    regex = compile_terms(terms, case_sensitive)
    return SensitivityRule(
        name=name, level=level, terms=terms, case_sensitive=case_sensitive, regex=regex
    )


def _pattern_rule(
    r: _Reader,
    key: str,
    t: dict[str, Any],
    level: Level | None,
    *,
    name: str,
    case_sensitive: bool,
) -> SensitivityRule | None:
    before = len(r.issues)
    pattern = r.get(t, key, "pattern", _as_str, "")
    problem = "" if pattern or len(r.issues) > before else "is empty; write a regular expression"
    regex = None
    if pattern:
        try:
            regex = re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
        except re.error as exc:
            problem = f"is not a valid regular expression: {exc}; fix the pattern"
        else:
            if regex.search("") is not None:
                problem = "matches the empty string; it would flag every text"
    if problem:
        r.error(f"{key}.pattern", problem)
    if problem or regex is None or not name or level is None:
        return None
    return SensitivityRule(
        name=name, level=level, pattern=pattern, case_sensitive=case_sensitive, regex=regex
    )


def _rule(r: _Reader, key: str, t: Any, available: set[str]) -> SensitivityRule | None:
    if not isinstance(t, dict):
        r.error(key, "must be a table; write it as [[sensitivity.rules]]")
        return None
    r.known_keys(t, key, ("detector", "terms", "pattern", "name", "level", "case_sensitive"))
    kinds = [k for k in ("detector", "terms", "pattern") if k in t]
    if len(kinds) != 1:
        r.error(key, "needs exactly one of detector, terms or pattern")
        return None
    level: Level | None = r.get(t, key, "level", _as_level, None, required=True)
    if kinds[0] == "detector":
        return _detector_rule(r, key, t, level, available)
    case_sensitive = r.get(t, key, "case_sensitive", _as_bool, False)
    name = _rule_name(r, key, t, available)
    if kinds[0] == "terms":
        return _terms_rule(r, key, t, level, name=name, case_sensitive=case_sensitive)
    return _pattern_rule(r, key, t, level, name=name, case_sensitive=case_sensitive)


def _rules(r: _Reader, data: dict[str, Any]) -> tuple[SensitivityRule, ...]:
    t = r.table(data, "sensitivity", "sensitivity")
    r.known_keys(t, "sensitivity", ("rules",))
    raw = t.get("rules", [])
    if not isinstance(raw, list):
        r.error(
            "sensitivity.rules", "must be a list of tables; write each as [[sensitivity.rules]]"
        )
        return ()
    available = set(detectors.available())
    rules = []
    for i, entry in enumerate(raw):
        rule = _rule(r, f"sensitivity.rules[{i}]", entry, available)
        if rule is not None:
            rules.append(rule)
    return tuple(rules)


def _knowledge(r: _Reader, data: dict[str, Any]) -> tuple[KnowledgePath, ...]:
    t = r.table(data, "knowledge", "knowledge")
    r.known_keys(t, "knowledge", ("paths",))
    raw = t.get("paths", [])
    if not isinstance(raw, list):
        r.error("knowledge.paths", "must be a list of tables; write each as [[knowledge.paths]]")
        return ()
    paths = []
    for i, entry in enumerate(raw):
        key = f"knowledge.paths[{i}]"
        if not isinstance(entry, dict):
            r.error(key, "must be a table; write it as [[knowledge.paths]]")
            continue
        r.known_keys(entry, key, ("glob", "level"))
        glob = r.get(entry, key, "glob", _as_str, "", required=True).strip()
        level = r.get(entry, key, "level", _as_level, None, required=True)
        if "glob" in entry and isinstance(entry["glob"], str) and not glob:
            r.error(f"{key}.glob", 'is empty; e.g. "~/Documents/HR/**"')
        if glob and level is not None:
            paths.append(KnowledgePath(glob=glob, level=level))
    return tuple(paths)


def _local(r: _Reader, data: dict[str, Any]) -> LocalPolicy:
    t = r.table(data, "local", "local")
    r.known_keys(t, "local", ("models_sha256", "min_app_version"))
    models: frozenset[str] | None = None
    if "models_sha256" in t:
        hashes = r.get(t, "local", "models_sha256", _as_str_list, _NO_STRINGS)
        for i, h in enumerate(hashes):
            if not _SHA256_RE.match(h.lower()):
                r.error(f"local.models_sha256[{i}]", f'"{h}" is not a 64-digit hex SHA-256')
        models = frozenset(h.lower() for h in hashes)
    version = r.get(t, "local", "min_app_version", _as_str, "").strip() or None
    if version is not None and not _VERSION_RE.match(version):
        r.error("local.min_app_version", f'"{version}" is not a version such as "1.2.0"')
        version = None
    return LocalPolicy(models_sha256=models, min_app_version=version)


def _audit(r: _Reader, data: dict[str, Any]) -> AuditPolicy:
    t = r.table(data, "audit", "audit")
    r.known_keys(t, "audit", ("include_text",))
    return AuditPolicy(include_text=r.get(t, "audit", "include_text", _as_bool, False))


# ---------------------------------------------------------------- entry points


def parse_policy(data: dict[str, Any], file: str, *, today: dt.date | None = None) -> Policy:
    """Validate parsed TOML ``data`` from ``file`` and build the ``Policy``.

    With ``today``, an ``expires`` date before it is an error. Raises
    ``PolicyError`` listing every problem.
    """
    r = _Reader(file)
    r.known_keys(data, "", _TOP_KEYS)
    schema = r.get(data, "", "schema", _as_int, None, required=True)
    if schema is not None and schema != SCHEMA_VERSION:
        r.error("schema", f"{schema} is not supported; this Edgewise reads schema = 1")
    policy_id = r.get(data, "", "id", _as_str, "", required=True).strip()
    if "id" in data and isinstance(data["id"], str) and not _ID_RE.match(policy_id):
        r.error("id", f'"{policy_id}" must be letters, digits, ".", "_" or "-" (e.g. "acme-2026")')
    version = r.get(data, "", "version", _as_int, 0, required=True)
    if "version" in data and isinstance(version, int) and version < 1:
        r.error("version", f"{version} must be 1 or more; raise it with every change")
    issued = r.get(data, "", "issued", _as_date, dt.date(1970, 1, 1), required=True)
    expires = r.get(data, "", "expires", _as_date, None)
    if expires is not None and expires < issued:
        r.error("expires", f"{expires} is before issued ({issued}); set a later date")
    elif expires is not None and today is not None and expires < today:
        r.error(
            "expires",
            f"the policy expired on {expires}; issue a new one with a later expires date "
            "and a higher version",
        )
    description = r.get(data, "", "description", _as_str, "")
    cloud, redact = _cloud(r, data)
    complexity = _complexity(r, data)
    rules = _rules(r, data)
    knowledge_paths = _knowledge(r, data)
    local = _local(r, data)
    audit = _audit(r, data)

    known_types = set(detectors.available()) | {rule.name for rule in rules}
    for i, name in enumerate(redact):
        if name not in known_types:
            hint = difflib.get_close_matches(name, sorted(known_types), n=1)
            fix = f'did you mean "{hint[0]}"?' if hint else "use a detector or rule name"
            r.error(f"cloud.redact[{i}]", f'"{name}" is not a finding type; {fix}')
    if r.issues:
        raise PolicyError(r.issues)
    return Policy(
        id=policy_id,
        version=version,
        issued=issued,
        expires=expires,
        description=description,
        cloud=cloud,
        complexity=complexity,
        rules=rules,
        knowledge_paths=knowledge_paths,
        local=local,
        audit=audit,
    )


def parse_text(text: str, file: str, *, today: dt.date | None = None) -> Policy:
    """Parse policy TOML ``text``; ``file`` is the name used in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        where = _TOML_LINE_RE.search(msg)
        key = f"line {where.group(1)}" if where else "TOML"
        problem = _TOML_LINE_RE.sub("", msg).strip()
        raise PolicyError(
            [PolicyIssue(file, key, f"{problem}; fix the TOML syntax on that line")]
        ) from None
    return parse_policy(data, file, today=today)


def load_file(path: Path, *, today: dt.date | None = None) -> Policy:
    """Read and validate the policy at ``path``; raises ``PolicyError``."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PolicyError([PolicyIssue(str(path), "file", f"cannot be read: {reason}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError(
            [PolicyIssue(str(path), "file", "is not UTF-8 text; save it as UTF-8")]
        ) from None
    return parse_text(text, str(path), today=today)
