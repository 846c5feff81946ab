"""Retrieved knowledge travels with its document level into the decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engines.base import GenerationOptions
from app.engines.knowledge import open_default
from app.paths import Paths
from app.services import build_services
from app.settings import Settings
from tests.integration.conftest import free_port
from tests.integration.test_copilot import write_policy

pytestmark = pytest.mark.slow


def test_confidential_document_keeps_the_answer_local(edgewise_home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "falcon.md").write_text(
        "# Project Falcon\n\nCONFIDENTIAL\n\nProject Falcon launches on 3 March in Lisbon. "
        "The launch budget is owned by the platform team.\n",
        encoding="utf-8",
    )
    (docs / "lunch.md").write_text(
        "# Canteen\n\nThe canteen serves soup on Fridays.\n", encoding="utf-8"
    )
    paths = Paths.from_env()
    kb = open_default(paths.knowledge_dir)
    try:
        kb.sync([docs])
    finally:
        kb.close()
    # A cloud endpoint is configured and the policy would send complex public text.
    Settings(
        cloud_endpoint=f"http://127.0.0.1:{free_port()}/v1",
        cloud_model="m",
        cloud_needs_key=False,
        threads=1,
    ).save(paths.settings_file)
    write_policy(paths.policy_dir)
    services = build_services(paths)
    services.copilot._health = (1e18, True, True)  # pretend the endpoint is healthy
    services.copilot.options = GenerationOptions(max_tokens=16)
    try:
        turn = services.copilot.ask("When does Project Falcon launch?")
        turn.wait()
        assert [Path(c.source).name for c in turn.sources][:1] == ["falcon.md"]
        assert turn.decision.level.label in ("confidential", "restricted")
        assert turn.route == "local"
        assert any("confidential" in r for r in turn.reasons)
    finally:
        services.close()
