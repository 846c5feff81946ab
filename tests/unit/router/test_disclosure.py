"""The ``disclosure`` detector: its model file, its features and what it flags."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from router.decision import Target, decide
from router.detectors import scan
from router.detectors._disclosure_model import (
    MODEL_FORMAT,
    MODEL_FORMAT_VERSION,
    DisclosureModel,
    DisclosureModelError,
    bundled_model_path,
    features,
    load_model,
)
from router.detectors.disclosure import MAX_CHARS, bundled_model, find_disclosure
from router.levels import Level
from router.payload import Context, Payload
from router.policy import load_file
from router.policy.sources import bundled_default_path

# Written for these tests (not taken from any evaluation set), far from the threshold
# (scored 0.93 or more, and 0.08 or less, by the model shipped with them).
TOLD = [
    "my laptop got nicked from the van last night",
    "got a letter saying my loan repayments are three months behind",
    "someone got into my bank app and moved money out",
    "my daughter's school photos are on the shared drive, pls take them down",
    "i clicked the link in that email and typed my work login",
    "we're behind on rent since my hours got cut",
]
ASKED = [
    "What allergies can the app track?",
    "The test PIN is 0000, for demo?",
    "what should I do if my laptop is stolen?",
    "How do I reset my password?",
    "explain how compound interest works",
    "what counts as a security incident under our policy?",
]


def _model_file(tmp_path: Path, **changes: object) -> Path:
    doc: dict[str, object] = {
        "format": MODEL_FORMAT,
        "format_version": MODEL_FORMAT_VERSION,
        "bias": -1.0,
        "threshold": 0.5,
        "word_weights": {"stolen": 3.0},
        "piece_weights": {"tol": 1.0},
        "provenance": {"trained_by": "a test"},
    }
    doc.update(changes)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_features_are_words_pairs_and_padded_letter_pieces() -> None:
    word_feats, pieces = features("My DBTS hstry my")
    assert word_feats == {"my", "dbts", "hstry", "my dbts", "dbts hstry", "hstry my"}
    assert {" hs", "ry ", " hst", "stry ", " dbts"} <= set(pieces)
    assert all(3 <= len(p) <= 5 for p in pieces)
    # Each distinct word once: " my" is in the list once, though "my" is written twice.
    assert pieces.count(" my") == 1


def test_a_typo_shares_letter_pieces_with_the_spelled_word() -> None:
    _, spelled = features("history")
    _, typed = features("hstry")
    assert set(spelled) & set(typed)  # what lets the model read dropped vowels


def test_curly_apostrophes_read_as_straight_ones() -> None:
    assert features("I\u2019m off sick") == features("I'm off sick")


def test_a_model_scores_the_same_after_a_round_trip_through_its_file(tmp_path: Path) -> None:
    model = DisclosureModel(-0.5, 0.6, {"stolen": 2.0, "my laptop": 1.5}, {"len ": 0.7})
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    again = load_model(path)
    text = "my laptop was stolen"
    assert again.logit(text) == pytest.approx(model.logit(text))
    assert again.flags(text) == model.flags(text)


def test_more_weighted_words_raise_the_score(tmp_path: Path) -> None:
    model = load_model(_model_file(tmp_path))
    assert model.probability("it was stolen") > model.probability("it was found")
    # Asked twice (the second time from the per-word memory), the same score.
    assert model.logit("it was stolen") == model.logit("it was stolen")


def test_the_score_is_the_documented_sum(tmp_path: Path) -> None:
    model = load_model(_model_file(tmp_path))
    word_feats, pieces = features("stolen stolen")
    expected = -1.0 + 3.0 / len(word_feats) ** 0.5 + pieces.count("tol") * 1.0 / len(pieces) ** 0.5
    assert model.logit("stolen stolen") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"format": "something-else"}, "not an Edgewise disclosure model"),
        ({"format_version": 99}, "format version 99"),
        ({"threshold": 1.5}, "between 0 and 1"),
        ({"bias": "high"}, "must be numbers"),
        ({"word_weights": {"stolen": "a lot"}}, "'word_weights' must map features to numbers"),
        ({"piece_weights": []}, "'piece_weights' must map features to numbers"),
    ],
)
def test_a_bad_model_file_is_refused_with_what_is_wrong(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(DisclosureModelError, match=message):
        load_model(_model_file(tmp_path, **changes))


def test_a_missing_or_broken_model_file_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(DisclosureModelError, match="missing; reinstall Edgewise"):
        load_model(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(DisclosureModelError, match=r"cannot read .*reinstall"):
        load_model(broken)


def test_the_bundled_model_ships_and_says_where_it_came_from() -> None:
    assert bundled_model_path().is_file()
    model = bundled_model()
    assert 0.0 < model.threshold < 1.0
    assert model.provenance["trained_by"] == "benchmarks/train_disclosure.py"


@pytest.mark.parametrize("text", TOLD)
def test_the_bundled_model_flags_a_person_telling_their_own_story(text: str) -> None:
    assert bundled_model().flags(text)


@pytest.mark.parametrize("text", ASKED)
def test_the_bundled_model_leaves_questions_about_a_topic_alone(text: str) -> None:
    assert not bundled_model().flags(text)


def test_the_finding_spans_the_request_without_surrounding_space() -> None:
    text = "  \nmy laptop got nicked from the van last night \n"
    assert list(find_disclosure(text)) == [(3, 3 + len(text.strip()))]
    assert list(find_disclosure("   ")) == []


def test_texts_longer_than_a_request_are_left_to_the_rules() -> None:
    told = TOLD[0] + ". "
    long_text = told + "The weather report for the week ahead. " * (MAX_CHARS // 38 + 1)
    assert len(long_text) > MAX_CHARS
    assert bundled_model().flags(TOLD[0])
    assert list(find_disclosure(long_text)) == []


def test_scan_reports_the_disclosure_and_decide_keeps_it_local() -> None:
    text = TOLD[1]
    found = [m for m in scan(text) if m.type == "disclosure"]
    assert [(m.start, m.end) for m in found] == [(0, len(text))]
    policy = load_file(bundled_default_path())
    decision = decide(Payload(prompt=text), Context.what_if_online(), policy)
    assert decision.level == Level.CONFIDENTIAL
    assert decision.target is Target.LOCAL


REDACTING = """
schema = 1
id = "redacting"
version = 1
issued = 2026-01-01

[cloud]
allowed = true
endpoint = "https://llm.example.com/v1"
model = "m"
max_level = "internal"
redact = ["email", "person_name"]
confirm = "never"

[complexity]
cloud_threshold = 0.0
local_context_tokens = 2048
"""


def _decide_with(monkeypatch: pytest.MonkeyPatch, word: str, text: str) -> tuple[bool, Target]:
    """Whether a disclosure was found and where ``text`` goes, with a model that
    flags exactly the texts holding ``word``."""
    from router.detectors import disclosure
    from router.policy.loader import parse_text

    model = DisclosureModel(-10.0, 0.5, {word: 100.0}, {})
    monkeypatch.setattr(disclosure, "bundled_model", lambda: model)
    policy = parse_text(REDACTING, "redacting.toml", today=dt.date(2026, 6, 1))
    decision = decide(Payload(prompt=text), Context.what_if_online(), policy)
    return any(f.type == "disclosure" for f in decision.findings), decision.target


@pytest.mark.parametrize(
    ("word", "text", "target"),
    [
        # The model sees the person's address; the placeholder takes it away.
        ("maria", "Write to maria.g@acme.io about the invoice", Target.CLOUD),
        # What is told besides the values outlives the redaction.
        ("nicked", "my laptop got nicked, write to maria.g@acme.io", Target.LOCAL),
        # "my name is" reads as a disclosure around the placeholder too; without the
        # value and the words that introduce it, nothing is left to disclose.
        (
            "name",
            "my name is Maria Gonzalez, write to maria.g@acme.io about the invoice",
            Target.CLOUD,
        ),
        # The same word in a clause of its own still keeps the request local.
        ("name", "the name thing again, sorry. write to maria.g@acme.io today", Target.LOCAL),
    ],
)
def test_a_disclosure_goes_redacted_only_when_the_values_were_all_it_told(
    monkeypatch: pytest.MonkeyPatch, word: str, text: str, target: Target
) -> None:
    found, decided = _decide_with(monkeypatch, word, text)
    assert found
    assert decided is target


def test_values_leave_with_up_to_three_words_before_them_in_their_clause() -> None:
    from router.decision import _without_values
    from router.findings import Finding

    text = "hi team. my new email is ana@acme.io, the old one is gone"
    start = text.index("ana@")
    value = Finding("email", Level.CONFIDENTIAL, start, start + len("ana@acme.io"), True)
    rest = _without_values(text, [value])
    assert "ana@" not in rest and "email is" not in rest
    # "my" is the fourth word before the value: it stays, and so does the other clause.
    assert rest.startswith("hi team. my ")
    assert rest.endswith(", the old one is gone")


def test_the_reason_names_the_values_before_the_models_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from router.detectors import disclosure

    model = DisclosureModel(-10.0, 0.5, {"invoice": 100.0}, {})
    monkeypatch.setattr(disclosure, "bundled_model", lambda: model)
    policy = load_file(bundled_default_path())
    text = "Please email jane.doe@acme-corp.de the invoice"
    decision = decide(Payload(prompt=text), Context.what_if_online(), policy)
    reason = " ".join(decision.reasons)
    assert "it contains email (confidential), private matters told in the request" in reason


@pytest.mark.parametrize("text", ["Dell service tag?", "HIV test locations?", "Payslip portal?"])
def test_bare_questions_without_anyone_are_not_read(text: str) -> None:
    assert list(find_disclosure(text)) == []
