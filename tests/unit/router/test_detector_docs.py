"""docs/policy.md lists every built-in detector with its default level."""

from __future__ import annotations

from pathlib import Path

from router.detectors import available, default_level

DOC = Path(__file__).resolve().parents[3] / "docs" / "policy.md"


def test_every_detector_is_documented_with_its_level() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [n for n in available() if f"| `{n}` | {default_level(n).label} |" not in text]
    assert missing == [], f"add these to the detector table in {DOC}: {missing}"
