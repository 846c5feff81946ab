from __future__ import annotations

from pathlib import Path

import pytest

from app.engines.knowledge._labels import DetectorLabeler, glob_to_regex
from router.levels import Level


@pytest.mark.parametrize(
    ("glob", "path", "matches"),
    [
        ("hr/**", "/home/a/work/hr/pay/2024.pdf", True),
        ("hr/**", "/home/a/work/chr/x.pdf", False),
        ("/srv/docs/*.md", "/srv/docs/a.md", True),
        ("/srv/docs/*.md", "/srv/docs/sub/a.md", False),
        ("/srv/docs/**/*.md", "/srv/docs/a.md", True),
        ("/srv/docs/**/*.md", "/srv/docs/x/y/a.md", True),
        ("*.key", "/any/where/secret.key", True),
        ("file?.txt", "/a/file1.txt", True),
        ("file?.txt", "/a/file10.txt", False),
    ],
)
def test_globs(glob: str, path: str, matches: bool) -> None:
    assert bool(glob_to_regex(glob, case_sensitive=True).fullmatch(path)) is matches


def test_home_globs_expand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert glob_to_regex("~/HR/**", case_sensitive=True).fullmatch(f"{tmp_path}/HR/a.txt")


def test_plain_document_gets_the_base_level() -> None:
    label = DetectorLabeler().label(Path("/d/a.txt"), "The cafeteria opens at nine.")
    assert label.level is Level.INTERNAL
    assert label.reasons == ("no findings (default internal)",)
    public = DetectorLabeler(base_level=Level.PUBLIC).label(Path("/d/a.txt"), "Hello.")
    assert public.level is Level.PUBLIC


def test_markers_and_detectors_raise_the_level() -> None:
    labeler = DetectorLabeler()
    marked = labeler.label(Path("/d/a.txt"), "CONFIDENTIAL\n\nQ3 plans.")
    assert marked.level is Level.CONFIDENTIAL
    assert any("marker_confidential" in r for r in marked.reasons)
    pii = labeler.label(Path("/d/a.txt"), "Pay to IBAN DE89 3704 0044 0532 0130 00 today.")
    assert pii.level >= Level.CONFIDENTIAL
    assert any(r.startswith("iban ×1") for r in pii.reasons)


def test_highest_of_rules_and_findings_wins() -> None:
    labeler = DetectorLabeler([("legal/**", Level.RESTRICTED), ("**/*.txt", Level.CONFIDENTIAL)])
    label = labeler.label(Path("/w/legal/a.txt"), "INTERNAL USE ONLY")
    assert label.level is Level.RESTRICTED
    assert any("'legal/**'" in r for r in label.reasons)
    assert any("'**/*.txt'" in r for r in label.reasons)


def test_fingerprint_changes_with_rules() -> None:
    a = DetectorLabeler([("hr/**", Level.CONFIDENTIAL)]).fingerprint
    b = DetectorLabeler([("hr/**", Level.RESTRICTED)]).fingerprint
    assert a != b
    assert a == DetectorLabeler([("hr/**", Level.CONFIDENTIAL)]).fingerprint


def test_rules_also_match_the_way_the_router_reads_them() -> None:
    # fnmatch's "*" crosses folders: the router would call this restricted, so must we.
    labeler = DetectorLabeler([("/srv/hr/*", Level.RESTRICTED)])
    assert labeler.label(Path("/srv/hr/2024/pay.txt"), "x").level is Level.RESTRICTED
