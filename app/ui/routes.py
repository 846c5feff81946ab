"""Words for routes: badge labels, badge tooltips and the live route preview.

Pure functions (no Qt) so the wording is tested on its own and shared by the
chat view, the input preview and the screenshots.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from router.decision import Decision, Target

# route -> (badge text, colour). Colours are mid-tones readable with white text
# on both light and dark palettes.
BADGES: dict[str, tuple[str, str]] = {
    "local": ("Local", "#2e7d32"),
    "cloud": ("Cloud", "#1565c0"),
    "cloud-redacted": ("Cloud (redacted)", "#6a1b9a"),
    "local-fallback": ("Local (cloud unavailable)", "#e65100"),
    "blocked": ("Blocked", "#b71c1c"),
}
UNKNOWN_BADGE = ("Unknown route", "#616161")


def badge(route: str | None) -> tuple[str, str]:
    """The badge text and colour of a stored or live route."""
    return BADGES.get(route or "", UNKNOWN_BADGE)


@dataclass(frozen=True)
class BadgeDetail:
    """Everything the badge's tooltip explains about one answer."""

    route: str | None
    reasons: Sequence[str] = ()
    model: str | None = None
    policy_id: str | None = None
    policy_version: int | None = None
    notices: Sequence[str] = ()
    fallback: str | None = None


def badge_tooltip(detail: BadgeDetail) -> str:
    """Rich-text tooltip: why the answer came from where it did."""
    label, _colour = badge(detail.route)
    parts = [f"<b>{escape(label)}</b>"]
    if detail.reasons:
        items = "".join(f"<li>{escape(r)}</li>" for r in detail.reasons)
        parts.append(f"Why:<ul>{items}</ul>")
    if detail.fallback:
        parts.append(f"Cloud failed: {escape(detail.fallback)}")
    if detail.policy_id:
        version = f" version {detail.policy_version}" if detail.policy_version is not None else ""
        parts.append(f"Policy: {escape(detail.policy_id)}{version}")
    if detail.model:
        parts.append(f"Model: {escape(detail.model)}")
    for notice in detail.notices:
        parts.append(f"Note: {escape(notice)}")
    return "<br>".join(parts)


def preview_text(decision: Decision, *, cloud_model: str = "") -> str:
    """One line shown under the input before sending: where this text would go, and why."""
    reason = decision.reasons[0] if decision.reasons else ""
    if decision.target is Target.BLOCKED:
        head = "This would be blocked"
    elif decision.target is Target.LOCAL:
        head = "This will stay local"
    elif decision.redacted:
        count = len(decision.redactions)
        head = f"This may go to the cloud with {count} value{'s' if count != 1 else ''} redacted"
    else:
        target = f" ({cloud_model})" if cloud_model else ""
        head = f"This may go to the cloud{target}"
    if decision.needs_confirmation and decision.target is Target.CLOUD:
        head += ", after you confirm"
    return f"{head}: {reason}" if reason else head


def preview_route(decision: Decision) -> str:
    """The badge route a preview corresponds to (for its colour)."""
    if decision.target is Target.BLOCKED:
        return "blocked"
    if decision.target is Target.CLOUD:
        return "cloud-redacted" if decision.redacted else "cloud"
    return "local"
