"""Settings: the key goes to the keyring, the form to settings.json; the policy page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.engines.secrets import SERVICE
from app.paths import Paths
from app.services import Services, build_services
from app.ui.policy_page import PolicyPage
from app.ui.settings_dialog import SettingsDialog
from router.policy.signing import generate_keypair, sign_file

ENDPOINT = "http://127.0.0.1:9/v1"

MANAGED_POLICY = """\
schema = 1
id = "acme-corp"
version = 7
issued = 2026-01-01
expires = 2099-12-31

[cloud]
allowed = true
endpoint = "https://llm.acme.example/v1"
model = "acme-large"
max_level = "internal"
"""


def test_storing_the_api_key_puts_it_in_the_keyring_only(
    qtbot: Any, services: Services, memory_keyring: Any
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show_page("cloud")
    dialog.endpoint.setText(ENDPOINT)
    dialog.api_key.setText("sk-secret-123")
    dialog.save_key_button.click()
    qtbot.waitUntil(lambda: "stored" in dialog.key_result.text(), timeout=10_000)
    assert memory_keyring.store[(SERVICE, ENDPOINT)] == "sk-secret-123"
    assert dialog.api_key.text() == ""  # not left in the form
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    saved = json.loads(services.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["cloud_endpoint"] == ENDPOINT
    assert "sk-secret-123" not in services.paths.settings_file.read_text(encoding="utf-8")


def test_an_empty_key_is_refused_with_the_fix(
    qtbot: Any, services: Services, memory_keyring: Any
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.endpoint.setText(ENDPOINT)
    dialog.api_key.setText("   ")
    dialog.save_key_button.click()
    qtbot.waitUntil(lambda: "empty" in dialog.key_result.text(), timeout=10_000)
    assert "fix:" in dialog.key_result.text()
    assert memory_keyring.store == {}


def test_a_missing_model_file_is_not_saved(qtbot: Any, services: Services, tmp_path: Path) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.custom_radio.setChecked(True)
    dialog.model_path.setText(str(tmp_path / "nope.gguf"))
    dialog.threads.setValue(3)
    dialog.save()
    assert "Model file not found" in dialog.message.text()
    assert not services.paths.settings_file.exists()


def test_check_model_verifies_the_bundled_model_off_the_ui_thread(
    qtbot: Any, services: Services
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.check_model()
    assert dialog.check_result.text() == "Checking…"
    qtbot.waitUntil(lambda: dialog.check_result.text() != "Checking…", timeout=60_000)
    assert dialog.check_result.text().startswith("OK:")
    assert "matches the manifest" in dialog.check_result.text()


def test_check_model_names_a_file_that_is_not_a_gguf(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    fake = tmp_path / "notes.gguf"
    fake.write_text("just text", encoding="utf-8")
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.custom_radio.setChecked(True)
    dialog.model_path.setText(str(fake))
    dialog.check_model()
    qtbot.waitUntil(lambda: dialog.check_result.text() != "Checking…", timeout=60_000)
    assert "is not a GGUF model" in dialog.check_result.text()


def _machine_dir() -> Path:
    return Paths.from_env().policy_dir


def test_policy_page_shows_a_rejected_policy_file(qtbot: Any, edgewise_home: Path) -> None:
    (_machine_dir() / "policy.toml").write_text('schema = 1\nid = "broken"\n', encoding="utf-8")
    services = build_services()
    try:
        page = PolicyPage(services.policy_state)
        qtbot.addWidget(page)
        assert page.rejections.count() >= 1
        first = page.rejections.item(0).text()
        assert "policy.toml" in first
        assert page.fields["Policy"].text() == services.policy_state.policy.id
        assert "Managed by your organisation" not in page.headline.text()
    finally:
        services.close()


def test_policy_page_says_managed_with_id_version_signer_and_expiry(
    qtbot: Any, edgewise_home: Path
) -> None:
    machine = _machine_dir()
    policy_file = machine / "policy.toml"
    policy_file.write_text(MANAGED_POLICY, encoding="utf-8")
    private, _public, key_id = generate_keypair(machine, "acme")
    sign_file(policy_file, private)
    private.unlink()  # only the public key stays on the laptop
    services = build_services()
    try:
        dialog = SettingsDialog(services)
        qtbot.addWidget(dialog)
        dialog.show_page("policy")
        page = dialog.policy_page
        assert "Managed by your organisation" in page.headline.text()
        assert page.fields["Policy"].text() == "acme-corp"
        assert page.fields["Version"].text() == "7"
        assert key_id in page.fields["Signed by"].text()
        assert page.fields["Expires"].text() == "2099-12-31"
        assert str(policy_file) in page.fields["Source"].text()
        # Values the admin set are read-only in the cloud page.
        assert (
            dialog.endpoint.isReadOnly() and dialog.endpoint.text() == "https://llm.acme.example/v1"
        )
        assert dialog.cloud_model.isReadOnly()
    finally:
        services.close()


def test_the_window_says_when_a_policy_file_was_rejected(qtbot: Any, edgewise_home: Path) -> None:
    from app.ui.main_window import MainWindow

    (_machine_dir() / "policy.toml").write_text('schema = 1\nid = "broken"\n', encoding="utf-8")
    services = build_services()
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        window.show()
        window.start()
        message = window.status.currentMessage()
        assert message.startswith("A policy file was rejected: ")
        assert "policy.toml" in message and "View > Policy" in message
    finally:
        window.close()
        services.close()
