"""The disclosure model's trainer and its look-alike benchmark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import disclosure_lookalikes, train_disclosure
from benchmarks.train_disclosure import Row
from router.detectors._disclosure_model import DisclosureModel, load_model

TOLD = ["my van was broken into", "my van got broken into again", "someone broke into my van"]
ASKED = ["how do i report a van", "what is a van", "how do vans work"]


def test_a_fitted_model_separates_its_rows_and_survives_its_file(tmp_path: Path) -> None:
    rows = [Row(t, True) for t in TOLD] + [Row(t, False) for t in ASKED]
    model = train_disclosure.fit(rows, 0.5, {"trained_by": "a test"})
    assert all(model.probability(t) > 0.5 for t in TOLD)
    assert all(model.probability(t) < 0.5 for t in ASKED)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    again = load_model(path)
    # Weights are rounded to four places in the file: the same decisions.
    assert [again.flags(t) for t in TOLD + ASKED] == [model.flags(t) for t in TOLD + ASKED]


def test_the_threshold_is_the_lowest_within_the_false_positive_budget() -> None:
    authors = {"a": [Row("x", False) for _ in range(10)] + [Row("y", True)]}
    # Out-of-author probabilities of a's rows: one harmless row at 0.72, one at 0.88.
    probs = [0.72, 0.88] + [0.1] * 8 + [0.99]
    held = {"a": (DisclosureModel(0.0, 0.5, {}, {}), probs)}
    # Two harmless rows in ten over 0.70: 20% > 3%; over 0.75, one: 10%; over 0.90, none.
    assert train_disclosure.choose_threshold(authors, held, lambda _: False) == 0.9
    # Rows the rules flag already are not added by the model.
    assert train_disclosure.choose_threshold(authors, held, lambda t: t == "x") == 0.5


def test_the_lookalike_benchmark_reads_the_rule_tests() -> None:
    found = {sentence for _, sentence in disclosure_lookalikes.lookalikes()}
    assert len(found) > 300
    assert "my pin is 4 digits, can i make it 6?" in found
    # The sentences of a test that keeps them local are not look-alikes.
    assert "pls call me back on 07700 900123" not in found


def test_a_lookalike_with_a_near_twin_among_the_fitting_rows_is_not_far() -> None:
    rows = ["how do i reset my vpn password today", "the printer on floor two jams"]
    far = disclosure_lookalikes.far_from(
        ["How do I reset my VPN password?", "what allergies can the app track?"], rows
    )
    # Six of seven distinct words shared: a twin. No shared word: far.
    assert far == [False, True]


def test_the_everyday_authors_have_their_own_false_positive_budget() -> None:
    # "a" wrote hard look-alikes and sensitive rows, "b" only everyday requests.
    authors = {
        "a": [Row("x", False) for _ in range(90)] + [Row("y", True)],
        "b": [Row("z", False) for _ in range(10)],
    }
    held = {
        "a": (DisclosureModel(0.0, 0.5, {}, {}), [0.1] * 90 + [0.99]),
        # One everyday row in ten at 0.72: 1% of all harmless rows, 10% of the everyday ones.
        "b": (DisclosureModel(0.0, 0.5, {}, {}), [0.72] + [0.1] * 9),
    }
    assert train_disclosure.choose_threshold(authors, held, lambda _: False) == 0.75


def test_the_regularisation_strength_is_an_argument_not_module_state() -> None:
    rows = [Row(t, True) for t in TOLD] + [Row(t, False) for t in ASKED]
    weak = train_disclosure.fit(rows, 0.5, {}, c=0.1)
    strong = train_disclosure.fit(rows, 0.5, {}, c=10.0)
    # Less regularisation, larger weights: the same rows, further from the middle.
    assert abs(strong.logit(TOLD[0])) > abs(weak.logit(TOLD[0]))
    assert train_disclosure.C == 4.0


def test_the_public_prompts_have_their_own_budget_measured_out_of_fold() -> None:
    authors = {"a": [Row("x", False) for _ in range(10)] + [Row("y", True)]}
    held = {"a": (DisclosureModel(0.0, 0.5, {}, {}), [0.1] * 10 + [0.99])}
    # Three public prompts in a hundred at 0.82 out of fold: 3% > the 2.5% budget until 0.85.
    assert train_disclosure.BENIGN_BUDGET == 0.025
    public = [("p", 0.82), ("q", 0.82), ("s", 0.82)] + [("r", 0.1)] * 97
    assert train_disclosure.choose_threshold(authors, held, lambda _: False) == 0.5
    assert train_disclosure.choose_threshold(authors, held, lambda _: False, public) == 0.85
    # Prompts the rules flag already are not added by the model.
    assert train_disclosure.choose_threshold(authors, held, lambda t: t in "pqs", public) == 0.5


def test_every_public_prompt_is_scored_by_a_model_fitted_without_its_fold() -> None:
    authors = {"a": [Row(t, True) for t in TOLD] + [Row(t, False) for t in ASKED]}
    benign = [Row(f"how do i make a {thing}", False) for thing in ("cake", "kite", "map", "list")]
    scored = train_disclosure.benign_out_of_fold(authors, benign)
    assert sorted(text for text, _ in scored) == sorted(r.text for r in benign)
    assert all(0.0 <= p <= 1.0 for _, p in scored)


def test_a_public_prompt_repeated_in_the_data_counts_once(tmp_path: Path) -> None:
    ids = [f"row-{i}" for i in range(40) if not train_disclosure.is_held_out(f"row-{i}")][:3]
    (tmp_path / "benign").mkdir()
    (tmp_path / "sensitive").mkdir()
    prompts = ["God gave rock and roll to you", "God gave rock and roll to you", "a poem"]
    rows = [
        {"id": i, "text": t, "label": "presumed_benign"} for i, t in zip(ids, prompts, strict=True)
    ]
    (tmp_path / "benign" / f"{train_disclosure.BENIGN[0]}.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows), encoding="utf-8"
    )
    for name in train_disclosure.BENIGN[1:]:
        (tmp_path / "benign" / f"{name}.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "sensitive" / f"{train_disclosure.PRESIDIO}.jsonl").write_text("", encoding="utf-8")
    got = [r.text for r in train_disclosure.benign_rows(tmp_path, held_out=False)]
    assert got == ["God gave rock and roll to you", "a poem"]


def test_every_row_is_also_fitted_with_vowels_dropped_at_half_its_weight() -> None:
    told = Row("someone walked off with Daniel's laptop from reception", True)
    public = Row("Explain photosynthesis to a student", False, train_disclosure.PUBLIC_WEIGHT)
    rows = train_disclosure.with_dropped_vowels([told, Row("ok", False), public])
    # "ok" has no word of five letters: no copy.
    assert [r.text for r in rows[:3]] == [told.text, "ok", public.text]
    copy, public_copy = rows[3:]
    assert copy.sensitive and copy.weight == train_disclosure.DROPPED_VOWELS_WEIGHT
    assert not public_copy.sensitive
    assert public_copy.weight == train_disclosure.DROPPED_VOWELS_WEIGHT * public.weight
    # A third of the long words lose their inner vowels: of someone, walked, laptop and
    # reception ("Daniel's" is no plain word), one; the rest and the short ones stay.
    changed = [
        (a, b) for a, b in zip(told.text.lower().split(), copy.text.split(), strict=True) if a != b
    ]
    assert len(changed) == 1, changed
    assert all(b == a[0] + "".join(c for c in a[1:] if c not in "aeiou") for a, b in changed)
    # The same text always gets the same copy: refits are reproducible.
    assert train_disclosure.dropped_vowels(told.text) == copy.text


def test_the_threshold_table_shows_what_each_budget_measures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # "a" wrote look-alikes and two sensitive rows, "b" only everyday requests.
    authors = {
        "a": [Row("x", False) for _ in range(9)] + [Row("y", True), Row("w", True)],
        "b": [Row("z", False)],
    }
    held = {
        # One of a's harmless rows at 0.72; of the rules' misses ("y"), caught up to 0.90.
        "a": (DisclosureModel(0.0, 0.5, {}, {}), [0.72] + [0.1] * 8 + [0.95, 0.2]),
        "b": (DisclosureModel(0.0, 0.5, {}, {}), [0.82]),
    }
    public = [("p", 0.77), ("q", 0.1)]
    train_disclosure.print_threshold_table(authors, held, lambda t: t == "w", public)
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    # At 0.70: a's 0.72 and b's 0.82 of ten harmless rows, b's one of one everyday row,
    # one public prompt of two, and the one sensitive row the rules miss.
    assert lines["0.70"][1:] == ["0.2000", "1.0000", "1/2", "1.0000"]
    assert lines["0.80"][1:] == ["0.1000", "1.0000", "0/2", "1.0000"]
    assert lines["0.85"][1:] == ["0.0000", "0.0000", "0/2", "1.0000"]
