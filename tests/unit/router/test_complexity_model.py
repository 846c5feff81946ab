"""The linear complexity model and its file format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from router.complexity import ComplexityModel, ComplexityModelError, ComplexityScorer
from router.complexity.model import (
    MODEL_FORMAT,
    DenseWeight,
    default_model_path,
    gram_bucket,
    text_grams,
)


def tiny_model(gram_weights: dict[int, float] | None = None) -> ComplexityModel:
    return ComplexityModel(
        bias=-1.0,
        dense={"est_tokens": DenseWeight("log1p", 0.0, 1.0, 0.5, True)},
        buckets=64,
        gram_weights=gram_weights or {},
        provenance={"data": "unit test"},
    )


def test_json_round_trip_keeps_every_weight() -> None:
    model = tiny_model({3: 0.25, 7: -0.5})
    back = ComplexityModel.from_json(json.loads(json.dumps(model.to_json())))
    assert back == model


def test_wrong_format_names_the_origin_and_the_fix() -> None:
    with pytest.raises(ComplexityModelError, match=r"my\.json.*train_complexity"):
        ComplexityModel.from_json({"format": "other"}, origin="my.json")


def test_unknown_transform_is_rejected() -> None:
    doc = tiny_model().to_json()
    doc["dense"]["est_tokens"]["transform"] = "cube"
    with pytest.raises(ComplexityModelError, match="est_tokens"):
        ComplexityModel.from_json(doc)


def test_missing_field_is_reported() -> None:
    doc = tiny_model().to_json()
    del doc["bias"]
    with pytest.raises(ComplexityModelError, match="malformed"):
        ComplexityModel.from_json(doc)


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    with pytest.raises(ComplexityModelError, match=r"absent\.json"):
        ComplexityModel.from_file(path)


def test_corrupt_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ComplexityModelError, match="cannot read"):
        ComplexityModel.from_file(path)


def test_bundled_model_loads_and_states_its_provenance() -> None:
    model = ComplexityModel.from_file(default_model_path())
    assert model.to_json()["format"] == MODEL_FORMAT
    assert "RouteLLM" in str(model.provenance["data"])
    assert "fit_split" in model.provenance


def test_grams_normalise_numbers_and_include_bigrams() -> None:
    grams = text_grams("Pay 1234 dollars, not 56.")
    assert {"pay", "<n4>", "<n2>", "pay <n4>", "not <n2>"} <= grams
    assert "1234" not in grams


def test_gram_bucket_is_stable_across_processes() -> None:
    # crc32, not Python's salted hash(): the file's buckets must match at run time.
    assert gram_bucket("hello", 1 << 14) == 907060870 % (1 << 14)


def test_gram_weights_move_the_score() -> None:
    text = "kubernetes operator question"
    hot = {gram_bucket(g, 64): 2.0 for g in text_grams(text)}
    plain = ComplexityScorer(tiny_model()).score(text)
    boosted = ComplexityScorer(tiny_model(hot)).score(text)
    assert boosted.score > plain.score
    assert boosted.features["text_model_logit"] > 0.0 == plain.features["text_model_logit"]
